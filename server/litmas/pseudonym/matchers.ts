import type { PlaceholderKind } from './kinds.ts';
import { fold } from './lexicon.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word boundaries are checked in code (see `WORD_BOUNDED`): a regex with \p{L} costs a millisecond to compile, per value.
const B = '';
const E = '';
const APOS = "['’‘`´]?";

/** A word, any apostrophe optional between its letters ("Ma'ruf" = "Maruf" = "Ma’ruf"). */
function wordRe(word: string): string {
  return [...fold(word).replace(/[^\p{L}\p{N}]/gu, '')].map(escapeRe).join(APOS);
}

/** Words joined by any spacing, hyphen or none ("Al-Fatih" = "Al Fatih" = "Alfatih"). */
function wordsRe(words: string[], sep = "[\\s\\-.'’]*"): string {
  return words.map(wordRe).join(sep);
}

const ABBREV: Record<string, string> = {
  jl: 'jl|jln|jalan',
  jln: 'jl|jln|jalan',
  jalan: 'jl|jln|jalan',
  gg: 'gg|gang',
  gang: 'gg|gang',
  no: 'no|nomor|nmr',
  nomor: 'no|nomor|nmr',
  kel: 'kel|kelurahan',
  kelurahan: 'kel|kelurahan',
  kec: 'kec|kecamatan',
  kecamatan: 'kec|kecamatan',
  ds: 'ds|desa',
  desa: 'ds|desa',
  dsn: 'dsn|dusun',
  dusun: 'dsn|dusun',
  kp: 'kp|kampung',
  kampung: 'kp|kampung',
  perum: 'perum|perumahan',
  perumahan: 'perum|perumahan',
  komp: 'komp|komplek|kompleks',
  komplek: 'komp|komplek|kompleks',
  kompleks: 'komp|komplek|kompleks',
  blok: 'blok|blk',
  blk: 'blok|blk',
};

/** Kinds whose matches must stand as whole words (the digit kinds guard their own edges). */
export const WORD_BOUNDED = new Set<PlaceholderKind>(['NAMA', 'ALAMAT', 'NOMOR', 'PLAT', 'EMAIL', 'TGL_LAHIR']);

/**
 * The regex source that finds a recorded value in any case, spacing or spelling variant
 * (used with the flags `gi`; whole-word edges are checked by the caller for `WORD_BOUNDED` kinds).
 */
export function variantSource(kind: PlaceholderKind, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  switch (kind) {
    case 'NIK':
    case 'REKENING': {
      const digits = v.replace(/\D/g, '');
      return digits.length >= 5 ? `(?<!\\d)${[...digits].join('[\\s.\\-]?')}(?!\\d)` : null;
    }
    case 'TELEPON': {
      let digits = v.replace(/\D/g, '');
      digits = digits.replace(/^(?:62|0)/, '');
      if (digits.length < 6) return null;
      return `(?<![\\d+])(?:(?:\\((?=[^)]{1,8}\\))\\s?)?(?:\\+\\s?62|62|0)\\s?\\)?[\\s.\\-]*(?:\\((?=[^)]{1,6}\\)))?)?${[...digits].join('[\\s.\\-()]*')}(?!\\d)`;
    }
    case 'ALAMAT': {
      const parts = v.split(/[\s,.;:/]+/).filter(Boolean);
      const re = parts
        .map((p) => {
          const k = fold(p);
          if (ABBREV[k]) return `(?:${ABBREV[k]})\\.?`;
          if (/^\d+$/.test(p)) return `0*${String(Number(p))}`;
          return wordRe(p);
        })
        .join('[\\s,.;:/]*');
      return `${B}${re}${E}`;
    }
    case 'NOMOR':
    case 'PLAT':
    case 'EMAIL': {
      const parts = v.split(/[\s/.-]+/).filter(Boolean);
      return `${B}${parts.map(escapeRe).join('\\s*[\\s/.\\-]\\s*')}${E}`;
    }
    case 'TGL_LAHIR':
      return dateVariants(v);
    case 'NAMA':
      return `${B}${wordsRe(v.split(/[\s-]+/).filter(Boolean))}${E}`;
  }
}

const MONTHS = [
  'januari|jan',
  'februari|feb|pebruari',
  'maret|mar',
  'april|apr',
  'mei',
  'juni|jun',
  'juli|jul',
  'agustus|agu|agt|ags',
  'september|sep|sept',
  'oktober|okt',
  'november|nov|nop',
  'desember|des',
];

/** A date in every way it is written: 2009-05-12, 12/05/2009, 12-5-2009, 12.05.2009, 12 Mei 2009. */
function dateVariants(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  const dd = `0?${Number(d)}`;
  const mm = `0?${Number(mo)}`;
  return `${B}(?:${y}-${mo}-${d}|${dd}[/.\\-]${mm}[/.\\-]${y}|${dd}\\s+(?:${MONTHS[Number(mo) - 1]})\\.?\\s+${y})${E}`;
}
