// The real SDP figures as the generator uses them: December Kanwil snapshots with
// all eight columns, and the national month series. The three files must agree;
// if they ever stop agreeing (a bad copy, an edited cell) generation stops.
import { KANWIL, kanwilFromSdp } from './kanwil.ts';
import { readKanwilYears, readNationalMonthly, readProvinceMap, type KanwilYear, type NationalMonth } from './reference.ts';
import { sum, type Residents8 } from './columns.ts';

/** First and last December in the SDP Kanwil files. */
export const SDP_FIRST_DEC = 2011;
export const SDP_LAST_DEC = 2020;

/** Real SDP data: `dec[k][year]` = eight columns for Kanwil index k; `national` by month. */
export interface Sdp {
  dec: Map<number, Residents8>[];
  national: NationalMonth[];
}

function fail(msg: string): never {
  throw new Error(`SDP reference files disagree: ${msg}`);
}

function checkKanwilNames(): void {
  const mapNames = new Set(readProvinceMap().map((r) => r.kanwil_ditjenpas));
  const ours = new Set(KANWIL.map((x) => x.name));
  for (const n of mapNames) if (!ours.has(n)) fail(`Kanwil "${n}" of province_kanwil_map.csv is not in kanwil.ts`);
  if (mapNames.size !== ours.size) fail(`${ours.size} Kanwil in kanwil.ts, ${mapNames.size} in the map`);
}

/** Loads the SDP files, joins adult and child rows, and verifies every total. */
export function loadSdp(): Sdp {
  checkKanwilNames();
  const { totals, split } = readKanwilYears();
  const dec: Map<number, Residents8>[] = KANWIL.map(() => new Map());
  const find = (g: string, kn: string, y: number): KanwilYear =>
    split.find((r) => r.group === g && r.kanwil === kn && r.year === y) ?? fail(`no ${g} row for ${kn} ${y}`);
  for (const t of totals) {
    const ki = KANWIL.indexOf(kanwilFromSdp(t.kanwil));
    const a = find('DEWASA', t.kanwil, t.year);
    const c = find('ANAK', t.kanwil, t.year);
    for (const f of ['tahanan_l', 'tahanan_p', 'napi_l', 'napi_p', 'total'] as const) {
      if (a[f] + c[f] !== t[f]) fail(`${t.kanwil} ${t.year} ${f}: adults ${a[f]} + children ${c[f]} != ${t[f]}`);
    }
    const row = [a.tahanan_l, a.tahanan_p, c.tahanan_l, c.tahanan_p, a.napi_l, a.napi_p, c.napi_l, c.napi_p];
    if (sum(row) !== t.total) fail(`${t.kanwil} ${t.year}: columns sum to ${sum(row)}, total says ${t.total}`);
    dec[ki].set(t.year, row);
  }
  for (let y = SDP_FIRST_DEC; y <= SDP_LAST_DEC; y++) {
    dec.forEach((m, ki) => m.has(y) || fail(`${KANWIL[ki].name} has no ${y} row`));
  }
  const national = readNationalMonthly();
  for (const n of national) {
    if (n.detainees + n.prisoners !== n.total) fail(`national ${n.month}: tahanan + napi != jumlah_hunian`);
  }
  for (let y = 2012; y <= SDP_LAST_DEC; y++) {
    const n = national.find((r) => r.month === `${y}-12`) ?? fail(`no national ${y}-12`);
    const det = sum(dec.map((m) => sum(m.get(y)!.slice(0, 4))));
    const pri = sum(dec.map((m) => sum(m.get(y)!.slice(4))));
    if (det !== n.detainees || pri !== n.prisoners) {
      fail(`December ${y}: Kanwil sum ${det}/${pri}, national ${n.detainees}/${n.prisoners}`);
    }
  }
  return { dec, national };
}
