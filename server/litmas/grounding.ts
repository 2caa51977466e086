import type { DraftContent, Flag } from './draft.ts';

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTH_RE = MONTHS.join('|');

/** Capitalised words that are ordinary in a litmas and never names on their own. */
const COMMON = new Set(
  `klien anak bapas pembimbing kemasyarakatan pasal ayat huruf kepala kanwil lapas rutan lpka pengadilan negeri kejaksaan
  kepolisian polres polsek polda indonesia republik tuhan yang maha esa islam kristen katolik protestan hindu buddha budha
  konghucu sd smp sma smk mts ma mi paket perguruan tinggi universitas pada dalam berdasarkan menurut selain hal saat sejak
  setelah sebelum kemudian selama dengan oleh untuk hasil tidak ia dia mereka keluarga korban masyarakat pemerintah orang
  ayah ibu saudara kakak adik kondisi lingkungan tanggapan riwayat sumber data pihak sebagai namun akan telah sudah belum
  adapun terkait atas bahwa secara meskipun walaupun karena sehingga apabila jika bila maka perlu diperlukan dapat ini itu
  tersebut dari di ke program pembinaan asesmen tingkat skor kebutuhan domain rekomendasi kesimpulan analisis saran sesuai
  mengingat menimbang sementara hingga sampai baik juga para seluruh semua beberapa tim wawancara dokumen observasi kunjungan
  pendidikan pekerjaan rri rendah sedang tinggi sangat register litmas diversi sidang dewasa asimilasi pembebasan bersyarat
  cuti menjelang bebas mengunjungi pemindahan pembimbingan perawatan tahanan narapidana warga binaan penjamin wali suami istri
  kementerian imigrasi pemasyarakatan direktorat jenderal kabupaten kota kecamatan kelurahan desa provinsi rt rw kuhp kuhap
  uu undang pp peraturan nomor tahun tpp penelitian identitas senin selasa rabu kamis jumat sabtu minggu perlu data
  evaluasi orang tua catatan perilaku kronologi akibat keterangan relasi sikap pemanfaatan pengelolaan keuangan`
    .split(/\s+/)
    .filter(Boolean),
);

