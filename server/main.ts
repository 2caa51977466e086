import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { appVersion, boot } from './boot.ts';
import { loadConfig } from './config.ts';

/** The only place that listens: `npm start` runs this file. */
async function main() {
  const config = loadConfig();
  const started = performance.now();
  const { services, seeded, admin, close } = await boot(config);
  const { app } = createApp({ config, services, version: appVersion(config.rootDir) });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const ms = Math.round(performance.now() - started);
    const where = config.dbPath === ':memory:' ? 'in memory' : config.dbPath;
    console.log(`Lentera database: ${where}${seeded ? ` (seeded from ${config.seedDir})` : ''}, ready in ${ms} ms`);
    if (admin.generated) {
      console.log('');
      console.log('  First start: created the user "admin" with this password (shown only once):');
      console.log(`    ${admin.generated}`);
      console.log('  Sign in and change it, or set LENTERA_ADMIN_PASSWORD before the first start.');
      console.log('');
    } else if (admin.created) {
      console.log('Created the user "admin" with the password from LENTERA_ADMIN_PASSWORD.');
    }
    console.log(`Lentera is running at http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/`);
  });
  const stop = () => {
    server.close();
    close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
