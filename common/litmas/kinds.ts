/** The kinds of litmas (jenis penelitian kemasyarakatan) and what each implies. */
export const LITMAS_KINDS = {
  diversi: { label: 'Litmas Diversi', child: true, integration: false, dueHours: 72 },
  sidang_anak: { label: 'Litmas Sidang Anak', child: true, integration: false, dueHours: null },
  sidang_dewasa: { label: 'Litmas Sidang Dewasa', child: false, integration: false, dueHours: null },
  perawatan_tahanan: { label: 'Litmas Perawatan Tahanan', child: false, integration: false, dueHours: null },
  pembinaan_awal: { label: 'Litmas Pembinaan Awal', child: false, integration: false, dueHours: null },
  asimilasi: { label: 'Litmas Asimilasi', child: false, integration: true, dueHours: null },
  cmk: { label: 'Litmas Cuti Mengunjungi Keluarga', child: false, integration: true, dueHours: null },
  pb: { label: 'Litmas Pembebasan Bersyarat', child: false, integration: true, dueHours: null },
  cb: { label: 'Litmas Cuti Bersyarat', child: false, integration: true, dueHours: null },
  cmb: { label: 'Litmas Cuti Menjelang Bebas', child: false, integration: true, dueHours: null },
  pemindahan: { label: 'Litmas Pemindahan', child: false, integration: false, dueHours: null },
  pembimbingan: { label: 'Litmas Pembimbingan Klien', child: false, integration: false, dueHours: null },
} as const;

export type LitmasKind = keyof typeof LITMAS_KINDS;
export const KIND_KEYS = Object.keys(LITMAS_KINDS) as [LitmasKind, ...LitmasKind[]];

/** The due time of a request: 3×24 hours for diversi (PP 65/2015), else what the PK set. */
export function dueAt(kind: LitmasKind, receivedAt: string, given: string | null | undefined): string | null {
  const hours = LITMAS_KINDS[kind].dueHours;
  if (hours) return new Date(new Date(receivedAt).getTime() + hours * 3_600_000).toISOString();
  return given ?? null;
}
