/** The embed's `check` message is validated exactly like the link's parameters (url.ts). */
import { describe, expect, it } from 'vitest';
import { checkSearch, NEEDS_PLACE } from '../../src/app/embed';
import { parseUrl } from '../../src/app/url';

describe('check messages', () => {
  it('are read like a link: place, time (ISO or epoch ms), activity, projection', () => {
    const u = parseUrl(checkSearch({ type: 'check', lat: 22.15, lng: 108.45, crs: 'gcj02', at: Date.parse('2027-02-05T20:00:00+08:00'), activity: 'fire', project: false })!);
    expect(u.errors).toEqual([]);
    expect(u.place).toMatchObject({ lat: 22.15, lng: 108.45, crs: 'gcj02' });
    expect(u.at).toBe(Date.parse('2027-02-05T12:00:00Z'));
    expect(u.project).toBe(false);
    expect(parseUrl(checkSearch({ type: 'check', lat: '22.15', lng: '108.45', at: '2027-02-05T20:00:00+08:00' })!).at).toBe(Date.parse('2027-02-05T12:00:00Z'));
  });
  it('a bad optional field is ignored and reported; a bad place leaves no place', () => {
    const u = parseUrl(checkSearch({ type: 'check', lat: 22.15, lng: 108.45, at: 'tomorrow' })!);
    expect([u.place !== null, u.at, u.errors.map((e) => e.field)]).toEqual([true, null, ['at']]);
    const bad = parseUrl(checkSearch({ type: 'check', lat: 91, lng: 108.45 })!);
    expect([bad.place, bad.errors.map((e) => e.field)]).toEqual([null, ['lat']]);
    expect(parseUrl(checkSearch({ type: 'check', lat: NaN, lng: 1 })!).errors[0]!.field).toBe('lat');
  });
  it('anything else is not a check', () => {
    for (const m of [null, 'check', { type: 'verdict' }, { lat: 1, lng: 2 }]) expect(checkSearch(m)).toBeNull();
  });
  it('with no place, the embed says what to pass', () => {
    expect(NEEDS_PLACE).toMatchObject({ error: 'invalid-input', field: 'lat' });
    expect(NEEDS_PLACE.message).toMatch(/\?lat=&lng=.*\{type: "check", lat, lng\}/);
  });
});
