// Benchmark sets: N copies of every unit (codes suffixed -S2, -S3, …) and, with
// --daily, one row per day, interpolated in DuckDB SQL between month-ends. The
// residents move linearly; capacity steps at mid-month, as blocks open at once.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RESIDENT_COLUMNS } from './columns.ts';
import type { UptRow } from './write.ts';

const COUNTS = ['capacity', ...RESIDENT_COLUMNS, 'narcotics_cases'];

/** upt rows for `scale` copies of every unit. */
export function scaleUptRows(rows: UptRow[], scale: number): UptRow[] {
  const out: UptRow[] = [];
  for (let k = 1; k <= scale; k++) {
    for (const r of rows) {
      if (k === 1) out.push(r);
      else out.push({ ...r, unit: { ...r.unit, code: `${r.unit.code}-S${k}`, name: `${r.unit.name} (S${k})` } });
    }
  }
  return out;
}

/** SQL for the daily interpolation of `occupancy` (month-end rows) into a view. */
function dailySql(): string {
  const leads = COUNTS.map((c) => `lead(${c}) OVER w AS next_${c}`).join(', ');
  const lerp = COUNTS.filter((c) => c !== 'capacity')
    .map((c) => `round(${c} + (coalesce(next_${c}, ${c}) - ${c}) * d / span)::INTEGER AS ${c}`)
    .join(', ');
  return `CREATE VIEW occupancy_daily AS
    WITH b AS (
      SELECT *, ${leads}, coalesce(lead(snapshot_date) OVER w - snapshot_date, 1) AS span
      FROM occupancy WINDOW w AS (PARTITION BY upt_code ORDER BY snapshot_date))
    SELECT (snapshot_date + d::INTEGER)::DATE AS snapshot_date, upt_code,
      CASE WHEN 2 * d < span THEN capacity ELSE next_capacity END AS capacity, ${lerp}
    FROM b, LATERAL (SELECT unnest(range(0, span)) AS d) AS days`;
}

/** Creates the view `occupancy_out` with the copies (and daily rows) over table `occupancy`. */
export async function createScaledView(con: DuckDBConnection, scale: number, daily: boolean): Promise<void> {
  const source = daily ? 'occupancy_daily' : 'occupancy';
  if (daily) await con.run(dailySql());
  const cols = COUNTS.join(', ');
  await con.run(`CREATE VIEW occupancy_out AS
    SELECT snapshot_date, CASE WHEN k = 1 THEN upt_code ELSE upt_code || '-S' || k END AS upt_code, ${cols}
    FROM ${source}, (SELECT range AS k FROM range(1, ${scale + 1})) AS copies`);
}
