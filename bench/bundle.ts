/** Gzip size of the production JavaScript the occupancy page loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUNDLE_LIMIT_KB = 350;

export interface BundleResult {
  files: { file: string; raw: number; gzip: number }[];
  gzipKb: number;
  pass: boolean;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/**
 * Sums the JS a visit to the occupancy page loads: the entry chunk and the page's
 * chunk, each with everything they import statically (from Vite's manifest). Pages
 * the visit never opens (litmas, users, audit) are separate chunks and not counted.
 */
export function measureBundle(distDir: string, page = 'src/modules/occupancy/OccupancyPage.svelte'): BundleResult {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  if (!manifest[page]) throw new Error(`${page} is not a chunk of the build: is it still loaded lazily?`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  visit('index.html');
  visit(page);
  const files = [...seen]
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(distDir, f));
      return { file: f.replace(/^assets\//, ''), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const gzipKb = files.reduce((s, f) => s + f.gzip, 0) / 1024;
  return { files, gzipKb, pass: gzipKb <= BUNDLE_LIMIT_KB };
}
