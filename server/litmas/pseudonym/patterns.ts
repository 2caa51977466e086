import type { PlaceholderKind } from './kinds.ts';

/** A piece of text found to be an identity. */
export interface Span {
  start: number;
  end: number;
  kind: PlaceholderKind;
  /** Lower wins on a tie in length: recorded values, then patterns, then names found by cue. */
  rank: number;
}

const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des';
/** A written date: "12 Mei 2009", "12/05/2009", "12-05-2009", "12.05.2009", "2009-05-12". */
export const DATE_SRC = `(?:\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

const DATE_ONLY = new RegExp(`^${DATE_SRC}$`, 'i');

// Vehicle plate region codes (1–2 letters) of Indonesia.
const PLATE_REGIONS =
  'A|B|D|E|F|G|H|K|L|M|N|P|R|S|T|W|Z|AA|AB|AD|AE|AG|BA|BB|BD|BE|BG|BH|BK|BL|BM|BN|BP|DA|DB|DC|DD|DE|DG|DH|DK|DL|DM|DN|DR|DS|DT|DW|EA|EB|ED|KB|KH|KT|KU|PA|PB|PG|PY';

/** The detectors that need no vocabulary: each regex's group 1 (or whole match) is the identity. */
const PATTERNS: { kind: PlaceholderKind; re: RegExp }[] = [
  // E-mail addresses.
  { kind: 'EMAIL', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu },
  // NIK / KK: 16 digits in any grouping (4-4-4-4, 6.6.4, spaces, dashes, dots).
  { kind: 'NIK', re: /(?<![\d.,])\d(?:[ .-]?\d){15}(?!\d|[.,]\d)/g },
  // Mobile numbers: 08…, 628…, +62 8…, +62 (812) …, with dots, spaces, dashes.
  { kind: 'TELEPON', re: /(?<![\w+])(?:\+\s?62|62|0)[\s.-]?\(?\s?8\d{1,2}\s?\)?(?:[\s.-]?\d){6,10}(?!\d)/g },
  // Landlines: (0561) 734567, 021-7654321, 0274 512345, +62 21 7654321.
  { kind: 'TELEPON', re: /(?<![\w+])(?:\(0\d{2,3}\)|(?:\+\s?62|0)[\s-]?\(?[1-79]\d{1,2}\)?)[\s.-]?\d{3,4}[\s.-]?\d{2,5}(?!\d)/g },
  // Any number after a phone cue ("HP: 0813…", "telp. 734567", "WA 62…").
  {
    kind: 'TELEPON',
    re: /\b(?:telp|tlp|telepon|telpon|hp|handphone|ponsel|wa|whatsapp|no\.?\s*hp|nomor\s+hp|nomor\s+telepon)\b\.?\s*:?\s*(\+?\(?\d[\d\s.\-()]{5,18}\d)/giu,
  },
  // Vehicle plates: "B 1234 XYZ", "KB 4321 AB", "b 1234 xyz" after a plate cue.
  { kind: 'PLAT', re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLATE_REGIONS})\\s?\\d{1,4}\\s?(?!RT\\b|RW\\b)[A-Z]{1,3}(?![\\p{L}\\p{N}])`, 'gu') },
  { kind: 'PLAT', re: /\b(?:(?:ber)?nopol|no\.?\s*pol|(?:ber)?plat|pelat|nomor\s+polisi)\b\.?\s*:?\s*(?:nomor\s+)?([a-z]{1,2}\s?\d{1,4}\s?[a-z]{1,3})\b/giu },
  // Bank accounts: digits after "rekening"/"rek." (and a bank's name).
  {
    kind: 'REKENING',
    re: /\b(?:rekening|norek|no\.?\s*rek|rek)\b\.?(?:\s+(?:nomor|no\.?))?(?:\s+(?:bank\s+)?[A-Za-z]{2,10})?\s*:?\s*(\d[\d\s.-]{4,24}\d)/giu,
  },
  // Student numbers: NISN, NIS, NIM, NPM.
  { kind: 'NOMOR', re: /\b(?:NISN|NIS|NIM|NPM)\b\.?\s*:?\s*(\d{4,15})/giu },
  // Case, register and letter numbers: "LP/B/456/XI/2026/SPKT", "12/Pid.Sus-Anak/2026/PN Jkt.Pst", "W10.PAS-123".
  {
    kind: 'NOMOR',
    re: /(?<![\p{L}\p{N}/])[\p{L}\p{N}][\w.-]*(?:\s?\/\s?[\p{L}\p{N}][\w.-]*){2,}(?:\s[A-Z][\w.]*[A-Za-z.](?:\s[A-Z][\w.]*[A-Za-z.])?(?=[\s,;)]|$))?/gu,
  },
  // Register numbers (Register B.I etc.) and numbers after a document cue.
  {
    kind: 'NOMOR',
    re: /\b(?:register|registrasi|reg|perkara|putusan|penetapan|surat|sprin|sprindik|laporan\s+polisi|LP|BAP|SKCK|paspor|akta)\b\.?(?:\s+(?:nomor|no\.?|nmr))?\s*:?\s*([A-Za-z]{0,6}[.-]?\s?\d[\w]*[/.-][\w.\-/]*\d\w*)/giu,
  },
  // Birth dates written in the narrative ("lahir di Pontianak, 12 Mei 2009"; "TTL: …, 12-05-2009").
  { kind: 'TGL_LAHIR', re: new RegExp(`\\b(?:lahir|kelahiran|ttl|tgl\\.?\\s*lahir)\\b[^.\\n;]{0,40}?(${DATE_SRC})`, 'giu') },
];

/** Every identity that the patterns find in a text. */
export function patternSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const value = m[1] ?? m[0];
      const start = m.index + (m[1] ? m[0].indexOf(m[1]) : 0);
      const trimmed = value.replace(/[\s.-]+$/, '');
      if (kind === 'NOMOR' && (!/\d/.test(trimmed) || DATE_ONLY.test(trimmed))) continue;
      // A value found after its cue ("NISN 0101…") is surer than one found by its shape.
      out.push({ start, end: start + trimmed.length, kind, rank: m[1] ? 0.5 : 1 });
    }
  }
  return out;
}
