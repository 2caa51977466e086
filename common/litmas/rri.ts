/**
 * RRI part A (Instrumen Asesmen Risiko Residivisme Indonesia) scored in code: 10 items,
 * 0–17 in total, into a level. The item wording follows the public descriptions of the
 * instrument, not the official form (which is not public): the UI labels it so.
 * An LLM may only describe these numbers, never compute them.
 */
export const RRI_ITEMS = [
  { key: 'usia_saat_ini', label: 'Usia saat asesmen', max: 2 },
  { key: 'usia_pertama_ditangkap', label: 'Usia pertama kali ditangkap', max: 2 },
  { key: 'riwayat_pidana', label: 'Riwayat pidana / penahanan sebelumnya', max: 3 },
  { key: 'pelanggaran_pembinaan', label: 'Pelanggaran selama pembinaan atau pengawasan', max: 2 },
  { key: 'jenis_tindak_pidana', label: 'Jenis tindak pidana saat ini', max: 1 },
  { key: 'penggunaan_napza', label: 'Riwayat penggunaan narkotika / alkohol', max: 2 },
  { key: 'pendidikan', label: 'Pendidikan', max: 1 },
  { key: 'pekerjaan', label: 'Pekerjaan sebelum ditahan', max: 1 },
  { key: 'keluarga', label: 'Dukungan dan kondisi keluarga', max: 1 },
  { key: 'pergaulan', label: 'Pergaulan dengan pelaku kriminal', max: 2 },
] as const;

export type RriKey = (typeof RRI_ITEMS)[number]['key'];
export type RriLevel = 'Rendah' | 'Sedang' | 'Tinggi' | 'Sangat tinggi';

export const RRI_MAX = RRI_ITEMS.reduce((s, i) => s + i.max, 0);

/** The level of a total: Rendah 0–6, Sedang 7–11, Tinggi 12–15, Sangat tinggi 16–17. */
export function rriLevel(total: number): RriLevel {
  if (!Number.isInteger(total) || total < 0 || total > RRI_MAX) throw new RangeError(`RRI total out of range: ${total}`);
  if (total <= 6) return 'Rendah';
  if (total <= 11) return 'Sedang';
  if (total <= 15) return 'Tinggi';
  return 'Sangat tinggi';
}

export interface RriResult {
  total: number;
  level: RriLevel;
  complete: boolean;
  missing: RriKey[];
}

/** Scores part A; items not yet answered count as missing (and 0 in the running total). */
export function scoreRri(items: Partial<Record<RriKey, number | null>>): RriResult {
  let total = 0;
  const missing: RriKey[] = [];
  for (const it of RRI_ITEMS) {
    const v = items[it.key];
    if (v === null || v === undefined) {
      missing.push(it.key);
      continue;
    }
    if (!Number.isInteger(v) || v < 0 || v > it.max) throw new RangeError(`RRI ${it.key} must be 0..${it.max}`);
    total += v;
  }
  return { total, level: rriLevel(total), complete: missing.length === 0, missing };
}

/** The seven criminogenic-need domains, each rated by the PK. */
export const NEED_DOMAINS = [
  { key: 'keluarga_perkawinan', label: 'Keluarga dan perkawinan' },
  { key: 'pendidikan_pekerjaan', label: 'Pendidikan dan pekerjaan' },
  { key: 'napza', label: 'Narkotika dan alkohol' },
  { key: 'relasi_sosial', label: 'Relasi sosial' },
  { key: 'waktu_luang', label: 'Pemanfaatan waktu luang' },
  { key: 'keuangan', label: 'Pengelolaan keuangan' },
  { key: 'sikap_antisosial', label: 'Sikap antisosial' },
] as const;

export type NeedKey = (typeof NEED_DOMAINS)[number]['key'];
export type NeedRating = 'rendah' | 'sedang' | 'tinggi';

/** The domains rated high, then medium: what the programme should address first. */
export function priorityNeeds(needs: Partial<Record<NeedKey, NeedRating | null>>): { high: NeedKey[]; medium: NeedKey[] } {
  const by = (r: NeedRating) => NEED_DOMAINS.filter((d) => needs[d.key] === r).map((d) => d.key);
  return { high: by('tinggi'), medium: by('sedang') };
}
