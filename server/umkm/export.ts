import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import { type Download, datasetDownload } from '../export/download.ts';
import type { UmkmService } from './service.ts';
import type { ExportQuery } from './types.ts';

const FIGURES = ['revenue_idr', 'pnbp_idr', 'inmate_months', 'inmates_avg', 'revenue_per_inmate', 'food_kg'];
const COLUMNS = {
  monthly: ['month', ...FIGURES],
  categories: ['category', ...FIGURES, 'pnbp_share_pct'],
  kanwil: ['kanwil', 'units', ...FIGURES],
  upt: ['upt_code', 'name', 'upt_type', 'kanwil', ...FIGURES],
  products: ['category', 'product', 'unit', 'quantity', 'revenue_idr', 'pnbp_idr', 'inmate_months'],
  food: ['year', 'category', 'product', 'unit', 'quantity', 'prev_quantity', 'change_pct'],
} as const;

/**
 * Exports a UMKM dataset (months, a year by category, Kanwil, unit or product, food per
 * year) as CSV, XLSX or Parquet, and puts the export on the audit trail (`details.query`:
 * the parameters as the client sent them). The download completes once it is on record.
 */
export async function exportUmkm(svc: UmkmService, audit: AuditLog, actor: Actor, q: ExportQuery, sent: Record<string, string>): Promise<Download> {
  const columns = COLUMNS[q.dataset];
  const { name, query, params } = await svc.exportQuery(q, columns);
  return datasetDownload({
    db: svc.db,
    format: q.format,
    name: `lentera-umkm-${q.dataset}${name ? `-${name}` : ''}`,
    sheet: q.dataset,
    columns,
    query,
    params,
    record: (rows) =>
      audit.record(actor, {
        action: 'umkm.export',
        target: `${q.dataset}.${q.format}`,
        outcome: 'success',
        details: { query: sent, rows },
      }),
  });
}
