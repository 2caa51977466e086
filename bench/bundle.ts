/** Gzip size of the production JavaScript the occupancy page loads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUNDLE_LIMIT_KB = 350;

export interface BundleResult {
  files: { file: string; raw: number; gzip: number }[];
  gzipKb: number;
  pass: boolean;
}

/**
 * Sums every JS file the built index.html pulls in, directly or through static
 * imports (modulepreload), which is what a first visit to the occupancy page loads.
 * Lazily loaded chunks are counted too, as the page's charts need them all.
 */
export function measureBundle(distDir: string): BundleResult {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(assets, f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const gzipKb = files.reduce((s, f) => s + f.gzip, 0) / 1024;
  return { files, gzipKb, pass: gzipKb <= BUNDLE_LIMIT_KB };
}
