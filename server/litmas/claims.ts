/**
 * Parsers for the checkable statements of a litmas text: dates, rupiah amounts, ages,
 * and references to articles and laws. The grounding check compares what a draft
 * claims with what the facts hold, each in its own terms.
 */

const MONTHS: [string, number][] = [
  ['januari', 1],
  ['jan', 1],
  ['februari', 2],
  ['pebruari', 2],
  ['feb', 2],
  ['maret', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mei', 5],
  ['juni', 6],
  ['jun', 6],
  ['juli', 7],
  ['jul', 7],
  ['agustus', 8],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['oktober', 10],
  ['okt', 10],
  ['november', 11],
  ['nov', 11],
  ['nop', 11],
  ['desember', 12],
  ['des', 12],
];
const MONTH_NO = new Map(MONTHS);
const MONTH_RE = MONTHS.map(([m]) => m).join('|');

export interface Found<T> {
  raw: string;
  index: number;
  value: T;
}

const iso = (y: string | number, m: string | number, d: string | number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Every full date in a text, as ISO strings: "12 Mei 2009", "12/05/2009", "12-05-2009", "12.05.2009", "2009-05-12". */
export function datesIn(text: string): Found<string>[] {
  const out: Found<string>[] = [];
  for (const m of text.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_RE})\\.?\\s+(\\d{4})(?!\\d)`, 'gi'))) {
    out.push({ raw: m[0], index: m.index, value: iso(m[3], MONTH_NO.get(m[2].toLowerCase())!, m[1]) });
  }
  // Also the date part of a date-time (2026-11-27T02:00:00Z).
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) out.push({ raw: m[0], index: m.index, value: m[0] });
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/g)) {
    out.push({ raw: m[0], index: m.index, value: iso(m[4], m[3], m[1]) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Month and year without a day ("November 2026"), as yyyy-mm. */
export function monthYearsIn(text: string): Found<string>[] {
  return [...text.matchAll(new RegExp(`(?<![\\d\\s]\\s|\\d)(?<!\\d\\s)\\b(${MONTH_RE})\\.?\\s+(\\d{4})(?!\\d)`, 'gi'))].map((m) => ({
    raw: m[0],
    index: m.index,
    value: `${m[2]}-${String(MONTH_NO.get(m[1].toLowerCase())).padStart(2, '0')}`,
  }));
}

const MULTIPLIER: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?`;
const AMOUNT_RE = new RegExp(
  String.raw`Rp\.?\s?${NUM}(?:\s?(ribu|rb|juta|jt|miliar|milyar|triliun)\b)?(?:,-|\.-)?|(?<![\d.,])${NUM}\s?(ribu|rb|juta|jt|miliar|milyar|triliun)\b(?:\s+rupiah)?|(?<![\d.,])${NUM}\s+rupiah\b`,
  'gi',
);

/** Every rupiah amount in a text, in rupiah: "Rp 1.500.000", "Rp1,5 juta", "3 juta rupiah", "750.000 rupiah". */
export function amountsIn(text: string): Found<number>[] {
  const out: Found<number>[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [int, dec, unit] = m[1] !== undefined ? [m[1], m[2], m[3]] : m[4] !== undefined ? [m[4], m[5], m[6]] : [m[7], m[8], undefined];
    const value = Number(`${int.replace(/\./g, '')}.${dec ?? '0'}`) * (unit ? MULTIPLIER[unit.toLowerCase()] : 1);
    out.push({ raw: m[0], index: m.index, value: Math.round(value) });
  }
  return out;
}

/** Ages stated beside "usia/umur/berusia" and "tahun": "berusia 16 tahun", "usia klien 16 tahun", "umurnya ±16 thn". */
export function agesIn(text: string): Found<number>[] {
  const re =
    /\b(?:usia|umur|berusia|berumur|usianya|umurnya)\b(?:\s+(?![\d±]|sekitar)[\p{L}'’-]+){0,3}?\s+(?:sekitar\s+|kurang lebih\s+|±\s?)?(\d{1,3})\s*(?:tahun|thn|th)\b/giu;
  return [...text.matchAll(re)].map((m) => ({ raw: m[0], index: m.index, value: Number(m[1]) }));
}

/** A reference to an article and/or a law. `law` is a normalised key ("kuhp", "uu 11/2012"). */
export interface LegalRef {
  article: string | null;
  ayat: string | null;
  law: string | null;
}

const NAMED_LAWS: [RegExp, string][] = [
  [/\bKUHAP\b|Kitab Undang-Undang Hukum Acara Pidana/i, 'kuhap'],
  [/\bKUHP(?:idana)?\b|Kitab Undang-Undang Hukum Pidana/i, 'kuhp'],
  [/\bUU\s+SPPA\b|Sistem Peradilan Pidana Anak/i, 'uu 11/2012'],
  [/\bUU\s+Pemasyarakatan\b/i, 'uu 22/2022'],
  [/\bUU\s+Narkotika\b/i, 'uu 35/2009'],
  [/\bUU\s+PDP\b|Pelindungan Data Pribadi/i, 'uu 27/2022'],
];
const NUMBERED_LAW =
  /\b(UU|Undang-Undang|PP|Peraturan Pemerintah|Permenkumham|Permenimipas|Perma|Perpres|Keppres|Perpol|Perkap)\s*(?:RI\s+)?(?:Nomor|Nomer|No\.?)?\s*(\d+)\s*(?:\/\s*|\s+Tahun\s+)(\d{4})/gi;
const LAW_KIND: Record<string, string> = { 'undang-undang': 'uu', 'peraturan pemerintah': 'pp' };

/** The law a piece of text names first, normalised. */
function lawIn(text: string): { law: string; index: number; raw: string } | null {
  const first = new RegExp(NUMBERED_LAW.source, 'i').exec(text);
  let best: { law: string; index: number; raw: string } | null = first
    ? { law: `${LAW_KIND[first[1].toLowerCase()] ?? first[1].toLowerCase()} ${Number(first[2])}/${first[3]}`, index: first.index, raw: first[0] }
    : null;
  for (const [re, law] of NAMED_LAWS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { law, index: m.index, raw: m[0] };
  }
  return best;
}

/**
 * Every article reference ("Pasal 363 ayat (1) KUHP", "Pasal 80 ayat (1) jo. Pasal 76C UU
 * 35/2014") with the law written after it, and every law named on its own ("UU 11/2012",
 * "PP Nomor 65 Tahun 2015").
 */
export function legalRefsIn(text: string): Found<LegalRef>[] {
  const out: Found<LegalRef>[] = [];
  const articles = [...text.matchAll(/\bPasal\s+(\d+[A-Z]?)((?:\s+ayat\s+\(\d+\))*)(?:\s+huruf\s+[a-z]\b)?/gi)];
  articles.forEach((m, i) => {
    const next = articles[i + 1]?.index ?? text.length;
    // The law is the next one named before another article or the sentence's end.
    const tail = text.slice(m.index + m[0].length, Math.min(next, m.index + m[0].length + 80)).split(/[.;](?:\s|$)/)[0];
    const law = lawIn(tail);
    const ayat = /\((\d+)\)/.exec(m[2] ?? '')?.[1] ?? null;
    // "Pasal 55 ayat (1) ke-1 KUHP" and "jo." chains: only a law within a few words counts.
    const near = law && tail.slice(0, law.index).split(/\s+/).filter(Boolean).length <= 4 ? law.law : null;
    out.push({ raw: m[0], index: m.index, value: { article: m[1].toUpperCase(), ayat, law: near } });
  });
  // "Pasal 80 ayat (1) jo. Pasal 76C UU 35/2014": both articles are of that law.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = articles[i];
    const between = text.slice(a.index + a[0].length, articles[i + 1].index);
    if (!out[i].value.law && /^\s*(?:jo\.?|juncto|dan|,|serta)\s*$/i.test(between)) out[i].value.law = out[i + 1].value.law;
  }
  // Laws named without an article.
  const masked = text.replace(/\bPasal\s+\d+[A-Z]?(?:(?:\s+ayat\s+\(\d+\))*(?:\s+huruf\s+[a-z]\b)?(?:\s+ke-?\d+)?(?:\s+\S+){0,4})?/gi, (s) =>
    ' '.repeat(s.length),
  );
  for (const m of masked.matchAll(NUMBERED_LAW)) {
    const kind = LAW_KIND[m[1].toLowerCase()] ?? m[1].toLowerCase();
    out.push({ raw: m[0], index: m.index, value: { article: null, ayat: null, law: `${kind} ${Number(m[2])}/${m[3]}` } });
  }
  return out.sort((a, b) => a.index - b.index);
}
