/**
 * The notices bundled with the app, oldest first. A new notice is a new JSON file beside this
 * one, listed here; the engine needs no other change (see tests/fixtures/rulesets/ and the
 * CLI's --ruleset flag, which load a notice as data at run time).
 */
import qinzhou2019 from './qinzhou-2019-1.json';

export const BUNDLED_RULE_SET_DATA: unknown[] = [qinzhou2019];
