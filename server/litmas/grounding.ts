import { agesIn, amountsIn, datesIn, legalRefsIn, monthYearsIn, type LegalRef } from './claims.ts';
import type { DraftContent, Flag } from './draft.ts';
import { decisionOptions, oneSided } from './options.ts';
import { leftoverPlaceholders } from './pseudonym/placeholders.ts';
import { contradictions, recordedStances, type Party } from './stance.ts';

export { datesIn } from './claims.ts';

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
  evaluasi orang tua catatan perilaku kronologi akibat keterangan relasi sikap pemanfaatan pengelolaan keuangan rp idr
  januari februari maret april mei juni juli agustus september oktober november desember usia umur pidana tindak hukum
  dasar petunjuk penyusunan sistem dihitung lahir tanggal jam hari bulan`
    .split(/\s+/)
    .filter(Boolean),
);

const PLACEHOLDER_RE = /\[(?:NAMA|NIK|TELEPON|ALAMAT|NOMOR|EMAIL|PLAT|REKENING|TGL_LAHIR)_\d+(?:_\d+)?\]/g;
const NUMBER_RE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;
// Names keep their apostrophes and hyphens: "Nur'aini", "Ma'ruf", "Al-Fatih" are words.
const NAME_RE = /(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*(?:\s+\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*)*/gu;

/** Folds for comparison: lower case, apostrophes gone, spaces collapsed. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 1.250.000 and 1250000 are the same number; 12,5 and 12.5 too. */
function normNumber(s: string): string {
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return s.replace(/\./g, '');
  return s.replace(',', '.');
}

interface Claims {
  dates: Set<string>;
  monthYears: Set<string>;
  amounts: Set<number>;
  ages: Set<number>;
}

/** The dates, amounts and ages some texts state. */
function claimsOf(texts: string[]): Claims {
  const joined = texts.join('\n');
  const dates = new Set(datesIn(joined).map((d) => d.value));
  const ages = new Set(agesIn(joined).map((a) => a.value));
  // "usia: 45" (a family member's recorded age) and "16 tahun" as the value of an age fact.
  for (const v of texts) {
    const m = /\busia\b[^\n]*?(?:=|:)\s*(\d{1,3})\b/i.exec(v) ?? /(?:^|:\s*)(\d{1,3}) tahun$/.exec(v.trim());
    if (m) ages.add(Number(m[1]));
  }
  return {
    dates,
    monthYears: new Set([...monthYearsIn(joined).map((d) => d.value), ...[...dates].map((d) => d.slice(0, 7))]),
    amounts: new Set(amountsIn(joined).map((a) => a.value)),
    ages,
  };
}

/** What the facts say, indexed for lookups: words, numbers, dates, amounts, ages, legal references, stances. */
export class FactCorpus {
  readonly text: string;
  readonly words: Set<string>;
  readonly numbers: Set<string>;
  readonly dates: Set<string>;
  readonly monthYears: Set<string>;
  readonly amounts: Set<number>;
  readonly ages: Set<number>;
  readonly refs: LegalRef[];
  readonly stances: Map<Party, -1 | 1>;
  /** Dates, amounts and ages of each fact by id, and of what no id names (the request, the legal bases). */
  private readonly byFact = new Map<string, Claims>();
  private readonly unnamed: Claims;

  /**
   * `values`: every fact value and label; `legal`: the legal bases the prompt supplies;
   * `stances`: what each party's recorded response says.
   */
  constructor(
    values: string[],
    opts: { legal?: string[]; stances?: { party: Party; text: string }[]; facts?: { id: string; label: string; value: string }[] } = {},
  ) {
    const facts = opts.facts ?? [];
    const all = [...values, ...(opts.legal ?? []), ...facts.map((f) => `${f.label}: ${f.value}`)];
    const joined = all.join('\n');
    this.text = fold(joined);
    this.words = new Set(this.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const claims = claimsOf(all);
    this.dates = claims.dates;
    this.monthYears = claims.monthYears;
    this.amounts = claims.amounts;
    this.ages = claims.ages;
    this.numbers = new Set([...joined.matchAll(NUMBER_RE)].map((m) => normNumber(m[0])));
    for (const d of this.dates) for (const part of d.split('-')) this.numbers.add(String(Number(part)));
    for (const a of this.amounts) this.numbers.add(String(a));
    this.refs = legalRefsIn(joined).map((r) => r.value);
    this.stances = recordedStances(opts.stances ?? []);
    for (const f of facts) this.byFact.set(f.id, claimsOf([`${f.label}: ${f.value}`]));
    this.unnamed = claimsOf([...values, ...(opts.legal ?? [])]);
  }

  /**
   * The dates, amounts and ages a paragraph may state: those of the facts it cites (and
   * of the request), when the corpus knows facts by id; else those of the whole corpus.
   */
  scope(cited?: string[]): Claims {
    if (!cited || this.byFact.size === 0) return { dates: this.dates, monthYears: this.monthYears, amounts: this.amounts, ages: this.ages };
    const out: Claims = {
      dates: new Set(this.unnamed.dates),
      monthYears: new Set(this.unnamed.monthYears),
      amounts: new Set(this.unnamed.amounts),
      ages: new Set(this.unnamed.ages),
    };
    for (const id of cited) {
      const c = this.byFact.get(id);
      if (!c) continue;
      for (const k of ['dates', 'monthYears', 'amounts', 'ages'] as const)
        for (const v of c[k] as Set<string | number>) (out[k] as Set<string | number>).add(v);
    }
    return out;
  }

  /** Whether the facts hold this phrase as whole words ("Pasal 8" is not in "Pasal 80"). */
  hasPhrase(phrase: string): boolean {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(fold(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(this.text);
  }

  /** Whether a legal reference is one the facts or the prompt's legal bases make: same article, same law, same ayat where both say. */
  hasRef(r: LegalRef): boolean {
    if (!r.article) return this.refs.some((x) => x.law === r.law);
    return this.refs.some((x) => x.article === r.article && (!r.law || !x.law || x.law === r.law) && (!r.ayat || !x.ayat || x.ayat === r.ayat));
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
  return AFFIXED.test(word) || new RegExp(`(?<![\\p{L}])${escapeRe(lower)}(?![\\p{L}])`, 'u').test(lowerText.replace(word, ''));
}

type Found = { kind: Flag['kind']; text: string; blocking?: boolean; note?: string };

/** Blanks out a found claim so that no later check reads it again (offsets stay). */
const blank = (s: string, index: number, len: number) => s.slice(0, index) + ' '.repeat(len) + s.slice(index + len);

/**
 * Flags in one paragraph, each claim checked in its own terms: placeholders left over
 * (blocking), articles by number and law, rupiah amounts by value, dates by day, month
 * and year, ages beside "usia/tahun" (these three against the facts the paragraph
 * cites, when `cited` is given), other numbers, proper names, and statements against a
 * party's recorded response.
 */
export function flagsInText(text: string, corpus: FactCorpus, cited?: string[]): Found[] {
  const found: Found[] = [];
  const scope = corpus.scope(cited);
  for (const p of leftoverPlaceholders(text)) {
    found.push({ kind: 'placeholder', text: p, blocking: true, note: 'placeholder tidak dapat dikembalikan ke data aslinya' });
  }
  let rest = text.replace(/\[PERLU DATA:[^\]]*\]/g, (s) => ' '.repeat(s.length));
  for (const p of leftoverPlaceholders(rest)) rest = rest.split(p).join(' '.repeat(p.length));
  rest = rest.replace(PLACEHOLDER_RE, (s) => ' '.repeat(s.length));

  for (const r of legalRefsIn(rest)) {
    if (!corpus.hasRef(r.value)) found.push({ kind: 'article', text: r.raw });
  }
  rest = rest.replace(/\bPasal\s+\d+[A-Z]?(?:\s+ayat\s+\(\d+\))*(?:\s+huruf\s+[a-z]\b)?/gi, (s) => ' '.repeat(s.length));
  rest = rest.replace(
    /\b(?:UU|Undang-Undang|PP|Peraturan Pemerintah|Permenkumham|Permenimipas|Perma|Perpres|Keppres|Perpol|Perkap)\s*(?:RI\s+)?(?:Nomor|Nomer|No\.?)?\s*\d+\s*(?:\/\s*|\s+Tahun\s+)\d{4}/gi,
    (s) => ' '.repeat(s.length),
  );
  for (const a of amountsIn(rest)) {
    if (!scope.amounts.has(a.value)) found.push({ kind: 'amount', text: a.raw.trim() });
    rest = blank(rest, a.index, a.raw.length);
  }
  for (const d of datesIn(rest)) {
    if (!scope.dates.has(d.value)) found.push({ kind: 'date', text: d.raw });
    rest = blank(rest, d.index, d.raw.length);
  }
  for (const d of monthYearsIn(rest)) {
    if (!scope.monthYears.has(d.value)) found.push({ kind: 'date', text: d.raw });
    rest = blank(rest, d.index, d.raw.length);
  }
  for (const a of agesIn(rest)) {
    if (!scope.ages.has(a.value)) found.push({ kind: 'age', text: a.raw });
    rest = blank(rest, a.index, a.raw.length);
  }
  for (const m of rest.matchAll(NUMBER_RE)) {
    if (!corpus.numbers.has(normNumber(m[0]))) found.push({ kind: 'number', text: m[0] });
  }
  for (const m of rest.matchAll(NAME_RE)) {
    if (!m[0].includes(' ') && ordinarySentenceStart(rest, m.index, m[0], text)) continue;
    const words = m[0].split(/\s+/).filter((w) => !COMMON.has(fold(w)));
    const unknown = words.filter((w) => !corpus.words.has(fold(w)) && !w.split(/[-]/).every((p) => corpus.words.has(fold(p))));
    if (unknown.length > 0) found.push({ kind: 'name', text: words.join(' ') });
  }
  for (const s of contradictions(text, corpus.stances)) {
    found.push({ kind: 'contradiction', text: s, note: 'bertentangan dengan tanggapan yang tercatat dalam fakta' });
  }
  return found;
}

/**
 * Checks a whole draft: every flag of every paragraph and option, cited fact ids that do
 * not exist, paragraphs that cite no fact (a paragraph that only marks missing data is
 * not one), and decision options that are not real alternatives.
 */
export function groundingFlags(content: Pick<DraftContent, 'sections' | 'options'>, corpus: FactCorpus, factIds: Set<string>): Flag[] {
  const flags: Flag[] = [];
  const add = (section: string, paragraph: number, f: Found) => {
    const id = `${section}:${paragraph}:${f.kind}:${f.text}`;
    if (flags.some((x) => x.id === id)) return;
    flags.push({
      id,
      section,
      paragraph,
      kind: f.kind,
      text: f.text,
      ...(f.blocking && { blocking: true }),
      ...(f.note && { note: f.note }),
      acknowledged_by: null,
    });
  };
  const check = (section: string, i: number, p: { text: string; fact_ids: string[]; missing?: string[] }) => {
    for (const f of flagsInText(p.text, corpus, p.fact_ids)) add(section, i, f);
    for (const id of p.fact_ids) if (!factIds.has(id)) add(section, i, { kind: 'fact_id', text: id });
    const onlyGap = (p.missing?.length ?? 0) > 0 || /^\s*[^[]{0,120}\[PERLU DATA:[^\]]*\]\s*$/.test(p.text);
    if (p.fact_ids.length === 0 && !onlyGap && p.text.trim())
      add(section, i, { kind: 'uncited', text: p.text.slice(0, 80), note: 'paragraf tidak mengutip fakta apa pun' });
  };
  for (const s of content.sections) s.paragraphs.forEach((p, i) => check(s.key, i, p));
  for (const [section, options] of decisionOptions(content)) {
    options.forEach((o, i) => check(section, i, o));
    const why = oneSided(options);
    if (why)
      add(section, 0, {
        kind: 'one_sided',
        text:
          options
            .map((o) => o.text)
            .join(' | ')
            .slice(0, 160) || '(tidak ada pilihan)',
        note: why,
      });
  }
  return flags;
}

/** The text of a paragraph, or of a decision option, by the flag's address. */
function textAt(content: Pick<DraftContent, 'sections' | 'options'>, section: string, i: number): string | undefined {
  if (section === 'kesimpulan' || section === 'rekomendasi') return content.options[section][i]?.text;
  return content.sections.find((s) => s.key === section)?.paragraphs[i]?.text;
}

/**
 * The flags of the verification pass that still hold after an edit (code cannot recompute
 * them): a finding stays while its paragraph still holds the statement; the "could not
 * verify" note stays.
 */
export function carriedFlags(previous: Flag[], content: Pick<DraftContent, 'sections' | 'options'>): Flag[] {
  return previous.filter((f) => {
    if (f.kind === 'unverified') return true;
    const fromPass = f.kind === 'unsupported' || (f.kind === 'contradiction' && f.note?.startsWith('Pemeriksa LLM'));
    return fromPass && (textAt(content, f.section, f.paragraph) ?? '').includes(f.text);
  });
}
