/** Loaders of the card's foot (CardFoot.tsx, one chunk), for tools/near.tsx's LazyNear. */
const foot = () => import('./CardFoot');
export const loadActions = () => foot().then((m) => ({ default: m.Actions }));
export const loadMapReport = () => foot().then((m) => ({ default: m.MapReport }));
export const loadSourceLine = () => foot().then((m) => ({ default: m.SourceLine }));
