/**
 * The question the page is asking: where, when, what, and whether to project. One typed state
 * and one reducer (pure, unit-tested in tests/app/query.test.ts); App.tsx holds it with
 * useReducer, every control dispatches to it, and the URL gives its first value.
 */
import type { Activity, Crs } from '../../core';

/** Where a place came from; the place panel says so ("我的位置", "地图点选", …). */
export type PlaceSource = 'gps' | 'map' | 'typed' | 'url' | 'pasted';

export interface ChosenPlace {
  lat: number;
  lng: number;
  crs: Crs;
  accuracyM?: number;
  source: PlaceSource;
}

/**
 * "now" is live; `since` is when it was (re)selected, so the clock starts from that instant at
 * once instead of from a stale tick. "chosen" is one fixed instant.
 */
export type QueryTime = { mode: 'now'; since: number } | { mode: 'chosen'; atMs: number };

export interface Query {
  place: ChosenPlace | null;
  time: QueryTime;
  activity: Activity;
  project: boolean;
}

export type QueryAction =
  | { type: 'place'; place: ChosenPlace }
  | { type: 'now'; at: number }
  | { type: 'choose'; atMs: number }
  | { type: 'activity'; activity: Activity }
  | { type: 'project'; project: boolean }
  /** A whole new question at once (the embed's `check` message from its parent page). */
  | { type: 'replace'; query: Query };

export function queryReducer(q: Query, a: QueryAction): Query {
  switch (a.type) {
    case 'place':
      return { ...q, place: a.place };
    case 'now':
      return { ...q, time: { mode: 'now', since: a.at } };
    case 'choose':
      return Number.isFinite(a.atMs) ? { ...q, time: { mode: 'chosen', atMs: a.atMs } } : q;
    case 'activity':
      return { ...q, activity: a.activity };
    case 'project':
      return { ...q, project: a.project };
    case 'replace':
      return a.query;
  }
}

/** The first question, from the link's parameters (those that were valid); `project` null: not in the link. */
export function initialQuery(
  from: { place: ChosenPlace | null; at: number | null; activity: Activity | null; project: boolean | null },
  now: number,
  projectDefault = true,
): Query {
  return {
    place: from.place,
    time: from.at != null ? { mode: 'chosen', atMs: from.at } : { mode: 'now', since: now },
    activity: from.activity ?? 'fire',
    project: from.project ?? projectDefault,
  };
}
