// Writes the two seed files: upt.csv as text (formatting under our control so the
// bytes are stable) and occupancy.parquet through DuckDB, sorted by date and code.
import { writeFileSync } from 'node:fs';
import { DuckDBDateValue, type DuckDBConnection } from '@duckdb/node-api';
import { RESIDENT_COLUMNS } from './columns.ts';
import { csvField } from './csv.ts';
import { KANWIL } from './kanwil.ts';
import { MONTHS, monthEndDays } from './months.ts';
import type { UnitDef } from './registry.ts';
import type { UnitSeries } from './unit-residents.ts';

/** Column names of upt.csv, as in DATA-CONTRACT.md. */
export const UPT_COLUMNS = ['upt_code', 'name', 'upt_type', 'class', 'kanwil', 'province_code', 'city', 'latitude', 'longitude', 'capacity'];

/** One upt.csv row: the unit, its coordinates and its capacity at the last snapshot. */
export type UptRow = { unit: UnitDef; lat: number; lon: number; capacity: number };

/** Writes upt.csv with the contract's columns. */
export function writeUptCsv(path: string, rows: UptRow[]): void {
  const lines = [UPT_COLUMNS.join(',')];
  for (const { unit: u, lat, lon, capacity } of rows) {
    const kw = KANWIL[u.kanwil];
    const cells = [u.code, u.name, u.type, u.cls, kw.name, kw.province, u.city, lat, lon, capacity];
    lines.push(cells.map(csvField).join(','));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** SQL that creates the occupancy table with the contract's column types. */
export const OCCUPANCY_DDL = `CREATE TABLE occupancy (
  snapshot_date DATE, upt_code VARCHAR, capacity INTEGER,
  ${RESIDENT_COLUMNS.map((c) => `${c} INTEGER`).join(', ')}, narcotics_cases INTEGER)`;

/** Appends every unit-month to a fresh `occupancy` table on the connection. */
export async function loadOccupancy(con: DuckDBConnection, units: UnitDef[], series: UnitSeries): Promise<void> {
  await con.run(OCCUPANCY_DDL);
  const app = await con.createAppender('occupancy');
  for (let m = 0; m < MONTHS; m++) {
    const date = new DuckDBDateValue(monthEndDays(m));
    units.forEach((u, i) => {
      const at = i * MONTHS + m;
      app.appendDate(date);
      app.appendVarchar(u.code);
      app.appendInteger(series.capacity[i][m]);
      for (const col of series.residents) app.appendInteger(col[at]);
      app.appendInteger(series.narcotics[at]);
      app.endRow();
    });
  }
  app.closeSync();
}

/** Copies a query's rows to a zstd parquet file, sorted so row-group zone maps prune date ranges. */
export async function copyParquet(con: DuckDBConnection, from: string, path: string, rowGroupSize?: number): Promise<void> {
  const rg = rowGroupSize ? `, ROW_GROUP_SIZE ${rowGroupSize}` : '';
  await con.run(`COPY (SELECT * FROM ${from} ORDER BY snapshot_date, upt_code) TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd${rg})`);
}
