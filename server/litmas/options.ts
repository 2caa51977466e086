import type { DraftContent } from './draft.ts';

export type Severity = 'ringan' | 'sedang' | 'berat';
const ORDER: Record<Severity, number> = { ringan: 0, sedang: 1, berat: 2 };

// Read when a drafter gave no severity: the heavier and the lighter ends of the usual options.
const HEAVY =
  /\b(?:pidana penjara|penjara|pembinaan dalam lembaga|lpka|tidak dapat|belum dapat|tidak dilakukan diversi|diversi tidak|dilanjutkan|ditolak|tidak layak|tidak direkomendasikan)\b/i;
const LIGHT =
  /\b(?:dapat diberikan|dapat dilaksanakan|diversi dengan|pengembalian kepada orang tua|pidana pengawasan|kerja sosial|pelayanan masyarakat|pidana dengan syarat|peringatan|bebas|layak|direkomendasikan untuk)\b/i;

/** The severity of an option: as the drafter stated it, else read from its wording (null if unclear). */
export function severityOf(o: { text: string; severity?: Severity | null }): Severity | null {
  if (o.severity) return o.severity;
  if (HEAVY.test(o.text)) return 'berat';
  return LIGHT.test(o.text) ? 'ringan' : null;
}

/**
 * Why a set of decision options is one-sided, or null when it is balanced: at least two
 * options that differ in severity. (LLMs are known to lean toward the harsher option;
 * the PK decides, and needs real alternatives to decide between.)
 */
export function oneSided(options: { text: string; severity?: Severity | null }[]): string | null {
  if (options.length < 2) return 'hanya satu pilihan: ajukan paling sedikit dua pilihan yang berbeda tingkat beratnya';
  const levels = options.map(severityOf);
  if (levels.every((l) => l !== null) && new Set(levels.map((l) => ORDER[l!])).size < 2) {
    return 'semua pilihan sama tingkat beratnya';
  }
  return null;
}

/** The decision options of a draft, by section. */
export function decisionOptions(content: Pick<DraftContent, 'options'>) {
  return [
    ['kesimpulan', content.options.kesimpulan],
    ['rekomendasi', content.options.rekomendasi],
  ] as const;
}
