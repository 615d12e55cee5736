/** What the verdict card shows for each state of the data, the query and the answer. */
import { describe, expect, it, vi } from 'vitest';
import { placeholderFor, verdictView, type VerdictView } from '../../src/app/verdict/placeholder';
import type { DataState } from '../../src/app/hooks/useAppData';
import type { AppData } from '../../src/app/data';
import type { ChosenPlace } from '../../src/app/state/query';
import { STRINGS } from '../../src/i18n/strings';
import { inputError, isVerdict, type Verdict } from '../../src/core/index';
import { fixtureEngine, FIX } from '../core/helpers';

const ready: DataState = { kind: 'ready', data: {} as AppData };
const place: ChosenPlace = { ...FIX.prohibited, crs: 'wgs84', source: 'typed' };
function fixtureVerdict(): Verdict {
  const r = fixtureEngine().evaluate({ ...FIX.prohibited, at: '2019-02-10T20:00:00+08:00' });
  if (!isVerdict(r)) throw new Error(r.message);
  return r;
}
const verdict = fixtureVerdict();
const zh = STRINGS['zh-CN'];
const en = STRINGS.en;

describe('verdictView', () => {
  it.each<[string, DataState, ChosenPlace | null, Parameters<typeof verdictView>[2], VerdictView['kind']]>([
    ['data loading', { kind: 'loading' }, place, null, 'loading'],
    ['data failed', { kind: 'failed' }, place, null, 'failed'],
    ['no place yet', ready, null, null, 'prompt'],
    ['answer on its way', ready, place, null, 'loading'],
    ['a verdict', ready, place, verdict, 'verdict'],
    ['the engine refused the query', ready, place, inputError('lat', 'lat: bad'), 'invalid'],
    ['a bug in the engine', ready, place, { error: 'internal', message: 'internal error: x' }, 'internal'],
  ])('%s → %s', (_name, data, p, result, kind) => {
    expect(verdictView(data, p, result).kind).toBe(kind);
  });
  it('the failed state wins over a stale answer', () => {
    expect(verdictView({ kind: 'failed' }, place, verdict).kind).toBe('failed');
  });
});

describe('placeholderFor', () => {
  const retry = vi.fn();
  it('nothing stands in for a verdict or the place prompt (the card has its own words)', () => {
    expect(placeholderFor({ kind: 'verdict', verdict }, zh, { firstLoad: false, retry })).toBeUndefined();
    expect(placeholderFor({ kind: 'prompt' }, zh, { firstLoad: true, retry })).toBeUndefined();
  });
  it('loading: a skeleton only before the first answer', () => {
    expect(placeholderFor({ kind: 'loading' }, zh, { firstLoad: true, retry })).toEqual({ title: zh.loadingData, text: '', loading: true });
    expect(placeholderFor({ kind: 'loading' }, zh, { firstLoad: false, retry })?.loading).toBe(false);
  });
  it('failed data offers the retry', () => {
    const p = placeholderFor({ kind: 'failed' }, zh, { firstLoad: false, retry });
    expect(p?.title).toBe(zh.dataFailed);
    p?.action?.run();
    expect(retry).toHaveBeenCalledOnce();
    expect(p?.action?.label).toBe(zh.retry);
  });
  it('data the engine refused is worded as faulty data, not as a network problem, and keeps its flag through the view', () => {
    expect(verdictView({ kind: 'failed', broken: true }, place, null)).toEqual({ kind: 'failed', broken: true });
    expect(placeholderFor({ kind: 'failed', broken: true }, zh, { firstLoad: false, retry })?.title).toBe(zh.dataBroken);
    expect(zh.dataBroken + zh.dataBrokenText).not.toContain('网络');
  });
  it('a refused query is worded in the page’s language, never as the engine’s English', () => {
    const error = inputError('at', 'at: "x" is not an ISO-8601 date-time', 'x');
    const p = placeholderFor({ kind: 'invalid', error }, zh, { firstLoad: false, retry });
    expect(p).toEqual({ title: zh.queryInvalid, text: zh.inputError(error) });
    expect(p!.text).not.toContain('ISO-8601 date-time');
    expect(p!.text).toContain('“x”');
    expect(placeholderFor({ kind: 'invalid', error }, en, { firstLoad: false, retry })?.text).toMatch(/^Time \(at\) "x" is not valid/);
  });
  it('an embed with no place says what the embedding page must pass; newer data on its way hides the old answer', () => {
    expect(placeholderFor({ kind: 'prompt' }, zh, { firstLoad: false, retry, embed: true })).toEqual({ title: zh.embedNeedsTitle, text: zh.embedNeedsText });
    expect(placeholderFor({ kind: 'updating' }, zh, { firstLoad: false, retry })?.title).toBe(zh.dataUpdating);
    expect(verdictView({ kind: 'updating' }, place, verdict).kind).toBe('updating');
  });
  it('an internal error says so, and does not blame the input', () => {
    const p = placeholderFor({ kind: 'internal', message: 'internal error: boom' }, zh, { firstLoad: false, retry });
    expect(p).toEqual({ title: zh.internalError, text: zh.internalErrorHint });
  });
});
