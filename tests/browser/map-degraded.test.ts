/**
 * Degraded, not broken (issue 8 item 6): with the basemap request blocked, the map says that the
 * roads are unavailable and still draws the zones; with the basemap there, no such note. Real
 * renders (software WebGL) at phone size; pixels measured as in map.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, phone, shot, statusOf, type Logged } from './browser';
import { colourShares, mapSettled } from './pixels';

const base = inject('baseUrl');
// In 主城区: the map opens on the place, inside the zone, so its tint fills most of the view.
const PAGE = `${base}/?lat=21.968&lng=108.632&at=2019-02-10T20:00:00%2B08:00`;
const NOTE = '道路底图无法载入，地图只显示区域。';
/** The light theme's zone tint: --map-zone (#d93025) at the zone-fill layer's 0.16 over --map-land (#f3f0e8). */
const COLOURS = { zone: '#efd1c9' };

const browser = browserPerFile({ webgl: true });

async function mapPage(blockBasemap: boolean): Promise<Logged> {
  const l = await phone(browser(), { reducedMotion: 'reduce' });
  if (blockBasemap) await l.page.route('**/data/basemap.geojson', (r) => r.abort('failed'));
  await l.page.goto(PAGE);
  expect(await statusOf(l.page)).toBe('banned');
  await l.page.locator('.map-box').scrollIntoViewIfNeeded();
  await mapSettled(l.page);
  return l;
}

describe('basemap unavailable', () => {
  it('the map says the roads are unavailable, and the zones are still drawn', async () => {
    const l = await mapPage(true);
    try {
      const note = l.page.locator('.map-box [role="status"]');
      await note.waitFor({ timeout: 15_000 });
      expect(await note.innerText()).toBe(NOTE);
      const shares = await colourShares(l.page, l.page.locator('.map canvas'), COLOURS);
      expect(shares.zone, 'the zone drawn').toBeGreaterThan(0.5);
      await l.page.locator('.map-panel').scrollIntoViewIfNeeded();
      await shot(l.page, 'map-no-basemap');
      expect(l.external).toEqual([]);
      // The one error is the blocked request itself.
      expect(l.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await l.context.close();
    }
  });

  it('with the basemap: no note', async () => {
    const l = await mapPage(false);
    try {
      expect(await l.page.getByText(NOTE).count()).toBe(0);
      // With roads over it, less of the view is the bare zone tint, but it is there.
      expect((await colourShares(l.page, l.page.locator('.map canvas'), COLOURS)).zone).toBeGreaterThan(0.2);
      expect([l.external, l.errors]).toEqual([[], []]);
    } finally {
      await l.context.close();
    }
  });
});
