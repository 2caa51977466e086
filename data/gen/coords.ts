// Latitude and longitude of every unit: hand-entered for known towns and Kanwil
// capitals, otherwise a seeded point inside the town's province (one point per
// town, so units of the same town sit together).
import { insideShape, loadProvinceShapes, pointInProvince } from './geo.ts';
import { KANWIL } from './kanwil.ts';
import { TOWN_COORDS, TOWN_PROVINCE } from './places.ts';
import { streamFor } from './prng.ts';
import { readProvinceMap } from './reference.ts';
import type { UnitDef } from './registry.ts';

/** [lat, lon] per unit, rounded to 5 decimals (about a metre). */
export function unitCoords(units: UnitDef[], seed: number): [number, number][] {
  const shapes = loadProvinceShapes();
  const provinceName = new Map(readProvinceMap().map((r) => [r.kode_prov, r.geojson_PROVINSI]));
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return units.map((u) => {
    const kw = KANWIL[u.kanwil];
    const province = TOWN_PROVINCE[u.city] ?? provinceName.get(kw.province)!;
    const shape = shapes.get(province);
    if (!shape) throw new Error(`No shape for province ${province}`);
    const base: [number, number] = TOWN_COORDS[u.city] ?? (u.city === kw.capital ? [kw.lat, kw.lon] : pointInProvince(shape, seed, `${kw.name}:${u.city}`));
    const rng = streamFor(seed, `jitter:${u.code}`);
    const lat = base[0] + (rng() - 0.5) * 0.02;
    const lon = base[1] + (rng() - 0.5) * 0.02;
    return insideShape(shape, lon, lat) ? [round(lat), round(lon)] : [round(base[0]), round(base[1])];
  });
}
