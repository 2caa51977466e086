import type { Actor } from '../actor.ts';
import { ApiError } from '../http/errors.ts';
import type { DraftContent } from './draft.ts';
import type { CaseRecord } from './store.ts';

/**
 * The workflow: draft → submitted (by the case's PK) → final (approved by the
 * supervisor of the Bapas) or returned (with a comment) → submitted again. Final is locked.
 */

/** Whether a user may change the case's facts and text now. */
export function canEdit(actor: Actor, c: Pick<CaseRecord, 'status' | 'pk_user_id' | 'bapas_code'>): boolean {
  if (c.bapas_code !== actor.bapasCode) return false;
  if (actor.role === 'researcher') return c.pk_user_id === actor.userId && (c.status === 'draft' || c.status === 'returned');
  // The supervisor corrects the text while reviewing.
  if (actor.role === 'supervisor') return c.status === 'submitted';
  return false;
}

/** Throws 409 (locked) or 403 (not yours) when the user may not edit now. */
export function assertCanEdit(actor: Actor, c: CaseRecord): void {
  if (c.status === 'final') throw new ApiError(409, 'This litmas is final and locked');
  if (!canEdit(actor, c)) throw new ApiError(403, `You may not edit this case while it is ${c.status}`);
}

/**
 * The kesimpulan and rekomendasi are the PK's decision: the Kepala Bapas may correct the
 * text of the sections while reviewing, but not these two (403). He returns the case with
 * a comment, or writes a note of his own that the document prints as his.
 */
export function assertDecisionsKept(actor: Actor, latest: DraftContent, next: DraftContent['decisions']): void {
  if (actor.role === 'researcher') return;
  const norm = (s: string | null | undefined) => (s ?? '').trim();
  const changed = (['kesimpulan', 'rekomendasi'] as const).filter((k) => norm(latest.decisions[k]) !== norm(next[k]));
  if (changed.length) {
    throw new ApiError(
      403,
      "The kesimpulan and rekomendasi are the PK's decision: return the case with a comment, or add a note of your own (catatan Kepala Bapas)",
      { fields: changed },
    );
  }
}

/**
 * Flags the supervisor has neither seen resolved nor acknowledged. A placeholder in a
 * decision option the PK did not choose is left out: options are not printed, and the
 * chosen text is checked on its own (submit-checks.ts).
 */
export function openFlags(d: DraftContent): DraftContent['flags'] {
  return d.flags.filter((f) => !f.acknowledged_by && !(f.blocking && (f.section === 'kesimpulan' || f.section === 'rekomendasi')));
}
