// Shapes of the litmas answers of the API (server/litmas/routes.ts, docs/API.md § Litmas). Types only.

// The request, facts, draft and RRI result are the server's own (one definition for both sides).
import type { CaseRequest } from '../../../../common/litmas/facts.ts';
import type { DraftContent, Flag, Paragraph, SupervisorNote } from '../../../../common/litmas/draft.ts';
import type { Fact, Facts } from '../../../../common/litmas/facts.ts';
import type { NeedRating, RriLevel, RriResult as ServerRriResult } from '../../../../common/litmas/rri.ts';
import type { CaseRecord as ServerCaseRecord, CaseStatus } from '../../../../common/litmas/case.ts';

export type { CaseRequest, DraftContent, Fact, Facts, Flag, NeedRating, Paragraph, RriLevel, SupervisorNote };

/** The RRI score (the browser's own scoring names items by plain strings). */
export type RriResult = Omit<ServerRriResult, 'missing'> & { missing: string[] };
/** A family member or the guarantor. */
export type Person = NonNullable<Facts['guarantor']>;
/** A source of information (interview, document…). */
export type Source = Facts['sources'][number];

export type { CaseStatus };
export type DraftSource = 'llm' | 'offline' | 'edit';
export type FlagKind = Flag['kind'];
export type SourceKind = Source['kind'];

export interface KindInfo {
  key: string;
  label: string;
  child: boolean;
  integration: boolean;
  dueHours: number | null;
}

export type Drafter = { kind: 'offline'; model: null; host: null; redacted: false } | { kind: 'llm'; model: string; host: string; redacted: boolean };

/** `GET /api/litmas/meta`. */
export interface LitmasMeta {
  kinds: KindInfo[];
  outline: { key: string; title: string; integration?: boolean }[];
  decisions: { key: 'kesimpulan' | 'rekomendasi'; title: string }[];
  rri_items: { key: string; label: string; max: number }[];
  need_domains: { key: string; label: string }[];
  drafter: Drafter;
}

/** A row of `GET /api/litmas/cases`. */
export interface CaseRow {
  id: number;
  kind: string;
  status: CaseStatus;
  title: string;
  pk_user_id: number;
  pk_name: string | null;
  due_at: string | null;
  received_at: string | null;
  updated_at: string;
  draft_versions: number;
}

export interface Assessment {
  rri: Record<string, number | null | undefined>;
  needs: Record<string, NeedRating | null | undefined>;
  notes?: string | null;
}

/** A case as `GET /api/litmas/cases/:id` gives it: the server's record, with the
 * browser's looser assessment (items named by plain strings). */
export type CaseRecord = Omit<ServerCaseRecord, 'kind' | 'assessment'> & { kind: string; assessment: Assessment };

export interface DraftOption {
  text: string;
  fact_ids: string[];
}

export type DecisionKey = 'kesimpulan' | 'rekomendasi';

export interface VersionInfo {
  id: number;
  case_id: number;
  version_no: number;
  source: DraftSource;
  generation_id: number | null;
  created_by: number;
  created_by_name: string | null;
  created_at: string;
}

export interface DraftRecord extends VersionInfo {
  content: DraftContent;
}

export interface Review {
  id: number;
  action: 'submit' | 'return' | 'approve';
  comment: string | null;
  user_id: number;
  user_name: string | null;
  created_at: string;
}

export interface Generation {
  id: number;
  kind: string;
  drafter: 'llm' | 'offline';
  backend_host: string | null;
  model_requested: string | null;
  model_answered: string | null;
  redacted: boolean;
  latency_ms: number | null;
  flags: number | null;
  outcome: 'running' | 'success' | 'failure' | 'aborted';
  error: string | null;
  draft_id: number | null;
  /** HTTP attempts made (retries, repair, verification). */
  attempts: number;
  created_at: string;
}

/** `GET /api/litmas/cases/:id`. */
export interface CaseView {
  case: CaseRecord;
  rri: RriResult;
  facts: Fact[];
  draft: DraftRecord | null;
  versions: VersionInfo[];
  reviews: Review[];
  generations: Generation[];
}

/** One HTTP attempt of a generation (server/llm/attempts.ts). */
export interface Attempt {
  n: number;
  purpose: 'draft' | 'repair' | 'verify';
  try_no: number;
  status: number | null;
  request_id: string | null;
  latency_ms: number;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  raw_sha256: string | null;
  error: string | null;
  retry_after_s: number | null;
  /** The raw answer: for the case's Bapas only (null in the admin's oversight). */
  raw_answer: string | null;
  created_at: string;
}

/** What left the server for a generation: `as_sent` for the case's Bapas, `redacted` (identities replaced) for the admin. */
export interface SentPrompt {
  id: number;
  drafter: string;
  redacted: boolean;
  backend_host: string | null;
  prompt_sent: string | null;
  view: 'as_sent' | 'redacted';
  attempts: Attempt[];
}

/** Something that keeps a draft from being submitted or approved (server/litmas/submit-checks.ts). */
export interface ReadinessIssue {
  field: string;
  code: 'no_draft' | 'empty_draft' | 'empty_section' | 'missing_data' | 'placeholder' | 'required_fact' | 'required';
  message: string;
  section: string;
  title: string;
  paragraph: number | null;
  detail: string | null;
  fact?: string;
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface DiffAnswer {
  from: number;
  to: number;
  sections: { key: string; title: string; parts: DiffPart[] }[];
}

/** What the generate stream says (server/litmas/generate.ts). */
export type GenerationEvent =
  | { type: 'start'; generation_id: number; drafter: 'llm' | 'offline'; model: string | null; redacted: boolean; sections: { key: string; title: string }[] }
  | { type: 'section'; section: { key: string; title: string; paragraphs: Paragraph[] } }
  | { type: 'retry'; purpose: string; try_no: number; max_tries: number; status: number | null; wait_s: number; message: string }
  | { type: 'done'; draft_id: number; version_no: number; flags: number }
  | { type: 'error'; code: string; message: string; retryable: boolean };
