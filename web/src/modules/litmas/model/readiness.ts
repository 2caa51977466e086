// A refused submit or approve (400) in the shape the review tab shows it: what is missing,
// grouped by the section the document prints it in, each with where to fix it. Pure
// (tested in test/web-litmas.test.ts).
import type { ApiError } from '../../../lib/http.ts';
import type { ReadinessIssue } from '../types.ts';

const CODES = new Set<ReadinessIssue['code']>(['no_draft', 'empty_draft', 'empty_section', 'missing_data', 'placeholder', 'required_fact', 'required']);

/** The readiness issues of a refused submit or approve; [] for any other answer. */
export function readinessIssues(e: ApiError | undefined): ReadinessIssue[] {
  if (e?.status !== 400) return [];
  return e.issues.filter((i): i is ReadinessIssue => CODES.has(i.code as ReadinessIssue['code']) && typeof (i as { section?: unknown }).section === 'string');
}

export interface ReadinessGroup {
  section: string;
  /** The section's title as the document prints it ('' for the draft as a whole). */
  title: string;
  issues: ReadinessIssue[];
}

/** The issues grouped by section, in the order the server listed them (the document's). */
export function bySection(issues: ReadinessIssue[]): ReadinessGroup[] {
  const groups: ReadinessGroup[] = [];
  for (const i of issues) {
    const g = groups.find((x) => x.section === i.section);
    if (g) g.issues.push(i);
    else groups.push({ section: i.section, title: i.title, issues: [i] });
  }
  return groups;
}

/** The facts form's section of a required fact without a field of its own. */
const FACT_SECTIONS: Record<string, string> = { sources: 'sumber', family: 'keluarga', guarantor: 'penjamin', offence: 'tindak-pidana', identity: 'identitas' };

/** Where an issue is fixed: the tab, and the elements to bring into view (the first that exists). */
export function fixAt(i: ReadinessIssue): { tab: 'draf' | 'fakta'; selectors: string[] } {
  if (i.code === 'required_fact' && i.fact) {
    const head = i.fact.split('.')[0];
    return { tab: 'fakta', selectors: [`[data-testid="fact-${i.fact}"]`, `#fakta-${FACT_SECTIONS[head] ?? head}`] };
  }
  if (i.section === 'kesimpulan' || i.section === 'rekomendasi') {
    return { tab: 'draf', selectors: [`[data-testid="decision-${i.section}-text"]`, `[data-testid="decision-${i.section}"]`] };
  }
  const para = i.paragraph === null ? [] : [`[data-testid="paragraph-${i.section}-${i.paragraph}"]`];
  return { tab: 'draf', selectors: [...para, `#ds-${i.section}`, '[data-testid="draft-section"]', '#draft-h'] };
}

/** Where a flag's paragraph (or decision option) is in the Draf tab. */
export function flagAt(f: { section: string; paragraph: number }): { tab: 'draf'; selectors: string[] } {
  if (f.section === 'kesimpulan' || f.section === 'rekomendasi') {
    return { tab: 'draf', selectors: [`[data-testid="decision-${f.section}-option-${f.paragraph}"]`, `[data-testid="decision-${f.section}"]`] };
  }
  return { tab: 'draf', selectors: [`[data-testid="paragraph-${f.section}-${f.paragraph}"]`, `#ds-${f.section}`] };
}
