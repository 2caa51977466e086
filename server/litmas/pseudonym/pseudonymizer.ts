import type { Facts } from '../facts.ts';
import { addressSpans } from './address.ts';
import { commonWords } from './dictionary.ts';
import type { PlaceholderKind } from './kinds.ts';
import { COMMON_WORDS, fold, INSTITUTIONS, KINSHIP, NOT_NAMES, ROLES, TITLES } from './lexicon.ts';
import { variantSource, WORD_BOUNDED } from './matchers.ts';
import { nameSpans } from './names.ts';
import { patternSpans, type Span } from './patterns.ts';
import { BARE_PLACEHOLDER, canonical, LOOSE_PLACEHOLDER } from './placeholders.ts';
import { gazetteer } from './places.ts';
import { tokenize } from './tokens.ts';

interface Entry {
  kind: PlaceholderKind;
  placeholder: string;
  /** The value as recorded (or as first written), put back on restore. */
  value: string;
  re: RegExp;
  /** The source of `re`, anchored on demand: does a whole string equal this value in some variant? */
  src: string;
  whole?: RegExp;
  /** 'capital': a name part that is also an ordinary or a short word matches only when capitalised. */
  rule: 'any' | 'capital';
  /** Learned from a capitalised word without a cue: after an institution's word ("Terminal …") it names the institution. */
  weak?: boolean;
}

/** Words inside names that are never a name on their own. */
const PARTICLES = new Set(['bin', 'binti', 'br', 'boru', 'dan', 'al', 'el', 'van', 'der', 'de', 'da', 'di', 'la', 'le', 'von', 'ibn', 'abu']);
/** The kinds the last check looks for by pattern in the whole request (their patterns need no vocabulary). */
const GUARD_PATTERN_KINDS = new Set<PlaceholderKind>(['NIK', 'TELEPON', 'EMAIL', 'REKENING', 'PLAT']);

/** Academic titles and ranks, which a job title may precede ("Kasi Binadik Drs. Heru Santoso"). */
const RANKS =
  /^(?:drs|dra|dr|ir|prof|bripda|briptu|brigpol|brigadir|bripka|aipda|aiptu|ipda|iptu|akp|kompol|akbp|kombes|brigjen|irjen|komjen|bharada|bharatu|bharaka|prada|pratu|praka|kopda|koptu|kopka|serda|sertu|serka|serma|pelda|peltu|letda|lettu|kapten|mayor|letkol|kolonel)$/;

/** A degree or an abbreviation after a name: "S.H.", "M.H.", "A.Md.IP.", "S.Pd". */
const DEGREE = /^(?:[A-Z][a-zA-Z]{0,3}\.){2,}(?:[A-Z][a-zA-Z]{0,3})?$|^[A-Z][a-z]{0,3}\.[A-Z][a-zA-Z]{0,3}\.?$|^(?:S|M|A)\.?$/;

/**
 * The person's name in a recorded name field, without titles, ranks, roles or degrees:
 * "Bripka Andi Wijaya, S.H." → "Andi Wijaya"; "Kepala Rutan, Yohanis Ndolu, A.Md.IP." →
 * "Yohanis Ndolu"; "Wali pemasyarakatan Sri Hartati" → "Sri Hartati".
 */
export function bareName(name: string): string {
  const noise = (w: string) => {
    const k = fold(w.replace(/\.$/, ''));
    return (
      !/^\p{Lu}/u.test(w) || TITLES.has(k) || ROLES.has(k) || KINSHIP.has(k) || NOT_NAMES.has(k) || INSTITUTIONS.has(k) || COMMON_WORDS.has(k) || DEGREE.test(w)
    );
  };
  for (const part of name.split(',')) {
    let words = part.trim().split(/\s+/).filter(Boolean);
    // "Kasi Binadik Drs. Heru Santoso": the name follows the last title.
    const lastTitle = words.findLastIndex((w) => RANKS.test(fold(w.replace(/\.$/, ''))));
    if (lastTitle >= 0 && lastTitle < words.length - 1) words = words.slice(lastTitle + 1);
    let a = 0;
    while (a < words.length && noise(words[a])) a++;
    let b = words.length;
    while (b > a && DEGREE.test(words[b - 1])) b--;
    if (b > a) return words.slice(a, b).join(' ');
  }
  return name.split(',')[0].trim();
}

