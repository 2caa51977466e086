// The registry of units: the 343 real names (province fixed where the source's
// inferred group was wrong or mixed) plus data/gen/units-added.csv (units named in
// public snapshots, plausible Lapas/Rutan in big Kanwil, Bapas and Rupbasan).
import { join } from 'node:path';
import { readCsvObjects } from './csv.ts';
import { KANWIL, kanwil } from './kanwil.ts';
import { cityOf } from './places.ts';
import { readReference } from './reference.ts';

/** The nine unit types of DATA-CONTRACT.md. */
export const UPT_TYPES = ['LAPAS', 'LAPAS_NARKOTIKA', 'LAPAS_PEREMPUAN', 'LAPAS_TERBUKA', 'LPKA', 'RUTAN', 'CABRUTAN', 'BAPAS', 'RUPBASAN'] as const;
/** One of UPT_TYPES. */
export type UptType = (typeof UPT_TYPES)[number];
/** Types that hold people (every type but Bapas and Rupbasan): the ones with residents, remission and work programmes. */
export const CUSTODIAL_TYPES: ReadonlySet<UptType> = new Set(UPT_TYPES.filter((t) => t !== 'BAPAS' && t !== 'RUPBASAN'));

/** A unit before capacities and coordinates are attached. */
export interface UnitDef {
  code: string;
  name: string;
  type: UptType;
  cls: string | null;
  kanwil: number;
  city: string;
  /** Holds only women (Lapas Perempuan, Rutan Perempuan). */
  womenOnly: boolean;
  /** Where the name comes from: the public list of 343, a public snapshot, or made up. */
  basis: 'list' | 'snapshot' | 'synthetic';
}

// jenis → contract type and the code tag that keeps codes readable and unique.
const JENIS: Record<string, { type: UptType; tag: string; women?: boolean }> = {
  Lapas: { type: 'LAPAS', tag: 'LAPAS' },
  'Lapas Khusus': { type: 'LAPAS', tag: 'LAPAS-KHUSUS' },
  'Lapas Pemuda': { type: 'LAPAS', tag: 'LAPAS-PEMUDA' },
  'Lapas Narkotika': { type: 'LAPAS_NARKOTIKA', tag: 'LAPAS-NARKOTIKA' },
  'Lapas Perempuan': { type: 'LAPAS_PEREMPUAN', tag: 'LAPAS-PEREMPUAN', women: true },
  'Lapas Terbuka': { type: 'LAPAS_TERBUKA', tag: 'LAPAS-TERBUKA' },
  LPKA: { type: 'LPKA', tag: 'LPKA' },
  Rutan: { type: 'RUTAN', tag: 'RUTAN' },
  'Rutan Perempuan': { type: 'RUTAN', tag: 'RUTAN-PEREMPUAN', women: true },
  'Cabang Rutan': { type: 'CABRUTAN', tag: 'CABRUTAN' },
  Bapas: { type: 'BAPAS', tag: 'BAPAS' },
  Rupbasan: { type: 'RUPBASAN', tag: 'RUPBASAN' },
};

// The list's province column is inferred from grouping; these groups were wrong or mixed.
const GROUP_FIX: Record<string, string> = {
  'DI Yogyakarta': 'Daerah Istimewa Yogyakarta',
  'Kalimantan Utara': 'Kalimantan Timur',
  'Papua Selatan': 'Papua',
  'Papua Pegunungan / Papua Tengah (mixed group)': 'Papua',
};
const NAME_FIX: Record<string, string> = {
  'LPKA Kelas II Jakarta': 'DKI Jakarta',
  'Lapas Kelas III Teminabuhan': 'Papua Barat', // Sorong Selatan, Papua Barat Daya: Kanwil Papua Barat
};

/** The place in a unit's name: what follows "Kelas X", or the name minus its kind. */
export function placeOf(name: string, jenis: string): string {
  const m = /\bKelas (?:I|II|IIA|IIB|III) (.+)$/.exec(name);
  return m ? m[1] : name.slice(jenis.length).trim();
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase();
}

function makeUnit(name: string, jenis: string, kelas: string, kanwilName: string, city: string, basis: UnitDef['basis']): UnitDef {
  const j = JENIS[jenis];
  if (!j) throw new Error(`Unknown jenis "${jenis}" for ${name}`);
  const kw = kanwil(kanwilName);
  const place = placeOf(name, jenis);
  // The contract's class enum has no plain "II" (LPKA, Bapas, Rupbasan use it): leave it null.
  const cls = ['I', 'IIA', 'IIB', 'III'].includes(kelas) ? kelas : null;
  return {
    code: `${kw.abbr}-${j.tag}-${slug(place)}`,
    name,
    type: j.type,
    cls,
    kanwil: KANWIL.indexOf(kw),
    city,
    womenOnly: j.women ?? false,
    basis,
  };
}

/** Builds the registry in a stable order (by code) and checks that codes are unique. */
export function buildRegistry(): UnitDef[] {
  const listed = readReference('upt_names_343.csv').map((r) => {
    const kw = NAME_FIX[r.nama_upt] ?? GROUP_FIX[r.group_inferred_province] ?? r.group_inferred_province;
    return makeUnit(r.nama_upt, r.jenis, r.kelas, kw, cityOf(placeOf(r.nama_upt, r.jenis)), 'list');
  });
  const added = readCsvObjects(join(import.meta.dirname, 'units-added.csv')).map((r) =>
    makeUnit(r.name, r.jenis, r.kelas, r.kanwil, r.city, r.basis as UnitDef['basis']),
  );
  const units = [...listed, ...added].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const seen = new Set<string>();
  for (const u of units) {
    if (!/^[A-Z0-9-]+$/.test(u.code)) throw new Error(`Bad code ${u.code}`);
    if (seen.has(u.code)) throw new Error(`Duplicate upt_code ${u.code}`);
    seen.add(u.code);
  }
  return units;
}
