// Debounced autosave: a change schedules a save after a pause; one save at a time; a
// change during a save is saved after it. A conflict (409) stops saving until reload.
import type { ApiError } from '../../../lib/http.ts';
import { toApiError } from '../../../lib/errorText.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict' | 'invalid';

export class Autosaver {
  status = $state<SaveStatus>('idle');
  savedAt = $state<number | null>(null);
  error = $state.raw<ApiError | undefined>(undefined);
  #saved = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | null = null;

  /**
   * `snapshot` serialises what is saved; `send` saves a snapshot; `valid` says whether
   * the current state may be sent (else the status is `invalid` and nothing is sent).
   */
  constructor(
    private readonly snapshot: () => string,
    private readonly send: (snapshot: string) => Promise<void>,
    private readonly valid: () => boolean = () => true,
    readonly delay = 1500,
  ) {}

  /** Takes the current state as saved (after a load). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#saved = this.snapshot();
    this.status = 'idle';
    this.error = undefined;
  }

  /** True while something is not yet saved. */
  get dirty(): boolean {
    return this.status === 'pending' || this.status === 'saving' || this.status === 'invalid' || this.status === 'error';
  }

  /** Called on every change (from an $effect): schedules a save when the state differs from the saved one. */
  changed(): void {
    if (this.status === 'conflict') return;
    if (this.snapshot() === this.#saved) {
      if (this.status === 'pending' || this.status === 'invalid') this.status = this.savedAt ? 'saved' : 'idle';
      clearTimeout(this.#timer);
      return;
    }
    if (!this.valid()) {
      clearTimeout(this.#timer);
      this.status = 'invalid';
      return;
    }
    if (this.status !== 'saving') this.status = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves now (e.g. before leaving the page or generating); resolves when saved or failed. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#running) {
      await this.#running;
      if (this.status === 'conflict' || this.status === 'error') return;
    }
    const snap = this.snapshot();
    if (snap === this.#saved || this.status === 'conflict' || !this.valid()) return;
    this.status = 'saving';
    this.error = undefined;
    this.#running = this.send(snap).then(
      () => {
        this.#saved = snap;
        this.savedAt = Date.now();
        this.status = 'saved';
      },
      (e: unknown) => {
        this.error = toApiError(e);
        this.status = this.error.status === 409 ? 'conflict' : 'error';
      },
    );
    await this.#running;
    this.#running = null;
    // Typed on while the save ran: save that too.
    if ((this.status as SaveStatus) === 'saved' && this.snapshot() !== this.#saved) this.changed();
  }

  /** Stops a scheduled save (the page is going away after a flush, or the case was reloaded). */
  cancel(): void {
    clearTimeout(this.#timer);
  }
}
