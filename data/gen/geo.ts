// Coordinates for units. Known towns get hand-entered coordinates; the rest get a
// seeded point inside their province's polygon from the repo's GeoJSON, so every
// unit lands on land in the right province (the brief asks for plausible, not exact).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './reference.ts';
import { streamFor } from './prng.ts';

type Ring = [number, number][];
interface Shape {
  rings: Ring[];
  bbox: [number, number, number, number];
}

/** Loads province shapes keyed by the GeoJSON `PROVINSI` name. */
export function loadProvinceShapes(): Map<string, Shape> {
  const gj = JSON.parse(readFileSync(join(DATA_DIR, 'geo', 'indonesia-38-provinces.geojson'), 'utf8'));
  const out = new Map<string, Shape>();
  for (const f of gj.features) {
    const polys: Ring[][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polys.flat();
    const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of rings)
      for (const [x, y] of r) {
        bbox[0] = Math.min(bbox[0], x);
        bbox[1] = Math.min(bbox[1], y);
        bbox[2] = Math.max(bbox[2], x);
        bbox[3] = Math.max(bbox[3], y);
      }
    out.set(f.properties.PROVINSI, { rings, bbox });
  }
  return out;
}

/** Even-odd test over all rings: holes and separate islands both come out right. */
export function insideShape(shape: Shape, lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A seeded point inside the province, stable for a given key. */
export function pointInProvince(shape: Shape, seed: number, key: string): [number, number] {
  const rng = streamFor(seed, `geo:${key}`);
  const [x0, y0, x1, y1] = shape.bbox;
  for (let i = 0; i < 20_000; i++) {
    const lon = x0 + (x1 - x0) * rng();
    const lat = y0 + (y1 - y0) * rng();
    if (insideShape(shape, lon, lat)) return [lat, lon];
  }
  throw new Error(`No point found inside province for ${key}`);
}
