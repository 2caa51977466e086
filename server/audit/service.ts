import { join } from 'node:path';
import type { AuditRow, Outcome } from '../../common/auth.ts';
import type { Role } from '../../common/roles.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { csvStream } from '../export/csv.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

export interface AuditEntry {
  action: string;
  target?: string | null;
  outcome: Outcome;
  details?: Record<string, unknown>;
  /** The acting user when it is not the actor (a failed login names who was tried). */
  user?: { id: number; username: string; role: Role } | { id: null; username: string; role: null };
  /** The client address when there is no actor (an anonymous request). */
  ip?: string | null;
}

export interface AuditFilter {
  user?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditQuery extends AuditFilter {
  limit: number;
  offset: number;
}

const COLUMNS = ['id', 'at', 'username', 'role', 'action', 'target', 'outcome', 'ip', 'details'];

/** The append-only audit trail: this module inserts and reads; nothing updates or deletes. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Records one event done by `actor` (null: anonymous, e.g. a failed sign-in). */
  async record(actor: Actor | null, e: AuditEntry): Promise<void> {
    const u = e.user ?? (actor && { id: actor.userId, username: actor.username, role: actor.role });
    await this.db.exec(sql('insert'), {
      uid: u?.id ?? null,
      uname: u?.username ?? null,
      role: u?.role ?? null,
      action: e.action,
      target: e.target ?? null,
      outcome: e.outcome,
      ip: e.ip ?? actor?.ip ?? null,
      details: e.details ? JSON.stringify(e.details) : null,
    });
  }

  /** One page of the trail, newest first, with the filtered total. */
  async query(q: AuditQuery): Promise<{ total: number; rows: AuditRow[] }> {
    const params = { user: q.user ?? null, action: q.action ?? null, from: q.from ?? null, to: q.to ?? null };
    const total = await this.db.one<{ n: number }>(sql('count'), params);
    const rows = await this.db.all<AuditRow>(sql('list'), { ...params, limit: q.limit, offset: q.offset });
    return { total: total?.n ?? 0, rows };
  }

  /** The filtered trail as a CSV download; the export itself is audited (before the file is sent). */
  async exportCsv(actor: Actor, filter: AuditFilter): Promise<ReadableStream<Uint8Array>> {
    const { rows } = await this.query({ ...filter, limit: 1_000_000, offset: 0 });
    await this.record(actor, { action: 'audit.export', outcome: 'success', details: { filter, rows: rows.length } });
    return csvStream(COLUMNS, rows as never);
  }
}
