import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { notFoundApi } from './errors.ts';

/**
 * Serves the built web app: hashed assets cached for a year, and index.html for
 * every other non-API path so client-side routes survive a reload.
 */
export function webRoutes(distDir: string, rootDir: string) {
  const app = new Hono();
  const indexFile = join(distDir, 'index.html');
  const root = relative(rootDir, distDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: `./${root}`, rewriteRequestPath: (p) => p }));
  app.get('*', (c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return notFoundApi(c);
    if (!existsSync(indexFile)) {
      return c.text('The web app is not built: run `npm run build` (npm start does it for you).', 503);
    }
    c.header('cache-control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
