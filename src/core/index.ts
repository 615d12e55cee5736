/**
 * Public API of the rule engine: pure TypeScript, no DOM, no Node APIs. The CLI (src/cli.ts) and
 * the app load the GeoJSON and hand it to createEngine().
 */
export * from './types';
export { createEngine, BUNDLED_RULE_SETS, NATIONAL_BASELINE } from './engine';
export type { Engine, EngineData, SeasonWindows } from './engine';
export { parseEvaluateParams } from './params';
export type { RuleSet, Article, DailyWindowRule, LunarDayRef } from './ruleset';
export { validateRuleSet } from './ruleset';
export { formatChina, formatChinaHuman, parseIsoInstant } from './china-time';
export { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, seasonFacts } from './calendar';
