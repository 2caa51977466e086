// Shapes of the audit trail answers of the API (docs/API.md § Audit): the server's, from common/.
import type { AuditRow } from '../../../../common/auth.ts';

export type { AuditRow, Outcome } from '../../../../common/auth.ts';

export interface AuditPage {
  total: number;
  rows: AuditRow[];
}

/** Filters of the audit trail (list and export). */
export interface AuditFilter {
  user?: string;
  action?: string;
  from?: string;
  to?: string;
}
