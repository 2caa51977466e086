// One drafting run: POSTs …/generate and reads its event stream, keeping each section as
// it arrives. Abort closes the stream (the server then aborts the upstream LLM request).
import { ApiError, hooks } from '../../../lib/http.ts';
import { generateUrl } from '../api.ts';
import { readSse } from './sse.ts';
import type { GenerationEvent } from '../types.ts';

type StartEvent = Extract<GenerationEvent, { type: 'start' }>;
type SectionEvent = Extract<GenerationEvent, { type: 'section' }>['section'];
type RetryEvent = Extract<GenerationEvent, { type: 'retry' }>;
export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'aborted';

export interface RunError {
  code: string;
  /** The server's message (Indonesian), or empty when the UI says it (network, HTTP status). */
  message: string;
  retryable: boolean;
  api?: ApiError;
}

export class GenerationRun {
  status = $state<RunStatus>('idle');
  started = $state.raw<StartEvent | null>(null);
  sections = $state.raw<SectionEvent[]>([]);
  error = $state.raw<RunError | null>(null);
  done = $state.raw<{ version_no: number; flags: number } | null>(null);
  /** The server is waiting before it tries the LLM again ("mencoba lagi dalam N detik"), and the seconds left. */
  retry = $state.raw<RetryEvent | null>(null);
  retryLeft = $state(0);
  #ctrl: AbortController | null = null;
  #tick: ReturnType<typeof setInterval> | null = null;

  /** Runs a generation; `onDone` is called when a new version was stored. */
  async start(caseId: number, onDone: () => Promise<void> | void): Promise<void> {
    this.#ctrl?.abort();
    const ctrl = (this.#ctrl = new AbortController());
    this.status = 'running';
    this.started = null;
    this.sections = [];
    this.error = null;
    this.done = null;
    this.#waited();
    try {
      const res = await fetch(generateUrl(caseId), {
        method: 'POST',
        credentials: 'same-origin',
        signal: ctrl.signal,
        headers: { accept: 'text/event-stream' },
      });
      if (!res.ok || !res.body) throw await this.#httpError(res);
      await readSse(res.body, (m) => this.#on(JSON.parse(m.data) as GenerationEvent));
      // The stream ended without `done` or `error`: it broke off.
      if (this.status === 'running' && !this.error) this.error = { code: 'stream_broken', message: '', retryable: true };
      if ((this.status as RunStatus) === 'done') await onDone();
      else if (this.error) this.status = 'error';
    } catch (e) {
      if (ctrl.signal.aborted) {
        this.status = 'aborted';
        return;
      }
      this.error =
        e instanceof ApiError
          ? { code: `http_${e.status}`, message: '', retryable: e.status === 0 || e.status >= 500, api: e }
          : { code: 'stream_broken', message: '', retryable: true };
      this.status = 'error';
    } finally {
      this.#waited();
      if (this.#ctrl === ctrl) this.#ctrl = null;
    }
  }

  /** Cancels the run in flight (nothing is stored; the earlier draft stays). */
  abort(): void {
    this.#ctrl?.abort();
  }

  #on(e: GenerationEvent): void {
    if (e.type === 'retry') {
      this.#waited();
      this.retry = e;
      this.retryLeft = e.wait_s;
      this.#tick = setInterval(() => {
        this.retryLeft = Math.max(0, this.retryLeft - 1);
        if (this.retryLeft === 0) this.#waited();
      }, 1000);
      return;
    }
    this.#waited();
    if (e.type === 'start') this.started = e;
    else if (e.type === 'section') this.sections = [...this.sections, e.section];
    else if (e.type === 'done') {
      this.done = { version_no: e.version_no, flags: e.flags };
      this.status = 'done';
    } else if (e.type === 'error') this.error = { code: e.code, message: e.message, retryable: e.retryable };
  }

  /** The wait is over (the retry started, or the run ended). */
  #waited(): void {
    if (this.#tick) clearInterval(this.#tick);
    this.#tick = null;
    this.retry = null;
  }

  async #httpError(res: Response): Promise<ApiError> {
    const b = (await res.json().catch(() => ({}))) as { error?: string; details?: ApiError['details'] };
    if (res.status === 401) hooks.unauthorized?.();
    return new ApiError(res.status, b.error ?? res.statusText, b.details);
  }
}
