import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { LlmBackend } from './client.ts';
import type { Deadline } from './deadline.ts';
import { GenerationError } from './errors.ts';

/** What a request of a generation is for. */
export type Purpose = 'draft' | 'repair' | 'verify';

/** One HTTP attempt, as it is recorded with its generation. */
export interface Attempt {
  /** 1, 2, … over the whole generation. */
  n: number;
  purpose: Purpose;
  /** 1 for the first try of a request, 2 for its first retry, … */
  try_no: number;
  /** The HTTP status; null when no answer came (connection refused, time limit before the headers). */
  status: number | null;
  /** The upstream's `x-request-id`. */
  request_id: string | null;
  latency_ms: number;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  /** The answer as it came: the streamed or returned text, or the error body. */
  raw: string | null;
  /** SHA-256 (hex) of `raw`. */
  raw_sha256: string | null;
  /** Why it failed, when it did (`rate_limited`, `stalled`, `connection`, …). */
  error: string | null;
  /** The wait before the next try, when there is one. */
  retry_after_s: number | null;
}

/** Told before a retry waits: the PK sees "mencoba lagi dalam N detik". */
export interface RetryNotice {
  purpose: Purpose;
  /** The try that failed. */
  try_no: number;
  max_tries: number;
  status: number | null;
  wait_s: number;
}

export interface CallHooks {
  onAttempt: (a: Attempt) => Promise<void>;
  onRetry: (r: RetryNotice) => Promise<void>;
}

export interface CallResult {
  content: string;
  model: string | null;
}

type Body<T> = Omit<T, 'model' | 'stream' | 'stream_options'>;

const sha256 = (s: string | null) => (s === null ? null : createHash('sha256').update(s).digest('hex'));

/** Whether an upstream answer may be tried again (the SDK's rule, `x-should-retry` first). */
function retryableStatus(e: InstanceType<typeof OpenAI.APIError>): boolean {
  const say = e.headers?.get('x-should-retry');
  if (say === 'true') return true;
  if (say === 'false') return false;
  const s = e.status ?? 0;
  return s === 408 || s === 409 || s === 429 || s >= 500;
}

/** The wait a failed answer asks for (`retry-after-ms`, `retry-after` in seconds or as a date), in ms; null when it asks none. */
export function askedWaitMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers?.get('retry-after');
  if (!after) return null;
  const s = Number.parseFloat(after);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(after);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/**
 * Makes the LLM requests of one generation with the `openai` SDK, one HTTP attempt at a
 * time: it retries (connection errors, 408, 409, 429, 5xx) with its own loop so that
 * each attempt is recorded (status, upstream request id, latency, tokens, the raw answer
 * and its hash), a `Retry-After` is capped (`LENTERA_LLM_MAX_RETRY_AFTER_S`) and
 * announced, and every wait stays within the generation's deadline. A stream is retried
 * only before its first byte. `usage` sums the tokens of every attempt.
 */
export class LlmCaller {
  readonly usage = { prompt_tokens: 0, completion_tokens: 0, known: false };
  #n = 0;

  constructor(
    readonly backend: LlmBackend,
    readonly deadline: Deadline,
    private readonly hooks: CallHooks,
  ) {}

