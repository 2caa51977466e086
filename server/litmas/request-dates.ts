import type { CaseRequest } from '../../common/litmas/facts.ts';
import { ApiError } from '../http/errors.ts';

/** Clocks differ a little between a browser and the server: a received time this far ahead is still "now". */
const SKEW_MS = 5 * 60_000;

/** Refuses a received date in the future (400 on `request.received_at`). */
export function assertReceivedNotFuture(received: string, now = new Date()): void {
  if (new Date(received).getTime() > now.getTime() + SKEW_MS) {
    throw ApiError.invalid(
      [{ field: 'request.received_at', code: 'future', message: 'the request cannot have been received in the future' }],
      'The received date cannot be in the future',
    );
  }
}

/** The changes of the received and due dates between two versions of a request, for the audit trail. */
export function dateChanges(before: CaseRequest, after: CaseRequest): Record<string, { old: string | null; new: string | null }> {
  const out: Record<string, { old: string | null; new: string | null }> = {};
  for (const k of ['received_at', 'due_at'] as const) {
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    const same = a && b ? new Date(a).getTime() === new Date(b).getTime() : a === b;
    if (!same) out[k] = { old: a, new: b };
  }
  return out;
}
