/**
 * The check CLI's flags, read with node:util parseArgs (tokens, so that every mistake gets our
 * own one-line message naming the flag, as the exit-code-2 contract asks). Flags carry the
 * evaluation parameters' names (core/params PARAM_NAMES) plus the CLI's own.
 */
import { parseArgs } from 'node:util';
import { PARAM_NAMES, ROW_PARAMS } from '../core';
import { oneLine } from './text';

/** A bad command line: main prints the message as one line and exits 2. */
export class FlagError extends Error {}

/** Flags of the CLI's own that take a value: input files, and the batch's worker threads. */
const FILE_FLAGS = ['csv', 'zones', 'edges', 'ruleset', 'threads'] as const;
/** Evaluation parameters that apply to every row of a CSV. */
export const SHARED_PARAMS = PARAM_NAMES.filter((p) => !(ROW_PARAMS as readonly string[]).includes(p));

type ValueFlag = Exclude<(typeof PARAM_NAMES)[number], 'project'> | (typeof FILE_FLAGS)[number];
const VALUE_FLAGS: readonly ValueFlag[] = [...PARAM_NAMES.filter((p) => p !== 'project'), ...FILE_FLAGS];
/** `project` is a switch that may also be given a yes/no value (--project=no). */
const SWITCHES = ['json', 'help', 'project', 'ics'] as const;

export interface Flags {
  /** Values by flag name; a bare --project reads as "true". */
  values: Partial<Record<ValueFlag | 'project', string>>;
  json: boolean;
  help: boolean;
  /** --ics: print the place's season as an iCalendar file instead of the verdict (absent when not given). */
  ics?: boolean;
}

const isOneOf = <T extends string>(list: readonly T[], name: string): name is T => (list as readonly string[]).includes(name);

/** Throws FlagError on the first mistake, in command-line order. */
export function parseFlags(argv: string[]): Flags {
  const options = Object.fromEntries([
    ...VALUE_FLAGS.map((f) => [f, { type: 'string' as const }]),
    ...SWITCHES.map((f) => [f, { type: 'boolean' as const }]),
  ]);
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const flags: Flags = { values: {}, json: false, help: false };
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') throw new FlagError(`${t.value.slice(0, 40)}: unexpected argument (flags start with --)`);
    if (t.kind === 'option-terminator') throw new FlagError('--: unknown flag');
    if (!t.rawName.startsWith('--')) throw new FlagError(`${t.rawName.slice(0, 40)}: unexpected argument (flags start with --)`);
    const name = t.name;
    if (seen.has(name)) throw new FlagError(`--${name}: given more than once`);
    seen.add(name);
    if (isOneOf(VALUE_FLAGS, name)) {
      // parseArgs takes the next argument as the value even when it is the next flag.
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) throw new FlagError(`--${name}: missing value`);
      if (t.value.trim() === '') throw new FlagError(`--${name}: empty value`);
      flags.values[name] = t.value;
    } else if (isOneOf(SWITCHES, name)) {
      if (t.value !== undefined && name !== 'project') throw new FlagError(`--${name}: takes no value`);
      if (t.value !== undefined && t.value.trim() === '') throw new FlagError(`--${name}: empty value`);
      if (name === 'project') flags.values.project = t.value ?? 'true';
      else flags[name] = true;
    } else {
      throw new FlagError(`--${oneLine(name.slice(0, 40))}: unknown flag`);
    }
  }
  return flags;
}
