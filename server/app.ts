import { Hono } from 'hono';
import type { Config } from './config.ts';
import type { Db } from './db/duckdb.ts';
import { notFoundApi, onError } from './errors.ts';
import { createLogger, requestLog, type Logger } from './log.ts';
import { OccupancyService } from './occupancy/service.ts';
import { geoRoutes } from './routes/geo.ts';
import { healthRoutes } from './routes/health.ts';
import { metaRoutes } from './routes/meta.ts';
import { occupancyRoutes } from './routes/occupancy.ts';
import { webRoutes } from './static.ts';
import { join } from 'node:path';

export interface AppDeps {
  config: Config;
  db: Db;
  version: string;
  log?: Logger;
}

/** Builds the whole app (API and web) without listening: tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const { config, db } = deps;
  const log = deps.log ?? createLogger(config.log);
  const occupancy = new OccupancyService(db);
  const api = new Hono()
    .route('/health', healthRoutes(db, deps.version))
    .route('/meta', metaRoutes(db))
    .route('/occupancy', occupancyRoutes(occupancy))
    .route('/geo', geoRoutes(db, join(config.rootDir, 'data', 'geo')));
  api.all('*', notFoundApi);

  const app = new Hono();
  app.use('*', requestLog(log));
  app.onError(onError(log));
  app.route('/api', api);
  app.route('/', webRoutes(join(config.rootDir, 'web', 'dist'), config.rootDir));
  return { app, api, services: { occupancy } };
}

export type ApiType = ReturnType<typeof createApp>['api'];
