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
  LENTERA_SEED_DIR: { default: 'data/seed', help: 'folder with the seed files (upt.csv and the snapshots; data/README.md), loaded into an empty database' },
  LENTERA_DB_CONNECTIONS: { default: '4', help: 'DuckDB connections in the pool (parallel queries)' },
  LENTERA_DB_THREADS: { default: '', help: 'DuckDB worker threads (empty: one per core)' },
  LENTERA_DB_MEMORY_LIMIT: { default: '', help: 'DuckDB memory limit, e.g. `4GB` (empty: DuckDB default, 80% of RAM)' },
  LENTERA_SQL_TIMEOUT_MS: { default: '30000', help: 'time limit of one database read; a read past it is stopped (504 naming the limit)' },
  LENTERA_SQL_MAX_ROWS: { default: '10000', help: 'most rows a capped read returns (the answer says `truncated`)' },
  LENTERA_FOOD_COST_PER_DAY_IDR: {
    default: '17000',
    help: "an inmate's food cost per day in rupiah (Ditjenpas quotes Rp 17,000): the remission page's estimate of food cost saved",
  },
  LENTERA_LOG: { default: 'info', help: '`info` logs one JSON line per request; `silent` logs nothing' },
  LENTERA_APP_DB: { default: 'var/app.duckdb', help: 'application DuckDB file (users, sessions, audit); `:memory:` for tests' },
  LENTERA_ADMIN_PASSWORD: { default: '', help: 'password of the first `admin` (empty: generated and printed once)' },
  LENTERA_SECURE_COOKIES: { default: '0', help: '`1` marks the session cookie Secure (automatic when served over HTTPS)' },
  LENTERA_PUBLIC_ORIGIN: { default: '', help: "the app's public origin behind a proxy, e.g. `https://lentera.example.go.id`" },
  LENTERA_SESSION_IDLE_MINUTES: { default: '30', help: 'a session ends after this many minutes without a request' },
  LENTERA_SESSION_MAX_HOURS: { default: '12', help: 'a session ends this many hours after sign-in, whatever its use' },
  LENTERA_LOGIN_MAX_FAILURES: { default: '5', help: 'failed sign-ins (per user or address, in 15 minutes) before a lock' },
  LENTERA_LOGIN_LOCK_MINUTES: { default: '15', help: 'how long a lock after repeated failed sign-ins lasts' },
  OPENAI_BASE_URL: { default: '', help: 'OpenAI-compatible server for litmas drafting, e.g. `http://127.0.0.1:11434/v1` (Ollama)' },
  OPENAI_API_KEY: { default: '', help: 'API key of that server (any text for local servers)' },
  LENTERA_LLM_MODEL: { default: '', help: 'model to ask; empty: the offline drafter (nothing leaves the server)' },
  LENTERA_LLM_TIMEOUT_MS: { default: '120000', help: 'time limit of one whole generation (draft, repair, verification, retries and waits)' },
  LENTERA_LLM_STALL_MS: { default: '30000', help: 'a streamed answer that sends nothing for this long is stopped' },
  LENTERA_LLM_MAX_RETRIES: { default: '2', help: 'retries of one LLM request on connection errors, 408, 409, 429 and 5xx' },
  LENTERA_LLM_MAX_RETRY_AFTER_S: { default: '30', help: "the longest wait a server's Retry-After can ask for (seconds)" },
  LENTERA_LLM_RESPONSE_FORMAT: { default: 'json_schema', help: '`json_schema`, `json_object` or `none` (what the server supports)' },
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
  sqlTimeoutMs: z.coerce.number().int().min(100).max(3_600_000),
  sqlMaxRows: z.coerce.number().int().min(1).max(10_000_000),
  foodCostPerDayIdr: z.coerce.number().int().min(0).max(10_000_000),
  log: z.enum(['info', 'silent']),
  appDbPath: z.string().min(1),
  adminPassword: z.string(),
  secureCookies: z.enum(['0', '1']).transform((v) => v === '1'),
  publicOrigin: z.union([z.literal(''), z.url().transform((u) => new URL(u).origin)]),
  sessionIdleMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  sessionMaxHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  loginMaxFailures: z.coerce.number().int().min(1).max(100),
  loginLockMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  llmBaseUrl: z.union([z.literal(''), z.url()]),
  llmApiKey: z.string(),
  llmModel: z.string().max(200),
  llmTimeoutMs: z.coerce.number().int().min(1000).max(3_600_000),
  llmStallMs: z.coerce.number().int().min(100).max(3_600_000),
  llmMaxRetries: z.coerce.number().int().min(0).max(10),
  llmMaxRetryAfterS: z.coerce.number().int().min(0).max(3600),
  llmResponseFormat: z.enum(['json_schema', 'json_object', 'none']),
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
  sqlTimeoutMs: 'LENTERA_SQL_TIMEOUT_MS',
  sqlMaxRows: 'LENTERA_SQL_MAX_ROWS',
  foodCostPerDayIdr: 'LENTERA_FOOD_COST_PER_DAY_IDR',
  log: 'LENTERA_LOG',
  appDbPath: 'LENTERA_APP_DB',
  adminPassword: 'LENTERA_ADMIN_PASSWORD',
  secureCookies: 'LENTERA_SECURE_COOKIES',
  publicOrigin: 'LENTERA_PUBLIC_ORIGIN',
  sessionIdleMinutes: 'LENTERA_SESSION_IDLE_MINUTES',
  sessionMaxHours: 'LENTERA_SESSION_MAX_HOURS',
  loginMaxFailures: 'LENTERA_LOGIN_MAX_FAILURES',
  loginLockMinutes: 'LENTERA_LOGIN_LOCK_MINUTES',
  llmBaseUrl: 'OPENAI_BASE_URL',
  llmApiKey: 'OPENAI_API_KEY',
  llmModel: 'LENTERA_LLM_MODEL',
  llmTimeoutMs: 'LENTERA_LLM_TIMEOUT_MS',
  llmStallMs: 'LENTERA_LLM_STALL_MS',
  llmMaxRetries: 'LENTERA_LLM_MAX_RETRIES',
  llmMaxRetryAfterS: 'LENTERA_LLM_MAX_RETRY_AFTER_S',
  llmResponseFormat: 'LENTERA_LLM_RESPONSE_FORMAT',
} as const satisfies Record<keyof z.infer<typeof schema>, SettingName>;

export type Config = z.infer<typeof schema> & { rootDir: string };

/** Reads and validates the settings; throws one readable message listing every bad one. */
export function loadConfig(env: Record<string, string | undefined> = process.env, rootDir = process.cwd()): Config {
  const raw = Object.fromEntries(Object.entries(KEYS).map(([key, name]) => [key, env[name] ?? SETTINGS[name].default]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = KEYS[i.path[0] as keyof typeof KEYS];
      // Never echo a secret back.
      const shown = name === 'LENTERA_ADMIN_PASSWORD' || name === 'OPENAI_API_KEY' ? '…' : JSON.stringify(env[name] ?? '');
      return `  ${name}=${shown}: ${i.message}`;
    });
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    rootDir,
    dbPath: c.dbPath === ':memory:' ? c.dbPath : resolve(rootDir, c.dbPath),
    appDbPath: c.appDbPath === ':memory:' ? c.appDbPath : resolve(rootDir, c.appDbPath),
    seedDir: resolve(rootDir, c.seedDir),
  };
}

/** A config for tests: in-memory database, no request log. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LENTERA_DB: ':memory:', LENTERA_APP_DB: ':memory:', LENTERA_LOG: 'silent' }), ...overrides };
}
