import { useReducer } from 'preact/hooks';
import { initialQuery, queryReducer, type Query, type QueryAction } from '../state/query';
import type { UrlState } from '../url';
import { rememberedProject } from '../state/prefs';

/** The page's one query state (place, time, activity, projection), started from the link (and the remembered projection choice). */
export function useQuery(url: UrlState): [Query, (a: QueryAction) => void] {
  return useReducer(queryReducer, url, (u) => initialQuery(u, Date.now(), rememberedProject(u.embed)));
}
