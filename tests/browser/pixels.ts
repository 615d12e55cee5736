/**
 * What a screenshot shows, measured: the share of pixels near given colours. The PNG is decoded
 * by the page itself (an <img> from a data: URL drawn on a 2D canvas), so no image library is
 * needed; the map's WebGL canvas is read through a real screenshot, not its drawing buffer.
 */
import type { Locator, Page } from 'playwright-core';

/** Share (0..1) of the element's pixels within `tolerance` (per channel) of each colour, e.g. { water: '#a9cde6' }. */
export async function colourShares<K extends string>(page: Page, el: Locator, colours: Record<K, string>, tolerance = 10): Promise<Record<K, number>> {
  const png = await el.screenshot({ animations: 'disabled' });
  return page.evaluate(
    async ({ b64, colours, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      const rgb = Object.entries(colours).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(String(hex).slice(i, i + 2), 16))] as const);
      const counts: Record<string, number> = Object.fromEntries(rgb.map(([k]) => [k, 0]));
      for (let i = 0; i < px.length; i += 4) {
        for (const [k, [r, g2, b]] of rgb) {
          if (Math.abs(px[i]! - r!) <= tolerance && Math.abs(px[i + 1]! - g2!) <= tolerance && Math.abs(px[i + 2]! - b!) <= tolerance) counts[k]!++;
        }
      }
      const total = px.length / 4;
      return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / total]));
    },
    { b64: png.toString('base64'), colours: colours as Record<string, string>, tolerance },
  ) as Promise<Record<K, number>>;
}

/** Waits until the map has drawn all its data (basemap, bands, labels) and has no move or render pending. */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForSelector('.map[data-drawn="true"][data-idle="true"]', { timeout: 30_000 });
}
