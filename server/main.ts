import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { appVersion, openDatabase } from './boot.ts';
import { loadConfig } from './config.ts';

/** The only place that listens: `npm start` runs this file. */
async function main() {
  const config = loadConfig();
  const started = performance.now();
  const { db, seeded } = await openDatabase(config);
  const { app } = createApp({ config, db, version: appVersion(config.rootDir) });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    const where = config.dbPath === ':memory:' ? 'in memory' : config.dbPath;
    console.log(`Lentera database: ${where}${seeded ? ' (seeded from ' + config.seedDir + ')' : ''}, ready in ${ms} ms`);
    console.log(`Lentera is running at http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/`);
  });
  const stop = () => {
    server.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
