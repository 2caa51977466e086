import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import { type Cell, csvStream, linesStream } from '../export/csv.ts';
import { parquetStream } from '../export/parquet.ts';
import { xlsxStream } from '../export/xlsx.ts';
import type { OccupancyService } from './service.ts';
import type { ExportQuery } from './types.ts';

const FIGURES = ['capacity', 'residents', 'detainees', 'prisoners', 'children', 'women', 'occupancy_pct', 'overcrowding_pct'];
const COLUMNS = {
  upt: ['upt_code', 'name', 'upt_type', 'class', 'kanwil', 'city', ...FIGURES, 'narcotics_cases', 'band'],
  kanwil: ['kanwil', 'units', 'units_over_capacity', ...FIGURES, 'narcotics_cases', 'band'],
  trend: ['month', 'date', ...FIGURES],
} as const;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
} as const;

/** A download: its file name, content type and streamed body. */
export interface Download {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Exports a dataset (units, Kanwil or trend) as CSV, XLSX or Parquet, and puts the
 * export on the audit trail (`details.query`: the parameters as the client sent them).
 * The audit row is written while the file streams; the download completes once it is on record.
 */
export async function exportOccupancy(svc: OccupancyService, audit: AuditLog, actor: Actor, q: ExportQuery, sent: Record<string, string>): Promise<Download> {
  const types = q.types;
  const columns = [...COLUMNS[q.dataset]];
  const record = (rows: number | null) =>
    audit.record(actor, {
      action: 'occupancy.export',
      target: `${q.dataset}.${q.format}`,
      outcome: 'success',
      details: { query: sent, rows },
    });
  if (q.format === 'parquet') {
    const { date, query, params } = await svc.exportQuery(q, columns);
    const body = await parquetStream(svc.db, query, params);
    await record(null);
    return { filename: fileName(q, date), contentType: CONTENT_TYPES.parquet, body };
  }
  if (q.dataset === 'upt' && q.format === 'csv') {
    // The big one: DuckDB formats the lines, this only streams them.
    const { date, lines } = await svc.unitsCsv({ ...q, types });
    const recorded = record(lines.length);
    return { filename: fileName(q, date), contentType: CONTENT_TYPES.csv, body: linesStream(columns.join(','), lines, recorded) };
  }
  let rows: Record<string, Cell>[];
  let date = '';
  if (q.dataset === 'upt') {
    const r = await svc.units({ ...q, types, limit: 1_000_000, offset: 0 });
    rows = r.rows as unknown as Record<string, Cell>[];
    date = r.date;
  } else if (q.dataset === 'kanwil') {
    const r = await svc.byKanwil({ date: q.date, types });
    rows = r.rows as unknown as Record<string, Cell>[];
    date = r.date;
  } else {
    rows = (await svc.trend({ from: q.from, to: q.to, kanwil: q.kanwil, types })) as unknown as Record<string, Cell>[];
  }
  const recorded = record(rows.length);
  if (q.format === 'xlsx') {
    await recorded;
    return { filename: fileName(q, date), contentType: CONTENT_TYPES.xlsx, body: xlsxStream(q.dataset, columns, rows) };
  }
  return { filename: fileName(q, date), contentType: CONTENT_TYPES.csv, body: csvStream(columns, rows, recorded) };
}

function fileName(q: ExportQuery, date: string): string {
  return `lentera-hunian-${q.dataset}${date ? `-${date}` : ''}.${q.format}`;
}
