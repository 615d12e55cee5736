/** The offline basemap draws the same water the zones are clipped against. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { seaPolygons } from '../../geo/coast';
import { REPO_DIR } from '../../geo/paths';

const basemap = JSON.parse(readFileSync(join(REPO_DIR, 'public/data/basemap.geojson'), 'utf8')) as {
  attribution: string;
  features: Array<{ properties: { layer: string }; geometry: { type: string; coordinates: number[][][][] } }>;
};

describe('basemap water', () => {
  const water = basemap.features.filter((f) => f.properties.layer === 'water');

  it('is one MultiPolygon with every polygon of the coastline clip, and says whose coastline it is', () => {
    expect(water).toHaveLength(1);
    expect(water[0]!.geometry.type).toBe('MultiPolygon');
    expect(water[0]!.geometry.coordinates.map((p) => p.length)).toEqual(seaPolygons().map((p) => p.length));
    expect(basemap.attribution).toMatch(/coastline © OpenStreetMap contributors/);
  });

  it('is water in the 茅尾海 and south of the port, land in the city centre and the port town', () => {
    const wet = (p: number[]) => water[0]!.geometry.coordinates.some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }));
    expect([[108.52, 21.82], [108.6, 21.66]].map(wet)).toEqual([true, true]);
    expect([[108.632, 21.968], [108.605, 21.745]].map(wet)).toEqual([false, false]);
  });
});
