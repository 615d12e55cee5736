/**
 * Find a place: search by name (offline index) and read pasted coordinates and map links.
 * Pure TypeScript for the lazily loaded search chunk: imports src/core only through its index.
 */
export { PLACE_INDEX_PATH } from './format';
export type { AnswerClass, Bbox, Place, PlaceKind, RoadLengths, UnlocatedName, ZoneStretch } from './format';
export { isPlaceIndexError, loadPlaceIndex, parsePlaceIndex, searchPlaces, MAX_QUERY_LENGTH } from './search';
export type { PlaceIndex, PlaceIndexError, PlaceSearchResult } from './search';
export { parsePastedPlace, MAX_PASTE_LENGTH } from './paste';
export type { LatLng, PastedPlace, PasteErrorCode, PlaceSource } from './paste';
export { QINZHOU_AREA, nearQinzhou } from './area';
