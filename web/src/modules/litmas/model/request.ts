// The request of a case (who asked, when, by when) as the form edits it: local date-time
// inputs, converted to and from the API's ISO instants.
import type { CaseRequest } from '../types.ts';
import { endOfDay, fromLocalInput, toDateInput, toLocalInput } from './time.ts';

export interface RequestForm {
  requester: string;
  /** kept as the API has it (no field for it in the form) */
  requester_name: string;
  letter_number: string;
  letter_date: string;
  /** datetime-local */
  received: string;
  /** date (the deadline is the end of that day); ignored for diversi (72 h, computed by the server) */
  due: string;
  purpose: string;
}

export function requestForm(r: CaseRequest | undefined): RequestForm {
  return {
    requester: r?.requester ?? '',
    requester_name: r?.requester_name ?? '',
    letter_number: r?.letter_number ?? '',
    letter_date: r?.letter_date ?? '',
    received: toLocalInput(r?.received_at),
    due: toDateInput(r?.due_at),
    purpose: r?.purpose ?? '',
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The API's request from the form; `fixedDue` kinds get their due date from the server. */
export function requestBody(f: RequestForm, fixedDue: boolean): CaseRequest {
  return {
    requester: orNull(f.requester),
    requester_name: orNull(f.requester_name),
    letter_number: orNull(f.letter_number),
    letter_date: f.letter_date || null,
    received_at: fromLocalInput(f.received),
    due_at: fixedDue ? null : f.due ? endOfDay(f.due) : null,
    purpose: orNull(f.purpose),
  };
}
