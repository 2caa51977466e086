import type { Context } from 'hono';
import type { Db } from './db/duckdb.ts';
import type { AppEnv, AuthUser } from './auth/types.ts';
import type { AuditRow, Outcome } from '../common/auth.ts';

export interface AuditEntry {
  action: string;
  target?: string | null;
  outcome: Outcome;
  details?: Record<string, unknown>;
  /** The acting user when it is not the request's (a failed login names who was tried). */
  user?: Pick<AuthUser, 'id' | 'username' | 'role'> | { id: null; username: string; role: null };
}

export interface AuditQuery {
  user?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The client address: the socket's, as seen by @hono/node-server. */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

const WHERE = `WHERE ($user IS NULL OR username = $user)
  AND ($action IS NULL OR action = $action OR action LIKE $action || '.%')
  AND ($from IS NULL OR occurred_at >= $from::DATE)
  AND ($to IS NULL OR occurred_at < $to::DATE + INTERVAL 1 DAY)`;

/** The append-only audit trail: this module inserts and reads; nothing updates or deletes. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Records one event of the current request. */
  async record(c: Context<AppEnv>, e: AuditEntry): Promise<void> {
    const u = e.user ?? c.get('user');
    await this.db.exec(
      `INSERT INTO audit_log (user_id, username, role, action, target, outcome, ip, details)
       VALUES ($uid, $uname, $role, $action, $target, $outcome, $ip, $details::JSON)`,
      {
        uid: u?.id ?? null,
        uname: u?.username ?? null,
        role: u?.role ?? null,
        action: e.action,
        target: e.target ?? null,
        outcome: e.outcome,
        ip: clientIp(c),
        details: e.details ? JSON.stringify(e.details) : null,
      },
    );
  }

  async query(q: AuditQuery): Promise<{ total: number; rows: AuditRow[] }> {
    const params = { user: q.user ?? null, action: q.action ?? null, from: q.from ?? null, to: q.to ?? null };
    const total = await this.db.one<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM audit_log ${WHERE}`, params);
    const rows = await this.db.all<AuditRow>(
      `SELECT id::INTEGER AS id, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS at, user_id, username, role, action, target, outcome, ip,
              details::VARCHAR AS details
       FROM audit_log ${WHERE} ORDER BY id DESC LIMIT $limit OFFSET $offset`,
      { ...params, limit: q.limit, offset: q.offset },
    );
    return { total: total?.n ?? 0, rows };
  }
}
