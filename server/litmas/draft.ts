import { z } from 'zod';
import { LITMAS_KINDS, type LitmasKind } from '../../common/litmas/kinds.ts';
import { optionSchema, sectionSchema } from '../../common/litmas/draft.ts';

export {
  optionSchema,
  paragraphSchema,
  sectionSchema,
  type DraftContent,
  type DraftOption,
  type DraftSection,
  type Flag,
  type Paragraph,
} from '../../common/litmas/draft.ts';

/** The outline of a litmas report, in order; `integration` sections only for integration kinds. */
export const OUTLINE = [
  { key: 'identitas', title: 'Identitas Klien dan Orang Tua/Wali/Penjamin' },
  { key: 'sumber_informasi', title: 'Sumber Informasi' },
  { key: 'riwayat_hidup', title: 'Riwayat Hidup Klien' },
  { key: 'kondisi_keluarga', title: 'Kondisi Keluarga dan Penjamin' },
  { key: 'lingkungan_sosial', title: 'Kondisi Lingkungan Sosial Budaya' },
  { key: 'riwayat_tindak_pidana', title: 'Riwayat Tindak Pidana' },
  { key: 'tanggapan', title: 'Tanggapan Klien, Keluarga, Korban, Masyarakat dan Pemerintah Setempat' },
  { key: 'evaluasi_pembinaan', title: 'Evaluasi Pembinaan', integration: true },
  { key: 'asesmen', title: 'Hasil Asesmen Risiko dan Kebutuhan' },
  { key: 'analisis', title: 'Analisis' },
] as const;

/** Proposed, never decided by the drafter: the PK chooses or writes these. */
export const DECISION_SECTIONS = [
  { key: 'kesimpulan', title: 'Kesimpulan' },
  { key: 'rekomendasi', title: 'Rekomendasi' },
] as const;

/** The sections the drafter writes for a kind, in order. */
export function outlineFor(kind: LitmasKind) {
  const integration = LITMAS_KINDS[kind].integration;
  return OUTLINE.filter((s) => !('integration' in s) || integration);
}

/** What a drafter (LLM or offline) must answer. */
export const draftAnswerSchema = z.strictObject({
  sections: z.array(sectionSchema).min(1).max(20),
  kesimpulan_options: z.array(optionSchema).min(1).max(5),
  rekomendasi_options: z.array(optionSchema).min(1).max(5),
});
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

/** The JSON schema given to the LLM (response_format and in the prompt). */
export function draftJsonSchema(sectionKeys: string[]) {
  const paragraph = {
    type: 'object',
    additionalProperties: false,
    required: ['text', 'fact_ids', 'missing'],
    properties: {
      text: { type: 'string' },
      fact_ids: { type: 'array', items: { type: 'string' } },
      missing: { type: 'array', items: { type: 'string' } },
    },
  };
  const option = {
    type: 'object',
    additionalProperties: false,
    required: ['text', 'fact_ids', 'severity'],
    properties: {
      text: { type: 'string' },
      fact_ids: { type: 'array', items: { type: 'string' } },
      severity: { type: 'string', enum: ['ringan', 'sedang', 'berat'] },
    },
  };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['sections', 'kesimpulan_options', 'rekomendasi_options'],
    properties: {
      sections: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'paragraphs'],
          properties: { key: { type: 'string', enum: sectionKeys }, paragraphs: { type: 'array', items: paragraph } },
        },
      },
      kesimpulan_options: { type: 'array', items: option },
      rekomendasi_options: { type: 'array', items: option },
    },
  };
}
