// Focus helpers for forms.
import { tick } from 'svelte';

/** After the DOM has caught up, focuses the first field marked invalid in `root` (if still there). */
export async function focusInvalid(root: HTMLElement | undefined | null): Promise<void> {
  await tick();
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
