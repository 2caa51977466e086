import type { Facts, Assessment, Fact } from './facts.ts';
import { flattenFacts } from './facts.ts';
import { LITMAS_KINDS, type LitmasKind } from './kinds.ts';
import { NEED_DOMAINS, RRI_ITEMS, priorityNeeds, scoreRri } from './rri.ts';

export interface CaseRequest {
  requester?: string | null;
  requester_name?: string | null;
  letter_number?: string | null;
  letter_date?: string | null;
  received_at?: string | null;
  due_at?: string | null;
  purpose?: string | null;
}

/** Everything a drafter works from: the facts with ids, plus facts computed in code. */
export interface DraftContext {
  kind: LitmasKind;
  kindLabel: string;
  facts: Fact[];
  /** The assessment as facts (computed in code), citable like any other. */
  computed: Fact[];
  request: CaseRequest;
  raw: Facts;
  assessment: Assessment;
}

const RATING: Record<string, string> = { rendah: 'rendah', sedang: 'sedang', tinggi: 'tinggi' };

/** Builds the drafting context of a case. */
export function draftContext(kind: LitmasKind, facts: Facts, assessment: Assessment, request: CaseRequest): DraftContext {
  const computed: Fact[] = [];
  const rri = scoreRri(assessment.rri);
  if (rri.missing.length < RRI_ITEMS.length) {
    computed.push({ id: 'assessment.rri_total', section: 'assessment', label: 'Skor RRI bagian A (0–17)', value: String(rri.total) });
    computed.push({ id: 'assessment.rri_level', section: 'assessment', label: 'Tingkat risiko residivisme', value: rri.level });
    if (!rri.complete) {
      computed.push({ id: 'assessment.rri_incomplete', section: 'assessment', label: 'Butir RRI belum diisi', value: String(rri.missing.length) });
    }
  }
  for (const d of NEED_DOMAINS) {
    const r = assessment.needs[d.key];
    if (r) computed.push({ id: `assessment.needs.${d.key}`, section: 'assessment', label: `Kebutuhan: ${d.label}`, value: RATING[r] });
  }
  const prio = priorityNeeds(assessment.needs);
  if (prio.high.length) {
    const labels = prio.high.map((k) => NEED_DOMAINS.find((d) => d.key === k)!.label.toLowerCase());
    computed.push({ id: 'assessment.needs_priority', section: 'assessment', label: 'Kebutuhan kriminogenik prioritas', value: labels.join(', ') });
  }
  if (assessment.notes) computed.push({ id: 'assessment.notes', section: 'assessment', label: 'Catatan asesmen PK', value: assessment.notes });
  return { kind, kindLabel: LITMAS_KINDS[kind].label, facts: flattenFacts(facts), computed, request, raw: facts, assessment };
}

/** Every fact value and request field: what the grounding check compares the draft with. */
export function corpusValues(ctx: DraftContext): string[] {
  const req = Object.values(ctx.request).filter((v): v is string => typeof v === 'string');
  // Labels too: a drafter may restate "Tanggal lahir: …" as the facts list reads.
  const all = [...ctx.facts, ...ctx.computed];
  return all
    .map((f) => f.value)
    .concat(
      all.map((f) => f.label),
      req,
      [ctx.kindLabel],
    );
}
