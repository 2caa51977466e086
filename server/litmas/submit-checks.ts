import { missingFacts } from '../../common/litmas/required.ts';
import { ApiError, type Issue } from '../http/errors.ts';
import { DECISION_SECTIONS, type DraftContent, type Flag, outlineFor } from './draft.ts';
import { leftoverPlaceholders } from './pseudonym/placeholders.ts';
import type { CaseRecord } from './store.ts';

/**
 * Something that keeps a draft from being submitted or approved, named by the section it
 * is in (`section`, its `title` as the document prints it, and the `paragraph` index
 * where there is one) so that the UI can list it and lead to it. `detail` is the marker,
 * placeholder or fact concerned.
 */
export interface ReadinessIssue extends Issue {
  code: 'no_draft' | 'empty_draft' | 'empty_section' | 'missing_data' | 'placeholder' | 'required_fact' | 'required';
  section: string;
  title: string;
  paragraph: number | null;
  detail: string | null;
  /** For a required fact: its id (`identity.birth_date`, `sources`), as the facts form names the field. */
  fact?: string;
}

const MARKER = /\[PERLU DATA:\s*([^\]]*)\]/g;
const DECISION_TITLES = new Map<string, string>(DECISION_SECTIONS.map((d) => [d.key, d.title]));

/**
 * What is missing before a draft may go to the Kepala Bapas or become final: no draft,
 * an empty draft or section (every paragraph deleted), a `[PERLU DATA: …]` marker, a
 * placeholder left in the text (the blocking flags, and any in the decisions), a required
 * fact of the kind not recorded, a conclusion or recommendation not decided. In outline
 * order. `flags` are the draft's flags as checked now.
 */
export function readinessIssues(rec: Pick<CaseRecord, 'kind' | 'facts'>, content: DraftContent | undefined, flags: Flag[]): ReadinessIssue[] {
  const outline = outlineFor(rec.kind);
  const titleOf = (key: string) => outline.find((o) => o.key === key)?.title ?? DECISION_TITLES.get(key) ?? key;
  const issue = (
    code: ReadinessIssue['code'],
    section: string,
    message: string,
    paragraph: number | null = null,
    detail: string | null = null,
  ): ReadinessIssue => ({
    field: section === '' ? 'draft' : DECISION_TITLES.has(section) ? section : `sections.${section}${paragraph === null ? '' : `.${paragraph}`}`,
    code,
    message,
    section,
    title: section === '' ? '' : titleOf(section),
    paragraph,
    detail,
  });
  if (!content) return [issue('no_draft', '', 'generate or write a draft first')];

  const out: ReadinessIssue[] = [];
  const bySection = new Map<string, ReadinessIssue[]>();
  const add = (i: ReadinessIssue) => {
    const list = bySection.get(i.section) ?? [];
    list.push(i);
    bySection.set(i.section, list);
  };
  const written = new Map(content.sections.map((s) => [s.key, s]));
  const blank = outline.filter((o) => !written.get(o.key)?.paragraphs.some((p) => p.text.trim()));
  if (blank.length === outline.length) out.push(issue('empty_draft', '', 'the draft is empty: every section was deleted'));
  for (const o of blank) add(issue('empty_section', o.key, `the section "${o.title}" is empty`));

  const markers = (section: string, text: string, paragraph: number | null) => {
    for (const m of text.matchAll(MARKER)) add(issue('missing_data', section, `missing data: ${m[0]}`, paragraph, m[1].trim() || m[0]));
  };
  for (const s of content.sections) s.paragraphs.forEach((p, i) => markers(s.key, p.text, i));
  // (A placeholder in an option the PK did not choose is not printed: the chosen decision is checked below.)
  for (const f of flags) {
    if (f.blocking && !DECISION_TITLES.has(f.section))
      add(issue('placeholder', f.section, `a placeholder is left in the text: ${f.text}`, f.paragraph, f.text));
  }
  for (const r of missingFacts(rec.kind, rec.facts))
    add({ ...issue('required_fact', r.section, `a required fact is not recorded: ${r.label}`, null, r.label), fact: r.id });

  for (const d of DECISION_SECTIONS) {
    const text = content.decisions[d.key] ?? '';
    if (!text.trim()) {
      add(issue('required', d.key, `the PK must choose or write the ${d.key}`));
      continue;
    }
    markers(d.key, text, null);
    for (const p of leftoverPlaceholders(text.replace(MARKER, ''))) add(issue('placeholder', d.key, `a placeholder is left in the text: ${p}`, null, p));
  }
  // In the order of the document: the outline, then the decisions; the facts' sections have no other home.
  for (const key of [...outline.map((o) => o.key), ...DECISION_SECTIONS.map((d) => d.key)]) out.push(...(bySection.get(key) ?? []));
  return out;
}

/** Refuses (400, every issue listed by section) a draft that is not ready to submit or approve. */
export function assertReady(rec: Pick<CaseRecord, 'kind' | 'facts'>, content: DraftContent | undefined, flags: Flag[], step: 'submit' | 'approve'): void {
  const issues = readinessIssues(rec, content, flags);
  if (issues.length === 0) return;
  const sections = new Set(issues.map((i) => i.title).filter(Boolean)).size;
  throw ApiError.invalid(
    issues,
    `The draft cannot be ${step === 'submit' ? 'submitted' : 'approved'} yet: ${issues.length} item(s) to complete in ${sections} section(s)`,
  );
}
