/**
 * Builds the web app when web/dist is missing or older than any source file of it,
 * so that `npm start` on a fresh clone serves a current app without a separate step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const web = join(root, 'web');
const index = join(web, 'dist', 'index.html');

/** The newest modification time under a folder, skipping build output. */
function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

const sources = Math.max(newest(web), statSync(join(root, 'package-lock.json')).mtimeMs);
if (existsSync(index) && statSync(index).mtimeMs >= sources) {
  console.log('Web app is up to date (web/dist).');
} else {
  console.log(existsSync(index) ? 'Web sources changed: rebuilding web/dist…' : 'Building the web app into web/dist…');
  // Always a production build, whatever NODE_ENV says (vitest sets it to `test`, and Vite
  // would then build Svelte's development code into what `npm start` serves).
  process.env.NODE_ENV = 'production';
  await build({ configFile: join(web, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  console.log('Web app built.');
}
