// The draft being edited: its sections' paragraphs and the PK's two decisions, saved as a
// new version (PUT …/draft with the version it was based on) after a pause in typing.
import { Autosaver } from './autosave.svelte.ts';
import { litmasApi } from '../api.ts';
import { missingIn } from './highlight.ts';
import type { DecisionKey, DraftContent, DraftRecord, Flag, Paragraph } from '../types.ts';

export interface EditSection {
  key: string;
  title: string;
  paragraphs: Paragraph[];
}

export class DraftEditor {
  /** The version the text on screen is based on (the latest saved). */
  version = $state<number | null>(null);
  sections = $state<EditSection[]>([]);
  decisions = $state<Record<DecisionKey, string>>({ kesimpulan: '', rekomendasi: '' });
  /** The saved content: options, flags (recomputed by the server on every save). */
  content = $state.raw<DraftContent | null>(null);
  readonly saver: Autosaver;

  constructor(
    private readonly caseId: number,
    private readonly onSaved: (d: DraftRecord) => void,
  ) {
    this.saver = new Autosaver(
      () => this.snapshot(),
      (s) => this.#send(s),
      () => true,
      2000,
    );
  }

  /** Starts editing a stored draft (or nothing yet). */
  init(d: DraftRecord | null): void {
    this.version = d?.version_no ?? null;
    this.content = d?.content ?? null;
    this.sections = (d?.content.sections ?? []).map((s) => ({
      key: s.key,
      title: s.title,
      paragraphs: s.paragraphs.map((p) => ({ text: p.text, fact_ids: [...p.fact_ids], missing: [...p.missing] })),
    }));
    this.decisions = { kesimpulan: d?.content.decisions.kesimpulan ?? '', rekomendasi: d?.content.decisions.rekomendasi ?? '' };
    this.saver.reset();
  }

  /** What a save sends (reading it from an $effect tracks every field). */
  snapshot(): string {
    if (this.version === null) return '';
    return JSON.stringify({
      sections: this.sections.map((s) => ({
        key: s.key,
        paragraphs: s.paragraphs.map((p) => ({ text: p.text, fact_ids: p.fact_ids, missing: missingIn(p.text) })),
      })),
      decisions: { kesimpulan: this.decisions.kesimpulan.trim() || null, rekomendasi: this.decisions.rekomendasi.trim() || null },
    });
  }

  async #send(snap: string): Promise<void> {
    const saved = await litmasApi.saveDraft(this.caseId, { base_version: this.version!, ...JSON.parse(snap) });
    this.version = saved.version_no;
    this.content = saved.content;
    this.onSaved(saved);
  }

  /** The saved flags of one paragraph (section key, index); options use 'kesimpulan'/'rekomendasi'. */
  flagsOf(section: string, paragraph: number): Flag[] {
    return this.content?.flags.filter((f) => f.section === section && f.paragraph === paragraph) ?? [];
  }

  /** Flags the supervisor has not acknowledged. */
  get openFlags(): Flag[] {
    return this.content?.flags.filter((f) => !f.acknowledged_by) ?? [];
  }
}
