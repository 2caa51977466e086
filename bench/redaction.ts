/**
 * Redaction on the leak corpus (test/fixtures/litmas-leak): builds the very messages a
 * generation sends, with identities pseudonymised, and reports recall (the share of
 * listed identities that did not leave) and the over-redaction rate (the share of listed
 * context that did not survive). Run alone: `node --import tsx bench/redaction.ts`.
 */
import { join } from 'node:path';
import { draftContext } from '../server/litmas/context.ts';
import { assessmentSchema, factsSchema } from '../common/litmas/facts.ts';
import type { LitmasKind } from '../common/litmas/kinds.ts';
import { buildMessages } from '../server/litmas/llm-draft.ts';
import { Pseudonymizer } from '../server/litmas/redact.ts';
import { loadTemplates } from '../server/llm/prompts.ts';
import { countLeaks } from '../test/fixtures/litmas-leak/count.ts';
import { LEAK_CASES } from '../test/fixtures/litmas-leak/index.ts';

export interface RedactionBench {
  cases: number;
  secrets: number;
  leaked: number;
  recall: number;
  context: number;
  lost: number;
  overRedaction: number;
  perCase: { name: string; leaked: string[]; lost: string[] }[];
}

/** The messages a generation of this case would send, redacted. */
export function redactedPrompt(input: (typeof LEAK_CASES)[number]['input'], templatesDir = join(import.meta.dirname, '..', 'prompts')): string {
  const facts = factsSchema.parse(input.facts);
  const kind = input.kind as LitmasKind;
  const ctx = draftContext(kind, facts, assessmentSchema.parse(input.assessment), input.request);
  const templates = loadTemplates(templatesDir);
  const t = ['litmas.system', 'litmas.draft', `litmas.kind.${kind}`].map((id) => templates.get(id)!);
  const pseudo = new Pseudonymizer(facts, { letter_number: input.request.letter_number, requester_name: input.request.requester_name, request: input.request });
  return buildMessages(ctx, t, pseudo)
    .map((m) => m.content as string)
    .join('\n');
}

/** Recall and over-redaction over the whole corpus. */
export function benchRedaction(): RedactionBench {
  const perCase = LEAK_CASES.map((c) => ({ name: c.name, ...countLeaks(redactedPrompt(c.input), c) }));
  const secrets = perCase.reduce((a, c) => a + c.secrets, 0);
  const leaked = perCase.reduce((a, c) => a + c.leaked.length, 0);
  const context = perCase.reduce((a, c) => a + c.context, 0);
  const lost = perCase.reduce((a, c) => a + c.lost.length, 0);
  return {
    cases: perCase.length,
    secrets,
    leaked,
    recall: secrets ? (secrets - leaked) / secrets : 1,
    context,
    lost,
    overRedaction: context ? lost / context : 0,
    perCase: perCase.map((c) => ({ name: c.name, leaked: c.leaked, lost: c.lost })),
  };
}

if (process.argv[1]?.endsWith('redaction.ts')) {
  const r = benchRedaction();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`Redaction on ${r.cases} cases: recall ${pct(r.recall)} (${r.leaked} of ${r.secrets} identities left the server),`);
  console.log(`over-redaction ${pct(r.overRedaction)} (${r.lost} of ${r.context} context strings lost)`);
  for (const c of r.perCase)
    if (c.leaked.length || c.lost.length) console.log(`  ${c.name}: leaked ${JSON.stringify(c.leaked)} lost ${JSON.stringify(c.lost)}`);
}
