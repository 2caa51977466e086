import type { Facts } from './facts.ts';

export type PlaceholderKind = 'NAMA' | 'NIK' | 'TELEPON' | 'ALAMAT' | 'NOMOR';

/** Words that are part of names but also common words: never replaced on their own. */
const COMMON = new Set(['bin', 'binti', 'dan', 'yang', 'the', 'al', 'el', 'van', 'der']);

const PLACEHOLDER = /\[(?:NAMA|NIK|TELEPON|ALAMAT|NOMOR)_\d+(?:_\d+)?\]/g;

/** Applies `f` to the parts of `text` that are not placeholders. */
function outsidePlaceholders(text: string, f: (segment: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += f(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + f(text.slice(last));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Patterns for identities written in free text, not only in the identity fields.
const PATTERNS: [PlaceholderKind, RegExp][] = [
  ['NIK', /(?<![\d])\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{4}(?![\d])/g],
  ['TELEPON', /(?<![\w\d+])(?:\+62|62|0)[ -]?8\d(?:[ -]?\d){6,11}\b/g],
  ['NOMOR', /\b\d{1,6}\/[A-Za-z][\w.-]*(?:\/[\w.\- ]*?)*\/\d{4}(?:\/[A-Za-z][\w.\- ]*[\w.])?/g],
  ['ALAMAT', /\b(?:Jl\.|Jln\.|Jalan|Gg\.|Gang|Dusun|Dsn\.|Kampung|Kp\.)\s+[^,;\n()]{2,60}?(?:\s+No\.?\s*\d+[A-Za-z]?)?(?=[,;\n()]|\.\s|\.$|$)/g],
];

/**
 * Pseudonymisation: before text leaves the server, the names of client, family, victim
 * and guarantor, NIKs, phone numbers, addresses and case/register numbers become
 * stable placeholders such as `[NAMA_1]`; `restore` puts them back in the answer.
 */
export class Pseudonymizer {
  private byValue = new Map<string, string>(); // lowercased original → placeholder
  private byPlaceholder = new Map<string, string>(); // placeholder → original
  private counters: Record<PlaceholderKind, number> = { NAMA: 0, NIK: 0, TELEPON: 0, ALAMAT: 0, NOMOR: 0 };
  /** Short name parts ("Nik", "Ani") match only as written, so they do not eat common words ("NIK"). */
  private exactCase = new Set<string>();

  constructor(facts: Facts, extra: { letter_number?: string | null } = {}) {
    const names = [facts.identity.name, facts.identity.alias, ...facts.family.map((m) => m.name), facts.guarantor?.name, facts.offence.victim_name];
    for (const n of names) if (n) this.addName(n);
    if (facts.identity.nik) this.add('NIK', facts.identity.nik);
    const people = [facts.identity, ...facts.family, ...(facts.guarantor ? [facts.guarantor] : [])];
    for (const p of people) {
      if (p.phone) this.add('TELEPON', p.phone);
      if (p.address) this.add('ALAMAT', p.address);
    }
    // Parts of a recorded address (after a comma: "RT 02/RW 03", "Kel. Sukajadi") too.
    for (const p of people) {
      for (const part of (p.address ?? '').split(',').map((x) => x.trim())) if (part.length >= 4) this.add('ALAMAT', part);
    }
    for (const v of [facts.offence.case_number, facts.offence.verdict_number, facts.offence.register_number, extra.letter_number]) {
      if (v) this.add('NOMOR', v);
    }
  }

  private add(kind: PlaceholderKind, value: string, placeholder?: string): string {
    const key = value.trim().toLowerCase();
    if (!key) return '';
    const known = this.byValue.get(key);
    if (known) return known;
    const p = placeholder ?? `[${kind}_${++this.counters[kind]}]`;
    this.byValue.set(key, p);
    this.byPlaceholder.set(p, value.trim());
    return p;
  }

  /** A full name and each of its words (a chronology often says only "Budi"). */
  private addName(name: string): void {
    const full = this.add('NAMA', name);
    const words = name.trim().split(/[\s\-'’]+/);
    if (words.length < 2) return;
    words.forEach((w, i) => {
      if (w.length >= 3 && !COMMON.has(w.toLowerCase()) && !this.byValue.has(w.toLowerCase())) {
        this.add('NAMA', w, full.replace(']', `_${i + 1}]`));
        if (w.length < 4) this.exactCase.add(w.toLowerCase());
      }
    });
  }

  /**
   * Replaces every known identity (the recorded values, longest first, so a whole
   * address or "Budi Santoso" wins over its parts), then identities found by pattern.
   * Text already turned into a placeholder is never touched again.
   */
  redact(text: string): string {
    let out = text;
    const values = [...this.byValue.keys()].sort((a, b) => b.length - a.length);
    for (const v of values) {
      const exact = this.exactCase.has(v);
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRe(exact ? this.byPlaceholder.get(this.byValue.get(v)!)! : v)}(?![\\p{L}\\p{N}])`,
        exact ? 'gu' : 'giu',
      );
      out = outsidePlaceholders(out, (seg) => seg.replace(re, this.byValue.get(v)!));
    }
    for (const [kind, re] of PATTERNS) out = outsidePlaceholders(out, (seg) => seg.replace(re, (m) => this.add(kind, m)));
    return out;
  }

  /** Puts the originals back in place of the placeholders (exact matches only). */
  restore(text: string): string {
    return text.replace(PLACEHOLDER, (p) => this.byPlaceholder.get(p) ?? p);
  }

  /** Every original value this instance hides (for tests and for the leak check). */
  secrets(): string[] {
    return [...this.byPlaceholder.values()];
  }
}
