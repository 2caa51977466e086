import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import { sha256 } from './sessions.ts';
import type { TokenInfo } from '../../common/auth.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

/** Personal API tokens (`Authorization: Bearer lnt_…`): shown once, stored hashed, revocable. */
export class TokenStore {
  private lastUse = new Map<number, number>();
  /** Live tokens by hash: checked on every bearer request, written only here. */
  private live = new Map<string, { id: number; user_id: number }>();

  constructor(private readonly db: Db) {}

  async list(userId: number): Promise<TokenInfo[]> {
    return this.db.all<TokenInfo>(sql('tokens_list'), { u: userId });
  }

  /** Creates a token and returns its secret, which is never stored or shown again. */
  async create(userId: number, name: string): Promise<{ token: string; info: TokenInfo }> {
    const token = `lnt_${randomBytes(30).toString('base64url')}`;
    const row = await this.db.one<{ id: number }>(sql('token_insert'), {
      u: userId,
      n: name,
      h: sha256(token),
      p: token.slice(0, 8),
    });
    const info = (await this.db.one<TokenInfo>(sql('token_get'), { id: row!.id }))!;
    return { token, info };
  }

  async revoke(userId: number, id: number): Promise<void> {
    const r = await this.db.one<{ id: number }>(sql('token_revoke'), { id, u: userId });
    if (!r) throw ApiError.notFound(`No active token ${id}`);
    for (const [h, t] of this.live) if (t.id === id) this.live.delete(h);
  }

  /** Revokes every live token of a user (password reset or change, deactivation); returns how many. */
  async revokeAll(userId: number): Promise<number> {
    const rows = await this.db.all<{ id: number }>(sql('tokens_revoke_user'), { u: userId });
    for (const [h, t] of this.live) if (t.user_id === userId) this.live.delete(h);
    return rows.length;
  }

  /** The user id a bearer token belongs to, when it is live. */
  async check(token: string): Promise<number | undefined> {
    if (!token.startsWith('lnt_')) return undefined;
    const h = sha256(token);
    const r = this.live.get(h) ?? (await this.db.one<{ id: number; user_id: number }>(sql('token_check'), { h }));
    if (!r) return undefined;
    this.live.set(h, r);
    const now = Date.now();
    if (now - (this.lastUse.get(r.id) ?? 0) > 60_000) {
      this.lastUse.set(r.id, now);
      await this.db.exec(sql('token_touch'), { id: r.id });
    }
    return r.user_id;
  }
}
