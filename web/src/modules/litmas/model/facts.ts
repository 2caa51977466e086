// The facts form's data: empty rows, what is sent (empty rows left out), and the checks
// that mirror the server's schema (server/litmas/facts.ts) so a save is not refused.
import type { Facts, Person, Source } from '../types.ts';

export const emptyPerson = (): Person => ({ name: '', relation: '', age: null, occupation: '', address: '', phone: '' });
export const emptySource = (): Source => ({ kind: 'wawancara', description: '', date: '', note: '' });

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const isEmptyPerson = (p: Person) => Object.values(p).every(blank);
const isEmptySource = (s: Source) => blank(s.description) && blank(s.date) && blank(s.note);

/** Every section present, so the form can bind to each field. */
export function normalizeFacts(f: Partial<Facts> | undefined): Facts {
  return {
    identity: { ...f?.identity },
    family: (f?.family ?? []).map((p) => ({ ...emptyPerson(), ...p })),
    guarantor: f?.guarantor ? { ...emptyPerson(), ...f.guarantor } : emptyPerson(),
    life_history: { ...f?.life_history },
    family_condition: { ...f?.family_condition },
    social_environment: { ...f?.social_environment },
    offence: { ...f?.offence, articles: [...(f?.offence?.articles ?? [])] },
    responses: { ...f?.responses },
    programme: { ...f?.programme },
    sources: (f?.sources ?? []).map((s) => ({ ...emptySource(), ...s })),
  };
}

const person = (p: Person): Person => ({ ...p, age: typeof p.age === 'number' && Number.isFinite(p.age) ? p.age : null });

/** What is sent: empty rows and articles left out, an empty guarantor as null, no empty sex. */
export function cleanFacts(f: Facts): Facts {
  const g = f.guarantor && !isEmptyPerson(f.guarantor) ? person(f.guarantor) : null;
  return {
    ...f,
    identity: { ...f.identity, sex: f.identity.sex || null },
    family: f.family.filter((p) => !isEmptyPerson(p)).map(person),
    guarantor: g,
    offence: { ...f.offence, articles: f.offence.articles.map((a) => a.trim()).filter(Boolean) },
    sources: f.sources.filter((s) => !isEmptySource(s)).map((s) => ({ ...s, date: s.date || null })),
  };
}

/** Field path → message key, for what the server would refuse. */
export function factIssues(f: Facts): Record<string, 'lit.v.nik' | 'lit.v.age' | 'lit.v.required'> {
  const out: Record<string, 'lit.v.nik' | 'lit.v.age' | 'lit.v.required'> = {};
  const nik = f.identity.nik?.trim();
  if (nik && !/^\d{16}$/.test(nik)) out['identity.nik'] = 'lit.v.nik';
  const age = (path: string, p: Person | null) => {
    const a = p?.age;
    if (a !== null && a !== undefined && (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 130)) out[path] = 'lit.v.age';
  };
  f.family.forEach((p, i) => age(`family.${i}.age`, p));
  age('guarantor.age', f.guarantor);
  f.sources.forEach((s, i) => {
    if (!isEmptySource(s) && blank(s.description)) out[`sources.${i}.description`] = 'lit.v.required';
  });
  return out;
}
