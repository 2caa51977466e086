// CLI: `npm run seed` (tsx data/generate.ts) rewrites data/seed/. For benchmarks:
//   tsx data/generate.ts --scale 4 --daily --out /tmp/lentera-bench
// writes 4 copies of every unit with daily rows to that folder instead.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSeed } from './gen/seed.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    daily: { type: 'boolean', default: false },
    out: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: tsx data/generate.ts [--scale N] [--daily] [--out DIR] [--seed N]
  (no options)  write the committed seed to data/seed/
  --scale N     N copies of every unit (codes suffixed -S2, -S3, ...)
  --daily       one row per day, interpolated between month-ends
  --out DIR     where to write upt.csv and occupancy.parquet (default data/seed)
  --seed N      PRNG seed (default: the committed one)`);
  process.exit(0);
}

const scale = Number(values.scale);
if ((scale !== 1 || values.daily) && !values.out) {
  console.error('--scale and --daily write benchmark sets: give --out DIR (data/seed holds only the committed seed).');
  process.exit(2);
}
const outDir = values.out ?? join(import.meta.dirname, 'seed');
const t0 = performance.now();
const r = await generateSeed({ outDir, scale, daily: values.daily, seed: values.seed ? Number(values.seed) : undefined });
const s = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`Wrote ${r.units} units and ${r.occupancyRows.toLocaleString('en')} occupancy rows to ${outDir} in ${s} s`);