function isoFrom(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Every date written in a text, as ISO strings (dd Month yyyy, yyyy-mm-dd, dd/mm/yyyy). */
export function datesIn(text: string): { raw: string; iso: string }[] {
  const out: { raw: string; iso: string }[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})\\b`, 'gi'))) {
    out.push({ raw: m[0], iso: isoFrom(m[1], String(MONTHS.indexOf(m[2].toLowerCase()) + 1), m[3]) });
  }
  // Also the date part of a date-time (2026-11-27T02:00:00Z).
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) out.push({ raw: m[0], iso: m[0] });
  for (const m of text.matchAll(/\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/g)) out.push({ raw: m[0], iso: isoFrom(m[1], m[2], m[3]) });
  return out;
}

const ARTICLE_RE = /\bPasal\s+\d+[A-Za-z]?(?:\s+ayat\s+\(\d+\))?(?:\s+huruf\s+[a-z]\b)?|\b(?:UU|Undang-Undang)\s+(?:Nomor|No\.?)\s*\d+\s+Tahun\s+\d{4}/gi;
const NUMBER_RE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;
const NAME_RE = /(?<![\p{L}])\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+)*/gu;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 1.250.000 and 1250000 are the same number; 12,5 and 12.5 too. */
function normNumber(s: string): string {
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return s.replace(/\./g, '');
  return s.replace(',', '.');
}

/** What the facts say, indexed for lookups. */
export class FactCorpus {
  readonly text: string;
  readonly words: Set<string>;
  readonly numbers: Set<string>;
  readonly dates: Set<string>;

  /** Whether the facts hold this phrase as whole words ("Pasal 8" is not in "Pasal 80"). */
  hasPhrase(phrase: string): boolean {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(norm(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(this.text);
  }

  constructor(values: string[]) {
    this.text = norm(values.join('\n'));
    this.words = new Set(this.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const joined = values.join('\n');
    this.dates = new Set(datesIn(joined).map((d) => d.iso));
    this.numbers = new Set([...joined.matchAll(NUMBER_RE)].map((m) => normNumber(m[0])));
    for (const d of this.dates) for (const part of d.split('-')) this.numbers.add(String(Number(part)));
  }
}

/** Looks like an affixed Indonesian word (di-…-kan, ber-…-an, …), not a name. */
const AFFIXED = /^(?:di|ter|ber|be|me|mem|men|meng|meny|pe|pem|pen|peng|per|ke|se)\p{L}{3,}(?:kan|an|i|nya|lah)$/iu;

/**
 * A capitalised word alone at the start of a sentence is usually just a capitalised
 * word: it counts as a name only when it is not an affixed word and the text never
 * uses it in lower case.
 */
function ordinarySentenceStart(text: string, index: number, word: string, lowerText: string): boolean {
  const before = text.slice(0, index);
  if (before.trim() !== '' && !/[.!?:;]\s*$/.test(before)) return false;
  const lower = word.toLowerCase();
  return AFFIXED.test(word) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(lowerText.replace(word, ''));
}

/** Flags in one paragraph: numbers, dates, proper names and article references the facts do not hold. */
export function flagsInText(text: string, corpus: FactCorpus): { kind: Flag['kind']; text: string }[] {
  const found: { kind: Flag['kind']; text: string }[] = [];
  // A placeholder left after restoring stands for nothing the facts hold.
  for (const m of text.matchAll(/\[[A-Z]+_\d+(?:_\d+)?\]/g)) found.push({ kind: 'name', text: m[0] });
  let rest = text.replace(/\[[A-Z]+_\d+(?:_\d+)?\]/g, ' ');
  for (const m of rest.matchAll(ARTICLE_RE)) {
    if (!corpus.hasPhrase(m[0])) found.push({ kind: 'article', text: m[0] });
  }
  rest = rest.replace(ARTICLE_RE, ' ');
  for (const d of datesIn(rest)) {
    if (!corpus.dates.has(d.iso) && !corpus.hasPhrase(d.raw)) found.push({ kind: 'date', text: d.raw });
    rest = rest.replace(d.raw, ' ');
  }
  for (const m of rest.matchAll(NUMBER_RE)) {
    if (!corpus.numbers.has(normNumber(m[0]))) found.push({ kind: 'number', text: m[0] });
  }
  for (const m of rest.matchAll(NAME_RE)) {
    if (!m[0].includes(' ') && ordinarySentenceStart(rest, m.index, m[0], text)) continue;
    const words = m[0].split(/\s+/).filter((w) => !COMMON.has(w.toLowerCase()));
    const unknown = words.filter((w) => !corpus.words.has(w.toLowerCase()));
    if (unknown.length > 0) found.push({ kind: 'name', text: words.join(' ') });
  }
  return found;
}

/** Checks a whole draft: every flag of every paragraph and every cited fact id that does not exist. */
export function groundingFlags(content: Pick<DraftContent, 'sections' | 'options'>, corpus: FactCorpus, factIds: Set<string>): Flag[] {
  const flags: Flag[] = [];
  const add = (section: string, paragraph: number, kind: Flag['kind'], text: string) => {
    const id = `${section}:${paragraph}:${kind}:${text}`;
    if (!flags.some((f) => f.id === id)) flags.push({ id, section, paragraph, kind, text, acknowledged_by: null });
  };
  const check = (section: string, i: number, p: { text: string; fact_ids: string[] }) => {
    for (const f of flagsInText(p.text, corpus)) add(section, i, f.kind, f.text);
    for (const id of p.fact_ids) if (!factIds.has(id)) add(section, i, 'fact_id', id);
  };
  for (const s of content.sections) s.paragraphs.forEach((p, i) => check(s.key, i, p));
  content.options.kesimpulan.forEach((o, i) => check('kesimpulan', i, o));
  content.options.rekomendasi.forEach((o, i) => check('rekomendasi', i, o));
  return flags;
}
