import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags, SHARED_PARAMS } from '../../src/cli/args';

const fails = (argv: string[]) => {
  try {
    parseFlags(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(FlagError);
    return (e as Error).message;
  }
  throw new Error(`no FlagError for ${JSON.stringify(argv)}`);
};

describe('parseFlags', () => {
  it('reads values (space or =), switches, and a bare --project as true', () => {
    expect(parseFlags(['--lat', '21.9', '--lng=108.6', '--json', '--project'])).toEqual({
      values: { lat: '21.9', lng: '108.6', project: 'true' }, json: true, help: false,
    });
    expect(parseFlags(['--project=no', '--help']).values.project).toBe('no');
    expect(parseFlags(['--help']).help).toBe(true);
  });

  it('a negative number is a value, the next flag is not', () => {
    expect(parseFlags(['--lat', '-21.5']).values.lat).toBe('-21.5');
    expect(fails(['--lat', '--lng', '2'])).toBe('--lat: missing value');
    expect(fails(['--lng', '2', '--lat'])).toBe('--lat: missing value');
  });

  it.each([
    [['--colour', 'red'], '--colour: unknown flag'],
    [['--lat', '1', '--lat', '2'], '--lat: given more than once'],
    [['--project', '--project=yes'], '--project: given more than once'],
    [['--json=yes'], '--json: takes no value'],
    [['--project='], '--project: empty value'],
    [['--lat=', '--lng', '2'], '--lat: empty value'],
    [['--lat', '  '], '--lat: empty value'],
    [['-x'], '-x: unexpected argument (flags start with --)'],
    [['21.9'], '21.9: unexpected argument (flags start with --)'],
    [['--'], '--: unknown flag'],
  ])('%j → %s', (argv, message) => {
    expect(fails(argv)).toBe(message);
  });

  it('an unknown flag is named, cut to 40 characters, control characters escaped', () => {
    expect(fails([`--a\nb${'x'.repeat(100)}`])).toBe(`--a\\x0ab${'x'.repeat(37)}: unknown flag`);
  });

  it('the flags shared by every CSV row are the evaluation parameters other than lat, lng, at', () => {
    expect(SHARED_PARAMS).toEqual(['crs', 'activity', 'accuracy', 'project']);
  });
});
