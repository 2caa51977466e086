// Loads the public reference files copied into data/reference (provenance in
// data/reference/README.md). Nothing here is synthetic.
import { join } from 'node:path';
import { readCsvObjects } from './csv.ts';

/** Folder of the repo's data/ directory. */
export const DATA_DIR = join(import.meta.dirname, '..');
const REF = join(DATA_DIR, 'reference');

const int = (s: string, what: string): number => {
  const n = Number(s);
  if (!Number.isInteger(n)) throw new Error(`Not an integer in ${what}: "${s}"`);
  return n;
};

/** SDP national residents per month 2012-01..2021-12. */
export interface NationalMonth {
  month: string;
  detainees: number;
  prisoners: number;
  total: number;
}

/** Reads sdp_hunian_nasional_bulanan_2012_2021.csv. */
export function readNationalMonthly(): NationalMonth[] {
  return readCsvObjects(join(REF, 'sdp_hunian_nasional_bulanan_2012_2021.csv')).map((r) => ({
    month: r.bulan,
    detainees: int(r.tahanan, 'tahanan'),
    prisoners: int(r.napi, 'napi'),
    total: int(r.jumlah_hunian, 'jumlah_hunian'),
  }));
}

/** One SDP Kanwil-year row (December snapshot), optionally for adults or children only. */
export interface KanwilYear {
  kanwil: string;
  year: number;
  group: 'ALL' | 'DEWASA' | 'ANAK';
  tahanan_l: number;
  tahanan_p: number;
  napi_l: number;
  napi_p: number;
  total: number;
}

function kanwilRows(file: string): KanwilYear[] {
  return readCsvObjects(join(REF, file)).map((r) => ({
    kanwil: r.kanwil,
    year: int(r.tahun, 'tahun'),
    group: (r.kelompok || 'ALL') as KanwilYear['group'],
    tahanan_l: int(r.tahanan_l, 'tahanan_l'),
    tahanan_p: int(r.tahanan_p, 'tahanan_p'),
    napi_l: int(r.napi_l, 'napi_l'),
    napi_p: int(r.napi_p, 'napi_p'),
    total: int(r.total, 'total'),
  }));
}

/** Reads both SDP Kanwil files (totals and the adult/child split). */
export function readKanwilYears(): { totals: KanwilYear[]; split: KanwilYear[] } {
  return {
    totals: kanwilRows('sdp_hunian_kanwil_tahunan_2011_2020.csv'),
    split: kanwilRows('sdp_hunian_kanwil_tahunan_dewasa_anak_2011_2020.csv'),
  };
}

/** Reads any reference CSV as string records. */
export function readReference(file: string): Record<string, string>[] {
  return readCsvObjects(join(REF, file));
}

/** Reads data/geo/province_kanwil_map.csv. */
export function readProvinceMap(): Record<string, string>[] {
  return readCsvObjects(join(DATA_DIR, 'geo', 'province_kanwil_map.csv'));
}
