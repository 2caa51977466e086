import type { Facts, Fact } from './facts.ts';
import type { CaseRequest } from './context.ts';

const DAY = 86_400_000;

/** Whole years between a birth date and a date (both ISO), as a person counts them. */
export function ageAt(birth: string, at: string): number | null {
  const [by, bm, bd] = birth.slice(0, 10).split('-').map(Number);
  const [y, m, d] = at.slice(0, 10).split('-').map(Number);
  if (![by, bm, bd, y, m, d].every(Number.isFinite)) return null;
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** The calendar date of an instant in Indonesia's western time (UTC+7), where the Bapas counts days. */
function wibDate(t: Date): string {
  return new Date(t.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Facts computed in code from the recorded ones, citable like any other: the client's
 * age today and at the offence (from the birth date, which is hidden from the LLM), and
 * the days left to the deadline. Sentence dates join them here once the facts record
 * the sentence (see `sentenceFacts`).
 */
export function derivedFacts(facts: Facts, request: CaseRequest, now: Date): Fact[] {
  const out: Fact[] = [];
  const today = wibDate(now);
  const birth = facts.identity.birth_date;
  const push = (id: string, label: string, value: string) => out.push({ id: `derived.${id}`, section: 'derived', label, value });
  if (birth) {
    const age = ageAt(birth, today);
    if (age !== null) push('age_today', 'Usia klien saat ini (dihitung sistem dari tanggal lahir)', `${age} tahun`);
    const at = facts.offence.offence_date;
    const then = at ? ageAt(birth, at) : null;
    if (then !== null) push('age_at_offence', 'Usia klien pada tanggal kejadian (dihitung sistem dari tanggal lahir)', `${then} tahun`);
  }
  if (request.due_at) {
    const due = new Date(request.due_at);
    if (!Number.isNaN(due.getTime())) {
      const days = Math.round((Date.parse(wibDate(due)) - Date.parse(today)) / DAY);
      const value = days >= 0 ? `${days} hari lagi` : `terlambat ${-days} hari`;
      push('days_to_due', 'Sisa waktu sampai tenggat penyelesaian litmas (dihitung sistem)', value);
    }
  }
  return [...out, ...sentenceFacts(facts)];
}

/**
 * The hook for sentence dates (½ and ⅔ of the sentence, the expiry, CMB length), to be
 * computed here and labelled "perhitungan sistem — periksa SK" once the facts record the
 * verdict date, the sentence, detention and remissions. They do not yet: none is made up.
 */
export function sentenceFacts(_facts: Facts): Fact[] {
  return [];
}
