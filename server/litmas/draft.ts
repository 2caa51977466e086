import { z } from 'zod';
import { LITMAS_KINDS, type LitmasKind } from './kinds.ts';

/** The outline of a litmas (DOMAIN.md); `integration` sections only for integration kinds. */
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

export const paragraphSchema = z.strictObject({
  text: z.string().min(1).max(6000),
  fact_ids: z.array(z.string().max(80)).max(40),
  missing: z.array(z.string().max(300)).max(20),
});
export const sectionSchema = z.strictObject({ key: z.string().max(40), paragraphs: z.array(paragraphSchema).max(30) });
/** A decision option: its text, its factual basis, and how severe it is for the client. */
export const optionSchema = z.strictObject({
  text: z.string().min(1).max(3000),
  fact_ids: z.array(z.string().max(80)).max(40),
  severity: z.enum(['ringan', 'sedang', 'berat']).nullable().optional(),
});

/** What a drafter (LLM or offline) must answer. */
export const draftAnswerSchema = z.strictObject({
  sections: z.array(sectionSchema).min(1).max(20),
  kesimpulan_options: z.array(optionSchema).min(1).max(5),
  rekomendasi_options: z.array(optionSchema).min(1).max(5),
});
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;
export type DraftSection = z.infer<typeof sectionSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;

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

/**
 * A check note on one paragraph (or decision option) of a draft. `paragraph` is the
 * paragraph's index in its section (the option's index for kesimpulan/rekomendasi).
 *
 * Kinds: `number`, `date`, `age`, `amount`, `article` (a claim the facts do not hold, in
 * its own terms), `name` (a proper name the facts do not hold), `fact_id` (a cited id that
 * does not exist), `uncited` (a paragraph that cites no fact), `contradiction` (a
 * statement against what the facts record, e.g. "korban telah memaafkan" where the family
 * refused), `unsupported` (the verification pass found a statement the cited facts do not
 * support; `note` says why), `one_sided` (decision options that are not real
 * alternatives), `unverified` (the verification pass could not run; a note, once per
 * draft), `placeholder` (a placeholder or placeholder-like token left after restoration).
 *
 * A `blocking` flag cannot be acknowledged: the text must be corrected (a placeholder in
 * a final document would print as "[NAMA_9]").
 */
export interface Flag {
  id: string;
  section: string;
  paragraph: number;
  kind:
    | 'number'
    | 'date'
    | 'age'
    | 'amount'
    | 'name'
    | 'article'
    | 'fact_id'
    | 'uncited'
    | 'contradiction'
    | 'unsupported'
    | 'one_sided'
    | 'unverified'
    | 'placeholder';
  text: string;
  blocking?: boolean;
  /** Why, in Indonesian, where the kind alone does not say it. */
  note?: string;
  acknowledged_by?: string | null;
}

/** A stored draft: the drafter's sections, its options, the PK's decisions and the flags. */
export interface DraftContent {
  sections: (DraftSection & { title: string })[];
  options: { kesimpulan: z.infer<typeof optionSchema>[]; rekomendasi: z.infer<typeof optionSchema>[] };
  decisions: { kesimpulan: string | null; rekomendasi: string | null };
  flags: Flag[];
  drafter: 'llm' | 'offline' | 'edit';
  /** Who wrote the first text of this line of versions; kept through edits (the document says so). */
  origin?: 'llm' | 'offline';
}
