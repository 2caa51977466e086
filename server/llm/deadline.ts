/** Why a generation's requests were stopped. */
export type StopReason = 'aborted' | 'timeout' | 'stalled';

/**
 * The time limits of one generation: the whole of it (`LENTERA_LLM_TIMEOUT_MS`:
 * requests, retries, waits, the repair and the verification) and the silence of a
 * streamed answer (`LENTERA_LLM_STALL_MS`). Its signal stops the request under way when
 * the caller aborts (the browser left), the time is up, or a watched stream falls silent;
 * `reason` says which.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #ctrl = new AbortController();
  readonly #ends: number;
  readonly #total: ReturnType<typeof setTimeout>;
  #stall: ReturnType<typeof setTimeout> | null = null;
  #reason: StopReason | null = null;
  readonly #onOuter = () => this.#stop('aborted');

  constructor(
    private readonly outer: AbortSignal,
    readonly totalMs: number,
    readonly stallMs: number,
  ) {
    this.signal = this.#ctrl.signal;
    this.#ends = performance.now() + totalMs;
    this.#total = setTimeout(() => this.#stop('timeout'), totalMs);
    if (outer.aborted) this.#stop('aborted');
    else outer.addEventListener('abort', this.#onOuter, { once: true });
  }

  /** Why the signal fired (null while it has not). */
  get reason(): StopReason | null {
    return this.#reason;
  }

  /** Milliseconds left of the whole generation. */
  remainingMs(): number {
    return Math.max(0, this.#ends - performance.now());
  }

  /** Data came from a stream: its silence is counted from now. */
  alive(): void {
    if (this.#reason) return;
    if (this.#stall) clearTimeout(this.#stall);
    this.#stall = setTimeout(() => this.#stop('stalled'), this.stallMs);
  }

  /** The stream ended: its silence no longer matters. */
  quiet(): void {
    if (this.#stall) clearTimeout(this.#stall);
    this.#stall = null;
  }

  /** Waits `ms`, or less when the signal fires first (then throws). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(this.signal.reason);
      const done = () => {
        this.signal.removeEventListener('abort', stop);
        resolve();
      };
      const timer = setTimeout(done, ms);
      const stop = () => {
        clearTimeout(timer);
        reject(this.signal.reason);
      };
      this.signal.addEventListener('abort', stop, { once: true });
    });
  }

  /** Stops the timers (the generation is over). */
  dispose(): void {
    clearTimeout(this.#total);
    this.quiet();
    this.outer.removeEventListener('abort', this.#onOuter);
  }

  #stop(reason: StopReason): void {
    if (this.#reason) return;
    this.#reason = reason;
    this.dispose();
    this.#ctrl.abort(new Error(`generation ${reason}`));
  }
}
