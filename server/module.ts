import type { Hono } from 'hono';
import type { Config } from './config.ts';
import type { Db } from './db/duckdb.ts';
import type { AppEnv } from './http/env.ts';

/**
 * What every module's service and routes can reach, by name. It starts with the
 * config and the two databases; each module adds its own services to it in its
 * `index.ts` (`declare module '../module.ts' { interface Services { … } }`), and
 * boot.ts fills it in the order of server/modules.ts, so a module sees the services
 * of the modules listed before it.
 */
export interface Services {
  config: Config;
  /** The analytics database (curated tables; read by the dashboards). */
  db: Db;
  /** The application database (users, sessions, audit trail, litmas cases). */
  appDb: Db;
}

/** What the routes of a module get besides the services. */
export interface RouteContext {
  services: Services;
  /** The app's version (package.json), for the health answer. */
  version: string;
}

/**
 * A module of the server: one folder owning its whole vertical (schema, queries,
 * service, types, routes). See docs/ARCHITECTURE.md.
 */
export interface Module {
  /** Its folder's name. */
  name: string;
  /** The database its migrations run on. */
  database?: 'analytics' | 'app';
  /** Its SQL scripts (absolute paths), run in order on every start: idempotent DDL. */
  migrations?: string[];
  /** Fills its tables when they are empty (the first start); says whether it loaded anything. */
  seed?: (s: Services) => Promise<boolean>;
  /** Builds its services from the services of the modules before it; they are added to `Services`. */
  create?: (s: Services) => Partial<Services> | Promise<Partial<Services>>;
  /** Its routes: a Hono app mounted under `/api`, whose paths start with the module's prefix(es). */
  routes?: (r: RouteContext) => Hono<AppEnv>;
}
