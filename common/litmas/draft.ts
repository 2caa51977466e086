// The shapes of a litmas draft: what a drafter writes, what is stored, and what the editor
// saves. The schemas validate on the server; their types are the web app's too.
import { z } from 'zod';

/** One paragraph of a drafted section, with the facts it rests on and what it lacks. */
export const paragraphSchema = z.strictObject({
  text: z.string().min(1).max(6000),
  fact_ids: z.array(z.string().max(80)).max(40),
  missing: z.array(z.string().max(300)).max(20),
});
/** A section of the outline, as the drafter writes it. */
export const sectionSchema = z.strictObject({ key: z.string().max(40), paragraphs: z.array(paragraphSchema).max(30) });
/** A decision option (a proposed conclusion or recommendation: the PK decides): its text, its factual basis, and how severe it is for the client. */
export const optionSchema = z.strictObject({
  text: z.string().min(1).max(3000),
  fact_ids: z.array(z.string().max(80)).max(40),
  severity: z.enum(['ringan', 'sedang', 'berat']).nullable().optional(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;
export type DraftSection = z.infer<typeof sectionSchema>;
export type DraftOption = z.infer<typeof optionSchema>;

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
 * a final document would print as "[NAMA_9]"). Any other flag is acknowledged by the
 * Kepala Bapas one at a time, each with the reason it may stand as written.
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
  /** The username of the Kepala Bapas who accepted it as written. */
  acknowledged_by?: string | null;
  /** Why it may stand as written (required to acknowledge). */
  acknowledged_reason?: string | null;
  acknowledged_at?: string | null;
}

/** The Kepala Bapas's own note, printed in the document as his and signed by him (the PK's decisions are not his to edit). */
export interface SupervisorNote {
  text: string;
  user_id: number;
  username: string;
  at: string;
}

/** A stored draft: the drafter's sections, its options, the PK's decisions and the flags. */
export interface DraftContent {
  sections: (DraftSection & { title: string })[];
  options: { kesimpulan: DraftOption[]; rekomendasi: DraftOption[] };
  decisions: { kesimpulan: string | null; rekomendasi: string | null };
  flags: Flag[];
  drafter: 'llm' | 'offline' | 'edit';
  /** Who wrote the first text of this line of versions; kept through edits (the document says so). */
  origin?: 'llm' | 'offline';
  /** The Kepala Bapas's note, if he wrote one; kept through the PK's edits. */
  supervisor_note?: SupervisorNote | null;
}

/** The body of a draft save (`PUT /api/litmas/cases/:id/draft`): the edited text and the PK's decisions. */
export const draftSaveSchema = z.strictObject({
  base_version: z.number().int().min(1),
  sections: z
    .array(
      z.strictObject({
        key: z.string().max(40),
        paragraphs: z
          .array(
            z.strictObject({
              text: z.string().max(20_000),
              fact_ids: z.array(z.string().max(80)).max(60),
              missing: z.array(z.string().max(300)).max(20).optional(),
            }),
          )
          .max(60),
      }),
    )
    .max(20),
  decisions: z.strictObject({ kesimpulan: z.string().max(20_000).nullable(), rekomendasi: z.string().max(20_000).nullable() }),
});
export type DraftSave = z.infer<typeof draftSaveSchema>;
