/** The page's one query state: every control's action, and the first state from the link. */
import { describe, expect, it } from 'vitest';
import { initialQuery, queryReducer, type Query } from '../../src/app/state/query';
import { parseUrl } from '../../src/app/url';

const base: Query = { place: null, time: { mode: 'now', since: 1000 }, activity: 'fire', project: false };

describe('queryReducer', () => {
  it('each action changes only its own part', () => {
    const place = { lat: 21.9, lng: 108.6, crs: 'gcj02' as const, source: 'map' as const };
    expect(queryReducer(base, { type: 'place', place })).toEqual({ ...base, place });
    expect(queryReducer(base, { type: 'choose', atMs: 42 })).toEqual({ ...base, time: { mode: 'chosen', atMs: 42 } });
    expect(queryReducer({ ...base, time: { mode: 'chosen', atMs: 42 } }, { type: 'now', at: 5000 })).toEqual({ ...base, time: { mode: 'now', since: 5000 } });
    expect(queryReducer(base, { type: 'activity', activity: 'sell' })).toEqual({ ...base, activity: 'sell' });
    expect(queryReducer(base, { type: 'project', project: true })).toEqual({ ...base, project: true });
  });
  it('a time that is not a number is ignored (the state is unchanged)', () => {
    expect(queryReducer(base, { type: 'choose', atMs: NaN })).toBe(base);
  });
});

describe('initialQuery', () => {
  it('takes the link’s valid parameters; "now" when it names no time', () => {
    expect(initialQuery(parseUrl('?lat=21.9&lng=108.6&activity=sell&project=1'), 7)).toEqual({
      place: { lat: 21.9, lng: 108.6, crs: 'wgs84', accuracyM: undefined, source: 'url' },
      time: { mode: 'now', since: 7 },
      activity: 'sell',
      project: true,
    });
    expect(initialQuery(parseUrl('?at=2019-02-06T06:00:00%2B08:00&activity=burn'), 7)).toMatchObject({
      place: null,
      time: { mode: 'chosen', atMs: Date.parse('2019-02-06T06:00:00+08:00') },
      activity: 'fire',
    });
  });
});
