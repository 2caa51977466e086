import { join } from 'node:path';
import type { Module } from '../module.ts';

/**
 * Exports, used by every module that offers a download: CSV (`csv.ts`, and `csv.sql`'s
 * macros for CSV that DuckDB formats), XLSX (`xlsx.ts`) and Parquet (`parquet.ts`).
 * As a module it only installs the CSV macros in the analytics database.
 */
export const exportModule: Module = {
  name: 'export',
  database: 'analytics',
  migrations: [join(import.meta.dirname, 'csv.sql')],
};
