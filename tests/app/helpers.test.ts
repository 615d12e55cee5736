/**
 * The app's own pure helpers (no browser needed): China-time display and input, the URL API's
 * per-parameter validation, share links, the season strip's grouping.
 */
import { describe, expect, it } from 'vitest';
import { displayChina, fromChinaInputValue, toChinaInputValue } from '../../src/app/chinaTime';
import { formatChina } from '../../src/core/index';
import { parseUrl, shareUrl } from '../../src/app/url';
import { runs } from '../../src/app/time/SeasonStrip';

const t = (iso: string) => Date.parse(iso);

describe('China time', () => {
  it('midnight ends a day as 24:00 of that day, and starts the next as 00:00', () => {
    expect(displayChina(t('2019-02-07T00:00:00+08:00'), { asEnd: true })).toBe('2019-02-06 24:00');
    expect(displayChina(t('2019-02-07T00:00:00+08:00'))).toBe('2019-02-07 00:00');
    expect(displayChina(t('2019-02-06T23:59:59+08:00'), { asEnd: true })).toBe('2019-02-06 23:59');
  });

  it('a datetime-local value is read as China time, whatever the host zone', () => {
    expect(fromChinaInputValue('2019-02-06T05:59:59')).toBe(t('2019-02-05T21:59:59Z'));
    expect(fromChinaInputValue('2019-02-06T06:00')).toBe(t('2019-02-05T22:00:00Z'));
    expect(fromChinaInputValue('2019-02-06 06:00')).toBeNull();
    expect(fromChinaInputValue('')).toBeNull();
    expect(toChinaInputValue(t('2019-02-05T22:00:00Z'))).toBe('2019-02-06T06:00');
    expect(toChinaInputValue(t('2019-02-05T21:59:59Z'))).toBe('2019-02-06T05:59:59');
    // The URL API's form of an instant is the engine's (core formatChina).
    expect(formatChina(t('2019-02-05T21:59:59Z'))).toBe('2019-02-06T05:59:59+08:00');
  });
});

describe('URL parameters', () => {
  it('a bad parameter is reported and ignored; the others still apply', () => {
    const u = parseUrl('?lat=21.968&lng=108.632&at=yesterday&activity=sell');
    expect(u.errors.map((e) => e.field)).toEqual(['at']);
    expect(u.place).toMatchObject({ lat: 21.968, lng: 108.632, crs: 'wgs84', source: 'url' });
    expect(u.at).toBeNull();
    expect(u.activity).toBe('sell');
  });

  it('a bad coordinate leaves no place; a lone lat asks for lng', () => {
    expect(parseUrl('?lat=abc&lng=108.6').place).toBeNull();
    expect(parseUrl('?lat=abc&lng=108.6').errors[0]!.field).toBe('lat');
    expect(parseUrl('?lat=21.9').errors.map((e) => e.field)).toContain('lng');
    expect(parseUrl('?lat=21.9&lng=108.6&crs=utm').errors[0]!.field).toBe('crs');
  });

  it('embed, project and the CRS are read', () => {
    const u = parseUrl('?lat=21.965086&lng=108.635712&crs=gcj02&embed=1&project=1&at=2027-02-08T21:00:00%2B08:00');
    expect(u).toMatchObject({ embed: true, project: true, errors: [], at: t('2027-02-08T13:00:00Z') });
    expect(u.place!.crs).toBe('gcj02');
  });

  it('a share link reads back as the same place, time and activity; projection (the default) is said only when off', () => {
    const link = shareUrl('http://127.0.0.1/', { lat: 21.968, lng: 108.632, atMs: t('2019-02-10T12:00:00Z'), activity: 'sell', project: true });
    const u = parseUrl(new URL(link).search);
    expect(u.errors).toEqual([]);
    expect(u.place).toMatchObject({ lat: 21.968, lng: 108.632 });
    expect(u.at).toBe(t('2019-02-10T12:00:00Z'));
    expect(u).toMatchObject({ activity: 'sell', project: null });
    const off = parseUrl(new URL(shareUrl('http://127.0.0.1/', { lat: 21.968, lng: 108.632, atMs: null, activity: 'fire', project: false })).search);
    expect(off).toMatchObject({ at: null, project: false });
  });
});

describe('season strip', () => {
  it('groups 2019: 除夕–初一 whole days, then 06:00–24:00 daily from 初二 to 十六', () => {
    const windows = [{ start: '2019-02-04T00:00:00+08:00', end: '2019-02-06T00:00:00+08:00' }];
    for (let d = 6; d <= 20; d++) {
      const day = String(d).padStart(2, '0');
      const next = String(d + 1).padStart(2, '0');
      windows.push({ start: `2019-02-${day}T06:00:00+08:00`, end: `2019-02-${next}T00:00:00+08:00` });
    }
    const r = runs(windows);
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ single: true });
    expect(r[1]).toMatchObject({ single: false, startClock: '06:00', endClock: '24:00', first: t('2019-02-06T06:00:00+08:00'), last: t('2019-02-20T06:00:00+08:00') });
  });
});
