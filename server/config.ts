import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting of the server, read once from the environment. This is the only
 * module that reads `process.env`; everything else receives a `Config`.
 * Each entry documents itself: `npm test` checks that the README lists every one.
 */
export const SETTINGS = {
  PORT: { default: '8787', help: 'HTTP port of the app and API' },
  HOST: { default: '127.0.0.1', help: 'address to listen on (0.0.0.0 to expose it)' },
  LENTERA_DB: { default: 'var/lentera.duckdb', help: 'analytics DuckDB file; `:memory:` for a throwaway database' },
  LENTERA_SEED_DIR: { default: 'data/seed', help: 'folder with upt.csv and occupancy.parquet, loaded into an empty database' },
  LENTERA_DB_CONNECTIONS: { default: '4', help: 'DuckDB connections in the pool (parallel queries)' },
  LENTERA_DB_THREADS: { default: '', help: 'DuckDB worker threads (empty: one per core)' },
  LENTERA_DB_MEMORY_LIMIT: { default: '', help: 'DuckDB memory limit, e.g. `4GB` (empty: DuckDB default, 80% of RAM)' },
  LENTERA_LOG: { default: 'info', help: '`info` logs one JSON line per request; `silent` logs nothing' },
} as const;

export type SettingName = keyof typeof SETTINGS;

const schema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dbPath: z.string().min(1),
  seedDir: z.string().min(1),
  dbConnections: z.coerce.number().int().min(1).max(64),
  dbThreads: z.union([z.literal(''), z.coerce.number().int().min(1).max(256)]),
  dbMemoryLimit: z.string().regex(/^$|^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as 4GB'),
  log: z.enum(['info', 'silent']),
});

/** Which environment variable feeds which config field. */
const KEYS = {
  port: 'PORT',
  host: 'HOST',
  dbPath: 'LENTERA_DB',
  seedDir: 'LENTERA_SEED_DIR',
  dbConnections: 'LENTERA_DB_CONNECTIONS',
  dbThreads: 'LENTERA_DB_THREADS',
  dbMemoryLimit: 'LENTERA_DB_MEMORY_LIMIT',
  log: 'LENTERA_LOG',
} as const satisfies Record<keyof z.infer<typeof schema>, SettingName>;

export type Config = z.infer<typeof schema> & { rootDir: string };

/** Reads and validates the settings; throws one readable message listing every bad one. */
export function loadConfig(env: Record<string, string | undefined> = process.env, rootDir = process.cwd()): Config {
  const raw = Object.fromEntries(
    Object.entries(KEYS).map(([key, name]) => [key, env[name] ?? SETTINGS[name].default]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = KEYS[i.path[0] as keyof typeof KEYS];
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${i.message}`;
    });
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    rootDir,
    dbPath: c.dbPath === ':memory:' ? c.dbPath : resolve(rootDir, c.dbPath),
    seedDir: resolve(rootDir, c.seedDir),
  };
}

/** A config for tests: in-memory database, no request log. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LENTERA_DB: ':memory:', LENTERA_LOG: 'silent' }), ...overrides };
}
