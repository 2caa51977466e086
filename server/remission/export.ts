import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import { type Download, datasetDownload } from '../export/download.ts';
import type { RemissionService } from './service.ts';
import type { ExportQuery } from './types.ts';

const FIGURES = ['recipients', 'released', 'granted', 'months_granted', 'days_saved', 'food_cost_saved_idr', 'prisoners', 'per_100'];
const COLUMNS = {
  rounds: ['year', 'event', 'event_date', 'units', ...FIGURES, 'snapshot_date'],
  years: ['year', 'rounds', 'recipients', 'released', 'granted', 'months_granted', 'days_saved', 'food_cost_saved_idr', 'granted_change_pct'],
  kanwil: ['kanwil', 'units', ...FIGURES, 'residents', 'capacity', 'overcrowding_pct', 'overcrowding_without_pct', 'relief_pp'],
  upt: ['upt_code', 'name', 'upt_type', 'kanwil', ...FIGURES],
} as const;

/**
 * Exports a remission dataset (rounds, years, one round by Kanwil or by unit) as CSV,
 * XLSX or Parquet, and puts the export on the audit trail (`details.query`: the
 * parameters as the client sent them). The download completes once it is on record.
 */
export async function exportRemission(svc: RemissionService, audit: AuditLog, actor: Actor, q: ExportQuery, sent: Record<string, string>): Promise<Download> {
  const columns = COLUMNS[q.dataset];
  const { name, query, params } = await svc.exportQuery(q, columns);
  return datasetDownload({
    db: svc.db,
    format: q.format,
    name: `lentera-remisi-${q.dataset}${name ? `-${name}` : ''}`,
    sheet: q.dataset,
    columns,
    query,
    params,
    record: (rows) =>
      audit.record(actor, {
        action: 'remission.export',
        target: `${q.dataset}.${q.format}`,
        outcome: 'success',
        details: { query: sent, rows },
      }),
  });
}
