import OpenAI from 'openai';

/** Why a generation failed, with a message for the PK in Indonesian. */
export class GenerationError extends Error {
  constructor(
    readonly code:
      | 'timeout'
      | 'stalled'
      | 'connection'
      | 'rate_limited'
      | 'upstream_error'
      | 'upstream_refused'
      | 'invalid_answer'
      | 'stream_broken'
      | 'aborted'
      | 'case_changed'
      | 'identity_left',
    message: string,
    readonly retryable = true,
  ) {
    super(message);
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`.replace('.', ',');

/** The failure of a generation stopped by its time limit or by a silent stream. */
export function stoppedError(reason: 'timeout' | 'stalled', limits: { timeoutMs: number; stallMs: number }): GenerationError {
  return reason === 'stalled'
    ? new GenerationError(
        'stalled',
        `Server LLM berhenti mengirim jawaban selama ${seconds(limits.stallMs)} detik, jadi penyusunan draf dihentikan. Draf sebelumnya tidak berubah; coba lagi.`,
      )
    : new GenerationError(
        'timeout',
        `Server LLM tidak menyelesaikan jawaban dalam batas waktu ${seconds(limits.timeoutMs)} detik, jadi penyusunan draf dihentikan. Coba lagi.`,
      );
}

/** Maps what the openai SDK (or our validation) threw to a clear, retryable failure. */
export function toGenerationError(e: unknown): GenerationError {
  if (e instanceof GenerationError) return e;
  if (e instanceof OpenAI.APIUserAbortError) return new GenerationError('aborted', 'Pembuatan draf dibatalkan.', true);
  if (e instanceof OpenAI.APIConnectionTimeoutError) return new GenerationError('timeout', 'Server LLM tidak menjawab dalam batas waktu. Coba lagi.');
  if (e instanceof OpenAI.APIConnectionError)
    return new GenerationError('connection', 'Tidak dapat terhubung ke server LLM. Periksa apakah server berjalan, lalu coba lagi.');
  if (e instanceof OpenAI.RateLimitError)
    return new GenerationError('rate_limited', 'Server LLM sedang membatasi permintaan (HTTP 429). Coba lagi sebentar lagi.');
  if (e instanceof OpenAI.APIError && (e.status ?? 0) >= 500) {
    return new GenerationError('upstream_error', `Server LLM mengalami gangguan (HTTP ${e.status}). Coba lagi.`);
  }
  if (e instanceof OpenAI.APIError && e.status) {
    return new GenerationError('upstream_refused', `Server LLM menolak permintaan (HTTP ${e.status}). Periksa konfigurasi model.`, false);
  }
  return new GenerationError('stream_broken', 'Aliran jawaban dari server LLM terputus atau rusak. Coba lagi.');
}
