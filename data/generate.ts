// CLI: `npm run seed` (tsx data/generate.ts) rewrites data/seed/. For benchmarks:
//   tsx data/generate.ts --scale 4 --daily --remission-scale 480 --umkm-scale 54 --out /tmp/lentera-bench
// writes 4 copies of every unit with daily occupancy rows, and enough copies for
// 10 million remission and 10 million umkm_sales rows, to that folder instead.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSeed } from './gen/seed.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'remission-scale': { type: 'string' },
    'umkm-scale': { type: 'string' },
    daily: { type: 'boolean', default: false },
    out: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: tsx data/generate.ts [--scale N] [--remission-scale N] [--umkm-scale N] [--daily] [--out DIR] [--seed N]
  (no options)         write the committed seed to data/seed/
  --scale N            N copies of every unit (codes suffixed -S2, -S3, ...)
  --remission-scale N  copies of every unit in remission.parquet (default: --scale)
  --umkm-scale N       copies of every unit in umkm_sales.parquet (default: --scale)
  --daily              one occupancy row per day, interpolated between month-ends
  --out DIR            where to write upt.csv and the parquet files (default data/seed)
  --seed N             PRNG seed (default: the committed one)`);
  process.exit(0);
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const scale = Number(values.scale);
const remissionScale = num(values['remission-scale']);
const umkmScale = num(values['umkm-scale']);
const benchSet = scale !== 1 || values.daily || (remissionScale ?? 1) !== 1 || (umkmScale ?? 1) !== 1;
if (benchSet && !values.out) {
  console.error('--scale, --remission-scale, --umkm-scale and --daily write benchmark sets: give --out DIR (data/seed holds only the committed seed).');
  process.exit(2);
}
const outDir = values.out ?? join(import.meta.dirname, 'seed');
const t0 = performance.now();
const r = await generateSeed({ outDir, scale, remissionScale, umkmScale, daily: values.daily, seed: values.seed ? Number(values.seed) : undefined });
const s = ((performance.now() - t0) / 1000).toFixed(1);
const n = (x: number) => x.toLocaleString('en');
console.log(
  `Wrote ${n(r.units)} units, ${n(r.occupancyRows)} occupancy, ${n(r.remissionRows)} remission and ${n(r.umkmRows)} umkm_sales rows to ${outDir} in ${s} s`,
);
