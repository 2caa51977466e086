import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from './lexicon.ts';

/**
 * Indonesian place names from the `idn-area-data` package (bundled from npm, read from
 * node_modules, never fetched): provinces and regencies, which identify nobody and stay
 * in the text, and villages (kelurahan/desa), which narrow an address down and are hidden.
 */
export interface Gazetteer {
  /** Provinces and regencies/cities, without "Kabupaten"/"Kota" ("jakarta pusat", "pontianak"). */
  regions: Set<string>;
  /** District (kecamatan) names. */
  districts: Set<string>;
  /** Village names that are not also a region's name. */
  villages: Set<string>;
  /** The most words in any name, for phrase lookups. */
  maxWords: number;
}

let cached: Gazetteer | undefined;

function names(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    // The name is the last column; a few are quoted ("Lubuk Pakam I,II", "Soka""an").
    const m = /,(?:"((?:[^"]|"")*)"|([^,]*))\s*$/.exec(line);
    const name = m ? (m[1]?.replace(/""/g, '"') ?? m[2]) : '';
    if (name) out.push(fold(name));
  }
  return out;
}

/** The gazetteer, read once on first use (about 90,000 names). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const dir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
  const regions = new Set<string>();
  for (const n of [...names(dir, 'provinces.csv'), ...names(dir, 'regencies.csv')]) {
    regions.add(n.replace(/^(?:kabupaten|kota administrasi|kota)\s+/, ''));
  }
  // "DKI Jakarta", "Daerah Istimewa Yogyakarta": the usual short forms too.
  for (const n of ['jakarta', 'yogyakarta', 'jogja', 'jogjakarta', 'aceh', 'papua']) regions.add(n);
  const districts = new Set(names(dir, 'districts.csv'));
  const villages = new Set(names(dir, 'villages.csv').filter((v) => !regions.has(v)));
  let maxWords = 1;
  for (const set of [regions, districts, villages]) for (const n of set) maxWords = Math.max(maxWords, n.split(' ').length);
  cached = { regions, districts, villages, maxWords: Math.min(maxWords, 5) };
  return cached;
}
