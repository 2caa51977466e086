import type { Facts } from './facts.ts';

export type PlaceholderKind = 'NAMA' | 'NIK' | 'TELEPON' | 'ALAMAT' | 'NOMOR';

/** Words that are part of names but also common words: never replaced on their own. */
const COMMON = new Set(['bin', 'binti', 'dan', 'yang', 'the', 'al', 'el', 'van', 'der']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Patterns for identities written in free text, not only in the identity fields.
const PATTERNS: [PlaceholderKind, RegExp][] = [
  ['NIK', /\b\d{16}\b/g],
  ['TELEPON', /(?<![\w\d])(?:\+62|62|0)8\d(?:[ -]?\d){6,11}\b/g],
  ['NOMOR', /\b\d{1,6}\/[A-Za-z][\w.\-]*(?:\/[\w.\- ]*?)*\/\d{4}(?:\/[A-Za-z][\w.\- ]*[\w.])?/g],
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

  constructor(facts: Facts, extra: { letter_number?: string | null } = {}) {
    const names = [facts.identity.name, facts.identity.alias, ...facts.family.map((m) => m.name), facts.guarantor?.name, facts.offence.victim_name];
    for (const n of names) if (n) this.addName(n);
    if (facts.identity.nik) this.add('NIK', facts.identity.nik);
    const people = [facts.identity, ...facts.family, ...(facts.guarantor ? [facts.guarantor] : [])];
    for (const p of people) {
      if (p.phone) this.add('TELEPON', p.phone);
      if (p.address) this.add('ALAMAT', p.address);
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
    const words = name.trim().split(/\s+/);
    if (words.length < 2) return;
    words.forEach((w, i) => {
      if (w.length >= 3 && !COMMON.has(w.toLowerCase()) && !this.byValue.has(w.toLowerCase())) {
        this.add('NAMA', w, full.replace(']', `_${i + 1}]`));
      }
    });
  }

  /** Replaces every known identity, and identities found by pattern, with placeholders. */
  redact(text: string): string {
    let out = text;
    for (const [kind, re] of PATTERNS) out = out.replace(re, (m) => this.add(kind, m));
    // Longest first, so "Budi Santoso" wins over "Budi".
    const values = [...this.byValue.keys()].sort((a, b) => b.length - a.length);
    for (const v of values) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(v)}(?![\\p{L}\\p{N}])`, 'giu');
      out = out.replace(re, this.byValue.get(v)!);
    }
    return out;
  }

  /** Puts the originals back in place of the placeholders. */
  restore(text: string): string {
    return text.replace(/\[(NAMA|NIK|TELEPON|ALAMAT|NOMOR)_\d+(?:_\d+)?\]/g, (p) => this.byPlaceholder.get(p) ?? p);
  }

  /** Every original value this instance hides (for tests and for the leak check). */
  secrets(): string[] {
    return [...this.byPlaceholder.values()];
  }
}
