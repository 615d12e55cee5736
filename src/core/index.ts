/**
 * Public API of the rule engine: pure TypeScript, no DOM, no Node APIs. Everything outside
 * src/core imports the core through this file only (eslint.config.js enforces it), and importing
 * it runs nothing: the bundled rule sets are validated on first use (bundledRuleSets()), so the
 * app's main bundle can take the parsers and types without the engine. The CLI (src/cli/) and
 * the app load the zone data and hand it to createEngine().
 */
export * from './types';
export { createEngine, createEngineWith, bundledRuleSets } from './engine';
export type { Engine, EngineData, RowVerdict, SeasonWindows } from './engine';
export { parseEvaluateParams, inputError, PARAM_NAMES, CRS_VALUES, CRS_NAMES, ACTIVITY_VALUES, MAX_ACCURACY_M } from './params';
export type { StringParams } from './params';
export type { RuleSet, Article, DailyWindowRule, LunarDayRef } from './ruleset';
export { validateRuleSet } from './ruleset';
export { formatChina, formatChinaHuman, parseIsoInstant, useFastChinaTime } from './china-time';
export { FAST_CHINA_TIME } from './china-time-fast';
export { useQueryCells } from './geometry/boundary-index';
export { QueryCellIndex } from './geometry/boundary-cells';
export { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, seasonFacts, lunarDayName, lunarDayStart, seasonLunarDayOf } from './calendar';
export type { SeasonLunarDay } from './calendar';
export { EARTH_RADIUS_M, METRES_PER_DEGREE } from './earth';
export { geoJsonFromFile, isZoneFile, readHead, readZoneFile } from './zone-data/decode';
export { CsvReader, readCsvRecords, parseCsv, csvCell, isBlankRecord } from './csv';
export type { CsvRecord, CsvMalformation, CsvReaderOptions } from './csv';
export { CSV_HEADER, ROW_PARAMS, CheckTableReader, headerOf, readCheckTable, rowParams, isRowVerdict, rowVerdictOf, verdictCells, errorCells, checkCells, readRecord, checkRecord, cellValues, csvLine } from './check-csv';
export type { CsvColumn, CsvCells, RowError } from './check-csv';
export { penaltyReasons } from './reasons';
export { readDataFile, schemaProblem, ZonesFileSchema, EdgesFileSchema, RuleSetFileSchema, MAX_DATA_FILE_BYTES } from './file-schemas';
export type { DataFileKind } from './file-schemas';
export { ruleSetConflict } from './ruleset-conflicts';
export { seasonCalendar } from './season-calendar';
export type { CalendarWords, SeasonCalendar } from './season-calendar';
export { noCalendarReason } from './no-calendar';
export type { NoCalendar } from './no-calendar';
