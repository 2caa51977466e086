// The facts a litmas of each kind cannot go without: submit and approve refuse while one
// is missing (server/litmas/submit-checks.ts), and the facts form can mark them.
import type { Facts } from './facts.ts';
import { LITMAS_KINDS, type LitmasKind } from './kinds.ts';

/** A required fact: its id (as the facts form names the field), label, and the outline section it belongs to. */
export interface RequiredFact {
  id: string;
  label: string;
  section: string;
  present: (f: Facts) => boolean;
}

const has = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined);

const NAME: RequiredFact = { id: 'identity.name', label: 'Nama klien', section: 'identitas', present: (f) => has(f.identity.name) };
const BIRTH: RequiredFact = { id: 'identity.birth_date', label: 'Tanggal lahir klien', section: 'identitas', present: (f) => has(f.identity.birth_date) };
const SOURCES: RequiredFact = {
  id: 'sources',
  label: 'Sumber informasi (paling sedikit satu)',
  section: 'sumber_informasi',
  present: (f) => f.sources.length > 0,
};
const ARTICLES: RequiredFact = {
  id: 'offence.articles',
  label: 'Pasal yang disangkakan/didakwakan',
  section: 'riwayat_tindak_pidana',
  present: (f) => f.offence.articles.length > 0,
};
const CHRONOLOGY: RequiredFact = { id: 'offence.chronology', label: 'Kronologi', section: 'riwayat_tindak_pidana', present: (f) => has(f.offence.chronology) };
const OFFENCE_DATE: RequiredFact = {
  id: 'offence.offence_date',
  label: 'Tanggal kejadian (usia anak saat kejadian)',
  section: 'riwayat_tindak_pidana',
  present: (f) => has(f.offence.offence_date),
};
const PARENT: RequiredFact = {
  id: 'family',
  label: 'Orang tua/wali anak',
  section: 'identitas',
  present: (f) => f.family.some((m) => has(m.name)) || has(f.guarantor?.name),
};
const GUARANTOR: RequiredFact = { id: 'guarantor.name', label: 'Penjamin', section: 'identitas', present: (f) => has(f.guarantor?.name) };
const VICTIM: RequiredFact = {
  id: 'responses.victim',
  label: 'Tanggapan korban/keluarga korban',
  section: 'tanggapan',
  present: (f) => has(f.responses.victim),
};
const PROGRAMMES: RequiredFact = {
  id: 'programme.programmes',
  label: 'Program pembinaan yang diikuti',
  section: 'evaluasi_pembinaan',
  present: (f) => has(f.programme.programmes),
};
const CONDUCT: RequiredFact = {
  id: 'programme.behaviour',
  label: 'Perilaku selama pembinaan',
  section: 'evaluasi_pembinaan',
  present: (f) => has(f.programme.behaviour),
};

/**
 * What each kind needs. Every litmas names the client, their birth date (ages are
 * computed from it) and at least one source. A litmas for a court (diversi, sidang) or
 * for detention states the charge and the chronology; one about a child also the offence
 * date (the age at the offence decides diversi: 12 to under 18) and a parent or guardian;
 * diversi the victim's response (diversi needs the victim's consent, UU 11/2012 Pasal 9);
 * an integration litmas (asimilasi, CMK, PB, CB, CMB) the charge, the programmes followed,
 * the conduct in them and a guarantor.
 */
export function requiredFacts(kind: LitmasKind): RequiredFact[] {
  const k = LITMAS_KINDS[kind];
  const out = [NAME, BIRTH, SOURCES];
  if (k.integration) return [...out, GUARANTOR, ARTICLES, PROGRAMMES, CONDUCT];
  if (kind === 'diversi' || kind === 'sidang_anak' || kind === 'sidang_dewasa' || kind === 'perawatan_tahanan') out.push(ARTICLES, CHRONOLOGY);
  if (kind === 'pembinaan_awal' || kind === 'pemindahan') out.push(ARTICLES);
  if (k.child) out.push(OFFENCE_DATE, PARENT);
  if (kind === 'diversi') out.push(VICTIM);
  return out;
}

/** The required facts of a kind that a case has not recorded. */
export function missingFacts(kind: LitmasKind, facts: Facts): RequiredFact[] {
  return requiredFacts(kind).filter((r) => !r.present(facts));
}
