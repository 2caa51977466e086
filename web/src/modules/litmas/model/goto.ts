// Opens a tab of the case page and brings an element of it into view (a paragraph, a fact field).
import { tick } from 'svelte';
import { caseParams } from '../params.svelte.ts';

/** Switches to `tab`, then scrolls to the first of `selectors` that exists (and focuses it when it is a field). */
export async function goTo(at: { tab: 'draf' | 'fakta'; selectors: string[] }): Promise<void> {
  caseParams.set({ tab: at.tab });
  await tick();
  const el = at.selectors.map((s) => document.querySelector<HTMLElement>(s)).find((x) => x);
  el?.scrollIntoView({ block: 'center' });
  if (el && /^(TEXTAREA|INPUT|SELECT)$/.test(el.tagName)) el.focus({ preventScroll: true });
}
