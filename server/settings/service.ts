import { join } from 'node:path';
import type { Actor } from '../actor.ts';
import type { AuditLog } from '../audit/service.ts';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import type { LlmBackend } from '../llm/client.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

/** LLM backends (by host) an admin allows to receive clear text: self-hosted only. Default: none, everything redacted. */
const CLEAR_TEXT_HOSTS = 'llm.clear_text_hosts';

/** The LLM settings as the admin sees them. */
export interface LlmSettings {
  backend: { host: string; model: string; redacted: boolean } | null;
  clear_text_hosts: string[];
}

/** Admin settings kept in the application database, as JSON values by key; changes are audited. */
export class Settings {
  /** The hosts allowed clear text, read once and kept until the admin changes them. */
  private clearHosts: Promise<string[]> | undefined;

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

  /** Whether an LLM host may receive clear text (the admin allowed it); otherwise identities are redacted. */
  clearTextAllowed = async (host: string): Promise<boolean> => {
    this.clearHosts ??= this.get<string[]>(CLEAR_TEXT_HOSTS, []);
    return (await this.clearHosts).includes(host);
  };

  /** The configured LLM backend and the hosts allowed clear text. */
  async llm(): Promise<LlmSettings> {
    const hosts = await this.get<string[]>(CLEAR_TEXT_HOSTS, []);
    const b = this.backend;
    return { backend: b ? { host: b.host, model: b.model, redacted: !hosts.includes(b.host) } : null, clear_text_hosts: hosts };
  }

  /** Sets the hosts allowed clear text (audited). */
  async setClearTextHosts(actor: Actor, hosts: string[]): Promise<LlmSettings> {
    await this.set(CLEAR_TEXT_HOSTS, [...new Set(hosts)]);
    this.clearHosts = undefined;
    await this.audit.record(actor, { action: 'settings.llm', outcome: 'success', details: { clear_text_hosts: hosts } });
    return this.llm();
  }
}
