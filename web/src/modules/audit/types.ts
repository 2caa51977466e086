// Shapes of the audit trail answers of the API (docs/API.md § Audit). Types only.
import type { Role } from '../../lib/authTypes.ts';

export type Outcome = 'success' | 'failure' | 'denied';

export interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  role: Role | null;
  action: string;
  target: string | null;
  outcome: Outcome;
  ip: string | null;
  /** JSON text, or null. */
  details: string | null;
}

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
