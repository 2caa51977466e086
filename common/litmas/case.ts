// A litmas case and its draft versions as the API answers them.
import type { DraftContent } from './draft.ts';
import type { Assessment, CaseRequest, Facts } from './facts.ts';
import type { LitmasKind } from './kinds.ts';

/** draft → submitted → final, or returned (with a comment) → submitted again. */
export type CaseStatus = 'draft' | 'submitted' | 'returned' | 'final';

/** A case of a Bapas, as `GET /api/litmas/cases/:id` gives it. */
export interface CaseRecord {
  id: number;
  bapas_code: string;
  pk_user_id: number;
  pk_name: string | null;
  kind: LitmasKind;
  status: CaseStatus;
  title: string;
  request: CaseRequest;
  facts: Facts;
  assessment: Assessment;
  revision: number;
  created_at: string;
  updated_at: string;
  approved_by: number | null;
  approved_at: string | null;
  approved_version: number | null;
}

/** One stored version of a case's draft. */
export interface DraftRecord {
  id: number;
  case_id: number;
  version_no: number;
  source: 'llm' | 'offline' | 'edit';
  generation_id: number | null;
  content: DraftContent;
  created_by: number;
  created_by_name: string | null;
  created_at: string;
}
