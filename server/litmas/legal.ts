import type { Fact } from './facts.ts';
import type { LitmasKind } from '../../common/litmas/kinds.ts';

/**
 * The legal bases each kind's prompt (`prompts/kinds/<kind>.md`) gives the drafter, as
 * citable facts: a draft that restates them is grounded. A test keeps this table and
 * the prompt files in step (every law, article and number a prompt names is here).
 */
const BASES: Partial<Record<LitmasKind, string[]>> = {
  diversi: [
    'UU 11/2012 tentang Sistem Peradilan Pidana Anak',
    'PP 65/2015',
    'Litmas diversi dibahas dalam musyawarah diversi dan harus selesai dalam 3×24 jam sejak permintaan',
  ],
  sidang_anak: ['UU 11/2012 tentang Sistem Peradilan Pidana Anak'],
  sidang_dewasa: [
    'KUHP baru (UU 1/2023), berlaku 2 Januari 2026',
    'Pasal 54 KUHP: hakim wajib mempertimbangkan antara lain riwayat hidup, keadaan sosial, dan keadaan ekonomi pelaku',
  ],
  pb: ['Pembebasan bersyarat: telah menjalani paling sedikit dua pertiga masa pidana dan paling sedikit 9 bulan'],
};

/** The legal bases of a kind as facts with ids `legal.1`, `legal.2`, … */
export function legalFacts(kind: LitmasKind): Fact[] {
  return (BASES[kind] ?? []).map((value, i) => ({ id: `legal.${i + 1}`, section: 'legal', label: 'Dasar hukum (dari petunjuk penyusunan)', value }));
}
