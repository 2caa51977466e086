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

/** Checks a draft is ready to submit: the PK has chosen or written the conclusion and the recommendation. */
export function assertDecided(d: DraftContent | undefined): void {
  if (!d) throw ApiError.invalid([{ field: 'draft', code: 'required', message: 'generate or write a draft first' }], 'No draft yet');
  const issues = (['kesimpulan', 'rekomendasi'] as const)
    .filter((k) => !d.decisions[k]?.trim())
    .map((k) => ({ field: k, code: 'required', message: `the PK must choose or write the ${k}` }));
  if (issues.length) throw ApiError.invalid(issues, "The conclusion and recommendation are the PK's decision");
}

/** Flags the supervisor has neither seen resolved nor acknowledged. */
export function openFlags(d: DraftContent): DraftContent['flags'] {
  return d.flags.filter((f) => !f.acknowledged_by);
}
