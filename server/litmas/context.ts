import type { Assessment, CaseRequest, Fact, Facts } from '../../common/litmas/facts.ts';
import { LITMAS_KINDS, type LitmasKind } from '../../common/litmas/kinds.ts';
import { NEED_DOMAINS, RRI_ITEMS, priorityNeeds, scoreRri } from '../../common/litmas/rri.ts';
import { derivedFacts } from './derived.ts';
import { flattenFacts } from './facts.ts';
import { FactCorpus } from './grounding.ts';
import { legalFacts } from './legal.ts';
import type { Party } from './stance.ts';

export type { CaseRequest } from '../../common/litmas/facts.ts';

/** Everything a drafter works from: the facts with ids, plus facts computed in code. */
export interface DraftContext {
  kind: LitmasKind;
  kindLabel: string;
  facts: Fact[];
  /**
   * Facts computed in code, citable like any other: the assessment (`assessment.*`),
   * ages and days to the deadline (`derived.*`), the legal bases the kind's prompt
   * supplies (`legal.*`), and the request letter (`request.*`).
   */
  computed: Fact[];
  request: CaseRequest;
  raw: Facts;
  assessment: Assessment;
}

const RATING: Record<string, string> = { rendah: 'rendah', sedang: 'sedang', tinggi: 'tinggi' };

const REQUEST_LABELS: Record<keyof CaseRequest, string> = {
  requester: 'Instansi peminta',
  requester_name: 'Nama peminta',
  letter_number: 'Nomor surat permintaan',
  letter_date: 'Tanggal surat permintaan',
  received_at: 'Permintaan diterima',
  due_at: 'Tenggat penyelesaian',
  purpose: 'Keperluan',
};

/** The request letter as citable facts (`request.letter_date`, …). */
function requestFacts(request: CaseRequest): Fact[] {
  return (Object.keys(REQUEST_LABELS) as (keyof CaseRequest)[])
    .filter((k) => request[k])
    .map((k) => ({ id: `request.${k}`, section: 'request', label: REQUEST_LABELS[k], value: String(request[k]) }));
}

/** Builds the drafting context of a case (`now` dates the derived facts). */
export function draftContext(kind: LitmasKind, facts: Facts, assessment: Assessment, request: CaseRequest, now = new Date()): DraftContext {
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
  computed.push(...derivedFacts(facts, request, now), ...legalFacts(kind), ...requestFacts(request));
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

/** The recorded responses of each party, for the check of statements against them. */
function stanceTexts(f: Facts): { party: Party; text: string }[] {
  const r = f.responses;
  const out: [Party, string | null | undefined][] = [
    ['victim', r.victim],
    ['victim', f.offence.victim_details],
    ['family', r.family],
    ['community', r.community],
    ['community', r.local_government],
    ['community', f.social_environment.community_view],
    ['client', r.client],
  ];
  return out.filter((x): x is [Party, string] => !!x[1]).map(([party, text]) => ({ party, text }));
}

/** The corpus a draft of this case is checked against. */
export function groundingCorpus(ctx: DraftContext): FactCorpus {
  return new FactCorpus([ctx.kindLabel], {
    legal: ctx.computed.filter((f) => f.section === 'legal').map((f) => f.value),
    stances: stanceTexts(ctx.raw),
    facts: [...ctx.facts, ...ctx.computed],
  });
}

/** Every id a paragraph may cite. */
export function citableIds(ctx: DraftContext): Set<string> {
  return new Set([...ctx.facts, ...ctx.computed].map((f) => f.id));
}
