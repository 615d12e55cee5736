import { useReducer } from 'preact/hooks';
import { initialQuery, queryReducer, type Query, type QueryAction } from '../state/query';
import type { UrlState } from '../url';

/** The page's one query state (place, time, activity, projection), started from the link. */
export function useQuery(url: UrlState): [Query, (a: QueryAction) => void] {
  return useReducer(queryReducer, url, (u) => initialQuery(u, Date.now()));
}
