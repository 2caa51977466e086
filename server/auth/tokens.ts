import { randomBytes } from 'node:crypto';
import type { Db } from '../db/duckdb.ts';
import { ApiError } from '../http/errors.ts';
import { sha256 } from './sessions.ts';
import type { TokenInfo } from '../../common/auth.ts';

const COLUMNS = `id, name, prefix, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
  strftime(last_used_at, '%Y-%m-%dT%H:%M:%SZ') AS last_used_at, strftime(revoked_at, '%Y-%m-%dT%H:%M:%SZ') AS revoked_at`;

/** Personal API tokens (`Authorization: Bearer lnt_…`): shown once, stored hashed, revocable. */
export class TokenStore {
  private lastUse = new Map<number, number>();
  /** Live tokens by hash: checked on every bearer request, written only here. */
  private live = new Map<string, { id: number; user_id: number }>();

  constructor(private readonly db: Db) {}

  async list(userId: number): Promise<TokenInfo[]> {
    return this.db.all<TokenInfo>(`SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $u ORDER BY id`, { u: userId });
  }

  /** Creates a token and returns its secret, which is never stored or shown again. */
  async create(userId: number, name: string): Promise<{ token: string; info: TokenInfo }> {
    const token = `lnt_${randomBytes(30).toString('base64url')}`;
    const row = await this.db.one<{ id: number }>('INSERT INTO api_tokens (user_id, name, token_hash, prefix) VALUES ($u, $n, $h, $p) RETURNING id', {
      u: userId,
      n: name,
      h: sha256(token),
      p: token.slice(0, 8),
    });
    const info = (await this.db.one<TokenInfo>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $id`, { id: row!.id }))!;
    return { token, info };
  }

  async revoke(userId: number, id: number): Promise<void> {
    const r = await this.db.one<{ id: number }>(
      'UPDATE api_tokens SET revoked_at = now() WHERE id = $id AND user_id = $u AND revoked_at IS NULL RETURNING id',
      { id, u: userId },
    );
    if (!r) throw ApiError.notFound(`No active token ${id}`);
    for (const [h, t] of this.live) if (t.id === id) this.live.delete(h);
  }

  /** Revokes every live token of a user (password reset or change, deactivation); returns how many. */
  async revokeAll(userId: number): Promise<number> {
    const rows = await this.db.all<{ id: number }>('UPDATE api_tokens SET revoked_at = now() WHERE user_id = $u AND revoked_at IS NULL RETURNING id', {
      u: userId,
    });
    for (const [h, t] of this.live) if (t.user_id === userId) this.live.delete(h);
    return rows.length;
  }

  /** The user id a bearer token belongs to, when it is live. */
  async check(token: string): Promise<number | undefined> {
    if (!token.startsWith('lnt_')) return undefined;
    const h = sha256(token);
    const r =
      this.live.get(h) ??
      (await this.db.one<{ id: number; user_id: number }>('SELECT id, user_id FROM api_tokens WHERE token_hash = $h AND revoked_at IS NULL', { h }));
    if (!r) return undefined;
    this.live.set(h, r);
    const now = Date.now();
    if (now - (this.lastUse.get(r.id) ?? 0) > 60_000) {
      this.lastUse.set(r.id, now);
      await this.db.exec('UPDATE api_tokens SET last_used_at = now() WHERE id = $id', { id: r.id });
    }
    return r.user_id;
  }
}