/** Every string inside a value (facts are nested objects and arrays). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * Pseudonymisation: before text leaves the server every person, place and number that
 * can identify someone becomes a stable placeholder (`[NAMA_1]`, `[ALAMAT_2]`, …); what
 * the model writes back is restored, in whatever form it mangled the placeholder into.
 *
 * It knows the recorded values (names, NIK, phones, addresses, numbers, birth date, the
 * requester's name) and, before anything is redacted, reads every text of the case and
 * learns the identities written in it (names after a title, kinship word or role,
 * numbers, addresses), so each is replaced everywhere, in any case or spelling variant.
 */
export class Pseudonymizer {
  private entries: Entry[] = [];
  private byPlaceholder = new Map<string, Entry>();
  private byKey = new Map<string, Entry>();
  private counters = new Map<PlaceholderKind, number>();
  /** The recorded place of birth: a place, not an address; it stays. */
  private keep = '';

  constructor(facts: Facts, extra: { letter_number?: string | null; requester_name?: string | null; request?: Record<string, unknown> } = {}) {
    const names = [
      facts.identity.name,
      facts.identity.alias,
      ...facts.family.map((m) => m.name),
      facts.guarantor?.name,
      facts.offence.victim_name,
      extra.requester_name,
    ];
    for (const n of names) if (n) this.addName(n);
    if (facts.identity.nik) this.add('NIK', facts.identity.nik);
    if (facts.identity.birth_date) this.add('TGL_LAHIR', facts.identity.birth_date);
    const people = [facts.identity, ...facts.family, ...(facts.guarantor ? [facts.guarantor] : [])];
    for (const p of people) {
      if (p.phone) this.add('TELEPON', p.phone);
      if (p.address) this.addAddress(p.address);
    }
    for (const v of [facts.offence.case_number, facts.offence.verdict_number, facts.offence.register_number, extra.letter_number]) {
      if (v) this.add('NOMOR', v);
    }
    // Learn what the narrative names, before any text is redacted: placeholders stay stable.
    // The place of birth is recorded as a place, not an address, and stays.
    this.keep = fold(facts.identity.birth_place ?? '');
    for (const text of [...strings(facts), ...strings(extra.request ?? {})]) this.learn(text);
  }

  /** Registers a value (or returns the entry that already stands for it). */
  private add(kind: PlaceholderKind, value: string, opts: { placeholder?: string; rule?: Entry['rule']; weak?: boolean } = {}): Entry | null {
    const v = value.trim();
    const key = `${kind}:${fold(v)}`;
    const known = this.byKey.get(key) ?? this.entries.find((e) => e.kind === kind && (e.whole ??= new RegExp(`^(?:${e.src})$`, 'i')).test(v));
    if (known) return known;
    const src = variantSource(kind, v);
    if (!src) return null;
    const n = (this.counters.get(kind) ?? 0) + 1;
    if (!opts.placeholder) this.counters.set(kind, n);
    const e: Entry = {
      kind,
      placeholder: opts.placeholder ?? `[${kind}_${n}]`,
      value: v,
      re: new RegExp(src, 'gi'),
      src,
      rule: opts.rule ?? 'any',
      weak: opts.weak,
    };
    this.entries.push(e);
    this.byKey.set(key, e);
    this.byPlaceholder.set(e.placeholder, e);
    return e;
  }

