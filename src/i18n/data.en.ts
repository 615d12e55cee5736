/** English for data.ts's words (degraded, not broken). */
import type { DataStrings } from './data';

export const DATA_EN: DataStrings = {
  boundaryUnavailable: 'The boundary data could not be read, so this answer has no distance to a zone boundary. Near a boundary the answer may depend on which side you are.',
  mapRoadsUnavailable: 'The road basemap could not be loaded; the map shows the zones only.',
};
