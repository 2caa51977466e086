import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COMMON_WORDS, fold } from './lexicon.ts';

let cached: Set<string> | undefined;
let list: string[] | undefined;
let frequent: Set<string> | undefined;
let frequent5k: Set<string> | undefined;

function words(): string[] {
  if (list) return list;
  const dir = dirname(createRequire(import.meta.url).resolve('@zxcvbn-ts/language-id/package.json'));
  list = (JSON.parse(readFileSync(join(dir, 'src', 'commonWords.json'), 'utf8')) as string[]).map(fold);
  return list;
}

/**
 * About 20,000 frequent Indonesian words (the word list of `@zxcvbn-ts/language-id`,
 * bundled from npm) plus our own lexicon: a capitalised word found here is an ordinary
 * word written with a capital ("Surat Keterangan", "Berita Acara"), not a name, unless a
 * cue says otherwise. Read once on first use.
 */
export function commonWords(): Set<string> {
  cached ??= new Set([...words(), ...COMMON_WORDS]);
  return cached;
}

/**
 * The 3,000 (or 5,000) most frequent of those: a lower-case word after a title (or a
 * kinship word) that is not among them may be a name ("pak budi", "adiknya rina"); the
 * list is drawn from film subtitles, so rarer names ("rina", rank 14,000) are in the full
 * list too, while "budi" (3,848) is as frequent as "tegas" (4,136).
 */
export function frequentWords(top: 3000 | 5000 = 3000): Set<string> {
  if (top === 5000) {
    frequent5k ??= new Set([...words().slice(0, 5000), ...COMMON_WORDS]);
    return frequent5k;
  }
  frequent ??= new Set([...words().slice(0, 3000), ...COMMON_WORDS]);
  return frequent;
}

let names: Set<string> | undefined;

/** About 1,500 Indonesian given names and surnames (the same package's list). */
export function knownNames(): Set<string> {
  if (names) return names;
  const dir = dirname(createRequire(import.meta.url).resolve('@zxcvbn-ts/language-id/package.json'));
  names = new Set((JSON.parse(readFileSync(join(dir, 'src', 'names.json'), 'utf8')) as string[]).map(fold));
  return names;
}
