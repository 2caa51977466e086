import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

export interface SessionRow {
  id_hash: string;
  user_id: number;
  created_at: number; // epoch ms
  last_seen_at: number;
}

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** sha256 of a secret, as stored: a stolen database holds no usable session or token. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** How often at most the last-seen time is written back (it is always kept in memory). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions: the browser holds a random id, the database its hash. Kept in
 * memory too (this process is the database's only writer), so checking a session
 * costs no query on the hot path.
 */
export class SessionStore {
  private cache = new Map<string, SessionRow & { persistedSeen: number }>();

  private constructor(
    private readonly db: Db,
    private readonly policy: SessionPolicy,
  ) {}

  static async open(db: Db, policy: SessionPolicy): Promise<SessionStore> {
    const s = new SessionStore(db, policy);
    const rows = await db.all<{ id_hash: string; user_id: number; c: number; l: number }>(sql('sessions_load'));
    for (const r of rows) s.cache.set(r.id_hash, { id_hash: r.id_hash, user_id: r.user_id, created_at: r.c, last_seen_at: r.l, persistedSeen: r.l });
    await s.purgeExpired();
    return s;
  }

  /** Starts a session; returns the secret id for the cookie. */
  async create(userId: number, ip: string | null, userAgent: string | null): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = Date.now();
    const row = { id_hash: sha256(id), user_id: userId, created_at: now, last_seen_at: now, persistedSeen: now };
    await this.db.exec(sql('session_insert'), {
      h: row.id_hash,
      u: userId,
      t: now,
      ip,
      ua: userAgent?.slice(0, 300) ?? null,
    });
    this.cache.set(row.id_hash, row);
    return id;
  }

  /** The live session for a cookie value, touched; undefined when unknown or expired. */
  async check(id: string): Promise<SessionRow | undefined> {
    const h = sha256(id);
    const s = this.cache.get(h);
    if (!s) return undefined;
    const now = Date.now();
    if (now - s.last_seen_at > this.policy.idleMs || now - s.created_at > this.policy.maxMs) {
      await this.end(h);
      return undefined;
    }
    s.last_seen_at = now;
    if (now - s.persistedSeen > TOUCH_EVERY_MS) {
      s.persistedSeen = now;
      await this.db.exec(sql('session_touch'), { t: now, h });
    }
    return s;
  }

  /** Ends one session by its hash. */
  async end(idHash: string): Promise<void> {
    this.cache.delete(idHash);
    await this.db.exec(sql('session_delete'), { h: idHash });
  }

  /** Ends every session of a user (deactivation, password change). Returns how many. */
  async endAllOf(userId: number, exceptHash?: string): Promise<number> {
    let n = 0;
    for (const [h, s] of this.cache) {
      if (s.user_id === userId && h !== exceptHash) {
        this.cache.delete(h);
        n++;
      }
    }
    await this.db.exec(sql('sessions_delete_user'), { u: userId, e: exceptHash ?? null });
    return n;
  }

  private async purgeExpired(): Promise<void> {
    for (const [h, s] of this.cache) {
      const now = Date.now();
      if (now - s.last_seen_at > this.policy.idleMs || now - s.created_at > this.policy.maxMs) await this.end(h);
    }
  }
}
