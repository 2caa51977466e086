import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate, originCheck } from './auth/middleware.ts';
import type { Config } from './config.ts';
import type { AppEnv } from './http/env.ts';
import { ApiError, notFoundApi, onError } from './http/errors.ts';
import { createLogger, requestLog, type Logger } from './http/log.ts';
import { denyUndeclared } from './http/permission.ts';
import { webRoutes } from './http/static.ts';
import type { Services } from './module.ts';
import { MODULES } from './modules.ts';

export interface AppDeps {
  config: Config;
  services: Services;
  version: string;
  log?: Logger;
}

/** Only the app's own scripts; styles inline for ECharts/Svelte; no framing. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Builds the whole app (API and web) without listening: tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const { config, services: s } = deps;
  const log = deps.log ?? createLogger(config.log);
  // JSON bodies are small (a litmas case is tens of KB): refuse more before reading it.
  const limitBody = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: () => {
      throw new ApiError(413, 'Request body too large (limit 2 MB)');
    },
  });
  const api = new Hono<AppEnv>()
    // Only requests that carry a body are checked: asking a GET for its body makes
    // @hono/node-server build a whole web Request, the dearest step of a small request.
    .use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)))
    .use('*', authenticate(s.sessions, s.tokens, s.users))
    .use('*', originCheck(config.publicOrigin))
    .use('*', denyUndeclared());
  // Every module's routes, in the order of server/modules.ts (their paths carry their prefixes).
  for (const m of MODULES) if (m.routes) api.route('/', m.routes({ services: s, version: deps.version }));

  const app = new Hono<AppEnv>();
  if (config.log !== 'silent') app.use('*', requestLog(log));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      xFrameOptions: 'DENY',
      referrerPolicy: 'same-origin',
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.onError(onError(log));
  app.notFound((c) => (c.req.path.startsWith('/api/') || c.req.path === '/api' ? notFoundApi(c) : c.text('Not found', 404)));
  app.route('/api', api);
  app.route('/', webRoutes(join(config.rootDir, 'web', 'dist'), config.rootDir));
  return { app, api };
}