  /** A full name and each of its words (a chronology often says only "Budi", or the surname "Ng"). */
  private addName(name: string, weak = false): void {
    const bare = bareName(name);
    const full = this.add('NAMA', bare, { weak });
    if (!full) return;
    const words = bare.split(/[\s-]+/).filter(Boolean);
    const dict = commonWords();
    if (words.length > 1)
      words.forEach((w, i) => {
        const k = fold(w).replace(/\.$/, '');
        if (k.length < 2 || PARTICLES.has(k) || COMMON_WORDS.has(k) || this.byKey.has(`NAMA:${k}`)) return;
        // Short parts and ordinary words ("Nur", "Ng", "Indah") only when capitalised; "NIK" is not "Nik".
        const rule = k.length < 4 || dict.has(k) ? 'capital' : 'any';
        this.add('NAMA', w.replace(/\.$/, ''), { placeholder: full.placeholder.replace(']', `_${i + 1}]`), rule, weak });
      });
    // "Nur" for "Nur'aini": the part before an apostrophe is a usual short form.
    words.forEach((w, i) => {
      const head = /^([\p{L}]{3,})['’`]/u.exec(w)?.[1];
      if (head && !this.byKey.has(`NAMA:${fold(head)}`) && !COMMON_WORDS.has(fold(head))) {
        this.add('NAMA', head, { placeholder: full.placeholder.replace(']', `_${words.length + i + 1}]`), rule: 'capital' });
      }
    });
  }

  /** A recorded address and its parts after commas ("RT 02/RW 03", "Kel. Sukajadi"), but not the city. */
  private addAddress(address: string): void {
    this.add('ALAMAT', address);
    const g = gazetteer();
    for (const part of address.split(',').map((x) => x.trim())) {
      const bare = fold(part).replace(/^(?:kel|kelurahan|kec|kecamatan|desa|ds|kota|kab|kabupaten|provinsi|prov)\.?\s+/, '');
      if (part.length < 4 || g.regions.has(bare) || g.districts.has(bare) || (g.regions.has(bare.replace(/^(?:dki|di)\s+/, '')) && bare !== part)) continue;
      this.add('ALAMAT', part);
      // The street without its number, and a village's bare name ("Sukajadi").
      const street = /^((?:jl|jln|jalan|gg|gang)\.?\s+.+?)\s+(?:no|nomor)\b/i.exec(part);
      if (street) this.add('ALAMAT', street[1]);
      if (bare !== fold(part) && g.villages.has(bare) && !commonWords().has(bare)) this.add('ALAMAT', bare);
    }
  }

  /** Registers every identity a text names (called on each text of the case). */
  private learn(text: string): void {
    for (const s of this.detect(text)) {
      const value = text.slice(s.start, s.end);
      if (s.kind === 'NAMA') this.addName(value, s.rank >= 4);
      else if (s.kind === 'ALAMAT') this.addAddress(value);
      else this.add(s.kind, value);
    }
  }

  /** Identities found by the detectors (patterns, addresses, names), outside placeholders; never the place of birth. */
  private detect(text: string): Span[] {
    const tokens = tokenize(text);
    const spans = [...patternSpans(text), ...addressSpans(tokens), ...nameSpans(tokens)].filter(
      (s) => !this.keep || fold(text.slice(s.start, s.end)) !== this.keep,
    );
    return resolve(spans, placeholderRanges(text));
  }

  /** Every recorded or learned value in a text, as spans. */
  private known(text: string): (Span & { entry: Entry })[] {
    const out: (Span & { entry: Entry })[] = [];
    for (const e of this.entries) {
      for (const m of text.matchAll(e.re)) {
        if (WORD_BOUNDED.has(e.kind) && !wordEdges(text, m.index, m.index + m[0].length)) continue;
        if (e.rule === 'capital' && !(/^\p{Lu}/u.test(m[0]) && !(m[0] === m[0].toUpperCase() && NOT_NAMES.has(fold(m[0]))))) continue;
        if (e.weak && afterInstitution(text, m.index)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind: e.kind, rank: 0, entry: e });
      }
    }
    return out;
  }

