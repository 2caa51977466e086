import type { Db, Params } from '../db/duckdb.ts';
import { type Cell, csvStream } from './csv.ts';
import { parquetStream } from './parquet.ts';
import { xlsxStream } from './xlsx.ts';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
} as const;

export type ExportFormat = keyof typeof CONTENT_TYPES;

/** A download: its file name, content type and streamed body. */
export interface Download {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/** One dataset to download: the statement that selects its columns, in order. */
export interface DatasetExport {
  db: Db;
  format: ExportFormat;
  /** File name without its extension. */
  name: string;
  /** The sheet's name in XLSX. */
  sheet: string;
  columns: readonly string[];
  query: string;
  params: Params;
  /**
   * Puts the export on the audit trail (rows: how many, null when DuckDB writes the file).
   * The download completes only once it is on record.
   */
  record: (rows: number | null) => Promise<void>;
}

/**
 * A dataset as CSV, XLSX or Parquet (written by DuckDB, column types kept), from one
 * statement: what every module's export endpoint returns.
 */
export async function datasetDownload(d: DatasetExport): Promise<Download> {
  const filename = `${d.name}.${d.format}`;
  if (d.format === 'parquet') {
    const body = await parquetStream(d.db, d.query, d.params);
    await d.record(null);
    return { filename, contentType: CONTENT_TYPES.parquet, body };
  }
  const rows = await d.db.all<Record<string, Cell>>(d.query, d.params);
  const recorded = d.record(rows.length);
  const columns = [...d.columns];
  if (d.format === 'xlsx') {
    await recorded;
    return { filename, contentType: CONTENT_TYPES.xlsx, body: xlsxStream(d.sheet, columns, rows) };
  }
  return { filename, contentType: CONTENT_TYPES.csv, body: csvStream(columns, rows, recorded) };
}
