// The whole synthetic-but-calibrated model, computed in memory from the reference
// files. Pure apart from reading data/: the same seed gives the same numbers.
import { kanwilAnchors, unitPins } from './anchors.ts';
import { openBlocks } from './blocks.ts';
import type { Residents8 } from './columns.ts';
import { unitCoords } from './coords.ts';
import { buildKanwilCapacity } from './kanwil-capacity.ts';
import { buildKanwilResidents } from './kanwil-residents.ts';
import { buildNational, type National } from './national.ts';
import { buildRegistry, type UnitDef } from './registry.ts';
import { loadSdp } from './sdp.ts';
import { splitUnitCapacity } from './unit-capacity.ts';
import { placeResidents, type UnitSeries } from './unit-residents.ts';

/** The default seed of the committed files. */
export const DEFAULT_SEED = 20_250_531;

/** Everything the writers need. */
export interface Model {
  units: UnitDef[];
  coords: [number, number][];
  series: UnitSeries;
  national: National;
  kanwilResidents: Residents8[][];
}

/** Builds the model for a seed. */
export function buildModel(seed = DEFAULT_SEED): Model {
  const sdp = loadSdp();
  const national = buildNational(sdp, seed);
  const kanwilResidents = buildKanwilResidents(sdp, national);
  const units = buildRegistry();
  const pins = unitPins(units);
  const kc = buildKanwilCapacity(kanwilResidents, national, kanwilAnchors());
  const { start, end } = splitUnitCapacity(units, kc, kanwilResidents, pins, seed);
  const caps = openBlocks(units, start, end, kc, national, seed);
  const series = placeResidents(units, caps, kanwilResidents, national, pins, seed);
  return { units, coords: unitCoords(units, seed), series, national, kanwilResidents };
}
