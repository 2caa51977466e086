import { join } from 'node:path';
import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';
import type { LlmBackend } from '../llm/client.ts';
import { checkPrivateHost, type HostCheck } from './hosts.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

/**
 * LLM backends (by host) an admin allows to receive clear text, each with the legal basis
 * or DPIA reference that allows it. Default: none, everything redacted. (The key of the
 * earlier list of bare host names is no longer read: an allowance without a legal basis
 * lapses.)
 */
const CLEAR_TEXT = 'llm.clear_text';

/** A host allowed clear text, with why and by whom. */
export interface ClearTextHost {
  host: string;
  /** The legal basis or DPIA reference recorded with the allowance (UU 27/2022). */
  legal_basis: string;
  set_by: string;
  set_at: string;
}

/** Whether clear text may go to a host now, and why not. */
export interface ClearTextDecision {
  allowed: boolean;
  legal_basis: string | null;
  /** Allowed by the admin, but refused now: the host resolves to a public address, or not at all. */
  refused: 'public' | 'unresolved' | null;
}

/** The LLM settings as the admin sees them. */
export interface LlmSettings {
  backend: { host: string; model: string; redacted: boolean; address: HostCheck } | null;
  clear_text_hosts: ClearTextHost[];
}

const REFUSAL: Record<'public' | 'unresolved', { code: string; message: (host: string, a: string[]) => string }> = {
  public: {
    code: 'public_host',
    message: (h, a) => `${h} resolves to a public address (${a.join(', ')}): clear text may go only to loopback or private addresses`,
  },
  unresolved: { code: 'unresolved_host', message: (h) => `${h} cannot be resolved: clear text may go only to a host on a loopback or private address` },
};

/** Admin settings kept in the application database, as JSON values by key; changes are audited. */
export class Settings {
  /** The hosts allowed clear text, read once and kept until the admin changes them. */
  private clearHosts: Promise<ClearTextHost[]> | undefined;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly backend: LlmBackend | null,
  ) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const r = await this.db.one<{ value: string }>(sql('get'), { k: key });
    return r ? (JSON.parse(r.value) as T) : fallback;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.exec(sql('set'), { k: key, v: JSON.stringify(value) });
  }

  private hosts(): Promise<ClearTextHost[]> {
    this.clearHosts ??= this.get<unknown[]>(CLEAR_TEXT, []).then((list) =>
      list.filter((h): h is ClearTextHost => !!h && typeof h === 'object' && typeof (h as ClearTextHost).legal_basis === 'string'),
    );
    return this.clearHosts;
  }

  /**
   * Whether clear text may go to an LLM host now: the admin allowed it with a legal basis,
   * and the host still resolves to loopback or private addresses only (checked at every
   * send). Otherwise identities are pseudonymised.
   */
  clearText = async (host: string): Promise<ClearTextDecision> => {
    const entry = (await this.hosts()).find((h) => h.host === host);
    if (!entry) return { allowed: false, legal_basis: null, refused: null };
    const check = await checkPrivateHost(host);
    return check.ok
      ? { allowed: true, legal_basis: entry.legal_basis, refused: null }
      : { allowed: false, legal_basis: entry.legal_basis, refused: check.reason };
  };

  /** Whether an LLM host receives clear text now (see `clearText`). */
  clearTextAllowed = async (host: string): Promise<boolean> => (await this.clearText(host)).allowed;

  /** The configured LLM backend (with where its host resolves) and the hosts allowed clear text. */
  async llm(): Promise<LlmSettings> {
    const hosts = await this.hosts();
    const b = this.backend;
    return {
      backend: b ? { host: b.host, model: b.model, redacted: !(await this.clearTextAllowed(b.host)), address: await checkPrivateHost(b.host) } : null,
      clear_text_hosts: hosts,
    };
  }

  /**
   * Sets the hosts allowed clear text, each with its legal basis (audited). A host that
   * resolves to a public address, or to none, is refused: 400 naming it.
   */
  async setClearTextHosts(actor: Actor, hosts: { host: string; legal_basis: string }[]): Promise<LlmSettings> {
    const issues = [];
    for (const [i, h] of hosts.entries()) {
      const check = await checkPrivateHost(h.host);
      if (!check.ok)
        issues.push({ field: `clear_text_hosts.${i}.host`, code: REFUSAL[check.reason].code, message: REFUSAL[check.reason].message(h.host, check.addresses) });
    }
    if (issues.length) throw ApiError.invalid(issues, 'Clear text may go only to a self-hosted LLM on a loopback or private address');
    const before = new Map((await this.hosts()).map((h) => [h.host, h]));
    const now = new Date().toISOString();
    const list: ClearTextHost[] = [...new Map(hosts.map((h) => [h.host, h])).values()].map((h) => {
      const kept = before.get(h.host);
      return kept && kept.legal_basis === h.legal_basis ? kept : { host: h.host, legal_basis: h.legal_basis, set_by: actor.username, set_at: now };
    });
    await this.set(CLEAR_TEXT, list);
    this.clearHosts = undefined;
    await this.audit.record(actor, {
      action: 'settings.llm',
      outcome: 'success',
      details: { clear_text_hosts: list.map((h) => ({ host: h.host, legal_basis: h.legal_basis })) },
    });
    return this.llm();
  }
}
