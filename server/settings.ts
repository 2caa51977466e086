import type { Db } from './db/duckdb.ts';

/** Admin settings kept in the application database, as JSON values by key. */
export class SettingsStore {
  constructor(private readonly db: Db) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const r = await this.db.one<{ value: string }>('SELECT value::VARCHAR AS value FROM settings WHERE key = $k', { k: key });
    return r ? (JSON.parse(r.value) as T) : fallback;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.exec('INSERT OR REPLACE INTO settings VALUES ($k, $v::JSON)', { k: key, v: JSON.stringify(value) });
  }
}

/** LLM backends (by host) an admin allows to receive clear text: self-hosted only. Default: none, everything redacted. */
export const CLEAR_TEXT_HOSTS = 'llm.clear_text_hosts';