  /** A streamed completion; `onDelta` sees each piece of text as it comes. */
  stream(purpose: Purpose, body: Body<ChatCompletionCreateParamsStreaming>, onDelta: (text: string) => Promise<void>): Promise<CallResult> {
    return this.#retrying(purpose, async (a) => {
      const { data, response, request_id } = await this.backend.client.chat.completions
        .create({ ...body, model: this.backend.model, stream: true, stream_options: { include_usage: true } }, this.#options())
        .withResponse();
      a.status = response.status;
      a.request_id = request_id ?? response.headers.get('x-request-id');
      let text = '';
      let model: string | null = null;
      this.deadline.alive();
      try {
        for await (const chunk of data) {
          this.deadline.alive();
          model ??= chunk.model || null;
          if (chunk.usage) this.#tokens(a, chunk.usage);
          const delta = chunk.choices[0]?.delta?.content;
          if (!delta) continue;
          text += delta;
          await onDelta(delta);
        }
        // The SDK ends a stream quietly when it is aborted: a stopped stream is no answer.
        if (this.deadline.signal.aborted) throw this.deadline.signal.reason;
      } catch (e) {
        a.raw = text;
        if (this.deadline.reason) throw e;
        // The answer had begun: whatever broke, it broke mid-stream (never retried).
        throw new GenerationError('stream_broken', 'Aliran jawaban dari server LLM terputus atau rusak. Coba lagi.');
      } finally {
        this.deadline.quiet();
      }
      a.raw = text;
      return { content: text, model };
    });
  }

  /** A completion answered in one piece. */
  complete(purpose: Purpose, body: Body<ChatCompletionCreateParamsNonStreaming>): Promise<CallResult> {
    return this.#retrying(purpose, async (a) => {
      const { data, response, request_id } = await this.backend.client.chat.completions
        .create({ ...body, model: this.backend.model, stream: false }, this.#options())
        .withResponse();
      a.status = response.status;
      a.request_id = request_id ?? response.headers.get('x-request-id');
      if (data.usage) this.#tokens(a, data.usage);
      const content = data.choices[0]?.message?.content ?? '';
      a.raw = content;
      return { content, model: data.model || null };
    });
  }

  #options() {
    // The SDK's own time limit (up to the answer's headers) is what is left of the
    // generation; the deadline's signal covers the body and the stream too.
    return { signal: this.deadline.signal, timeout: Math.max(1, Math.ceil(this.deadline.remainingMs())), maxRetries: 0 };
  }

  #tokens(a: Attempt, u: { prompt_tokens: number; completion_tokens: number }) {
    a.prompt_tokens = u.prompt_tokens;
    a.completion_tokens = u.completion_tokens;
  }

  async #retrying(purpose: Purpose, once: (a: Attempt) => Promise<CallResult>): Promise<CallResult> {
    const maxTries = this.backend.maxRetries + 1;
    for (let tryNo = 1; ; tryNo++) {
      const a: Attempt = {
        n: ++this.#n,
        purpose,
        try_no: tryNo,
        status: null,
        request_id: null,
        latency_ms: 0,
        prompt_tokens: null,
        completion_tokens: null,
        raw: null,
        raw_sha256: null,
        error: null,
        retry_after_s: null,
      };
      const started = performance.now();
      let failure: unknown = null;
      let result: CallResult | null = null;
      try {
        result = await once(a);
      } catch (e) {
        failure = e;
      }
      a.latency_ms = Math.round(performance.now() - started);
      if (a.prompt_tokens !== null) {
        this.usage.prompt_tokens += a.prompt_tokens;
        this.usage.completion_tokens += a.completion_tokens ?? 0;
        this.usage.known = true;
      }
      const waitMs = failure === null ? null : this.#describe(a, failure, tryNo < maxTries);
      a.raw_sha256 = sha256(a.raw);
      if (waitMs !== null) a.retry_after_s = Math.ceil(waitMs / 1000);
      await this.hooks.onAttempt(a);
      if (failure === null) return result!;
      if (waitMs === null) throw failure;
      await this.hooks.onRetry({ purpose, try_no: tryNo, max_tries: maxTries, status: a.status, wait_s: Math.ceil(waitMs / 1000) });
      await this.deadline.sleep(waitMs);
    }
  }

  /** Fills in why an attempt failed; returns the wait before a retry, or null when there is none. */
  #describe(a: Attempt, e: unknown, triesLeft: boolean): number | null {
    const stop = this.deadline.reason;
    if (stop) {
      a.error = stop;
      return null;
    }
    if (e instanceof OpenAI.APIError && e.status) {
      a.status = e.status;
      a.request_id ??= e.requestID ?? e.headers?.get('x-request-id') ?? null;
      a.raw ??= e.error === undefined ? null : JSON.stringify(e.error);
      a.error = e instanceof OpenAI.RateLimitError ? 'rate_limited' : e.status >= 500 ? 'upstream_error' : 'upstream_refused';
      if (!triesLeft || !retryableStatus(e)) return null;
      const asked = askedWaitMs(e.headers);
      const wait = asked === null ? this.#backoff(a.try_no) : Math.min(asked, this.backend.maxRetryAfterS * 1000);
      // A wait that would outlast the generation's time limit is not worth starting.
      return wait < this.deadline.remainingMs() ? wait : null;
    }
    if (e instanceof OpenAI.APIConnectionError && !(e instanceof OpenAI.APIConnectionTimeoutError)) {
      a.error = 'connection';
      if (!triesLeft) return null;
      const wait = this.#backoff(a.try_no);
      return wait < this.deadline.remainingMs() ? wait : null;
    }
    a.error = e instanceof GenerationError ? e.code : e instanceof OpenAI.APIConnectionTimeoutError ? 'timeout' : 'failed';
    return null;
  }

  /** The SDK's default backoff: 0.5 s doubling to at most 8 s, less up to a quarter. */
  #backoff(tryNo: number): number {
    return Math.min(500 * 2 ** (tryNo - 1), 8000) * (1 - Math.random() * 0.25);
  }
}