  /**
   * Replaces every identity in a text: the recorded and learned values in any variant,
   * then whatever the detectors find (learned on the spot). Placeholders already in the
   * text are left alone, so redacting twice changes nothing.
   */
  redact(text: string): string {
    const spans = resolve([...this.known(text), ...this.detect(text)], placeholderRanges(text));
    let out = '';
    let last = 0;
    for (const s of spans) {
      const value = text.slice(s.start, s.end);
      const entry = 'entry' in s ? (s.entry as Entry) : this.entryFor(s.kind, value);
      out += text.slice(last, s.start) + (entry?.placeholder ?? `[${s.kind}]`);
      last = s.end;
    }
    return out + text.slice(last);
  }

  private entryFor(kind: PlaceholderKind, value: string): Entry | null {
    if (kind === 'NAMA') this.addName(value);
    else if (kind === 'ALAMAT') this.addAddress(value);
    return this.add(kind, value);
  }

  /**
   * Puts the recorded values back, whatever the model did to the placeholders: case,
   * inner spaces, missing brackets, a possessive or "-nya". A placeholder it does not
   * know is left as written (the grounding check flags it, blocking).
   */
  restore(text: string): string {
    const back = (p: string, whole: string, suffix = '') => {
      const e = this.byPlaceholder.get(p);
      return e ? e.value + suffix : whole;
    };
    return text
      .replace(LOOSE_PLACEHOLDER, (whole, kind: string, n: string, part: string | undefined, suffix: string | undefined) =>
        back(
          canonical(kind, n, part),
          whole,
          suffix ? (suffix.startsWith('-') || suffix.startsWith("'") || suffix.startsWith('’') ? suffix : `-${suffix}`) : '',
        ),
      )
      .replace(BARE_PLACEHOLDER, (whole, kind: string, n: string, part: string | undefined) => back(canonical(kind, n, part), whole));
  }

  /**
   * The kinds of identity still present in a text (for the last check before sending):
   * recorded and learned values in any variant, and numbers found by pattern.
   * Strings in `own` (the prompt's own wording) are not identities.
   */
  remaining(text: string, own = ''): PlaceholderKind[] {
    const ownFolded = fold(own);
    const found = [...this.known(text), ...patternSpans(text).filter((s) => GUARD_PATTERN_KINDS.has(s.kind))];
    const masked = placeholderRanges(text);
    return [
      ...new Set(
        found
          .filter((s) => !masked.some(([a, b]) => s.start < b && s.end > a))
          .filter((s) => !ownFolded.includes(fold(text.slice(s.start, s.end))))
          .map((s) => s.kind),
      ),
    ];
  }

  /** Every original value this instance hides (for tests). */
  secrets(): string[] {
    return this.entries.map((e) => e.value);
  }
}

const LETTER = /[\p{L}\p{N}]/u;
/** Whether text[a..b) stands as whole words: no letter or digit just before or after it. */
function wordEdges(text: string, a: number, b: number): boolean {
  return !(a > 0 && LETTER.test(text[a - 1])) && !(b < text.length && LETTER.test(text[b]));
}

/** Whether the word before `index` is an institution's ("Terminal", "Masjid", "Polres"), capitalised. */
function afterInstitution(text: string, index: number): boolean {
  const prev = /([\p{L}][\p{L}-]*)\s*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1];
  return !!prev && /^\p{Lu}/u.test(prev) && INSTITUTIONS.has(fold(prev));
}

/** Where the placeholders already in a text are (never redacted again). */
function placeholderRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [LOOSE_PLACEHOLDER, BARE_PLACEHOLDER, /\[[A-Z_]+\]/g]) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Keeps the longest of overlapping spans (then the better-ranked), outside the masked ranges, in text order. */
function resolve<T extends Span>(spans: T[], masked: [number, number][]): T[] {
  const sorted = spans
    .filter((s) => s.end > s.start && !masked.some(([a, b]) => s.start < b && s.end > a))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && s.end > k.start)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
