import OpenAI from 'openai';
import type { Config } from '../config.ts';

export interface LlmBackend {
  client: OpenAI;
  model: string;
  host: string;
  responseFormat: Config['llmResponseFormat'];
  /** The time limit of one whole generation. */
  timeoutMs: number;
  /** How long a streamed answer may send nothing before it is stopped. */
  stallMs: number;
  /** Retries of one request (the SDK's own are off: each attempt is recorded, see attempts.ts). */
  maxRetries: number;
  /** The longest wait a `Retry-After` may ask for. */
  maxRetryAfterS: number;
}

/**
 * The one place an OpenAI client is built. Null when no model is configured: the
 * offline drafter is used and nothing leaves the server.
 */
export function llmBackend(config: Config): LlmBackend | null {
  if (!config.llmModel) return null;
  const baseURL = config.llmBaseUrl || 'https://api.openai.com/v1';
  const client = new OpenAI({
    baseURL,
    // Local servers ignore the key, but the SDK refuses to start without one.
    apiKey: config.llmApiKey || 'not-needed',
    timeout: config.llmTimeoutMs,
    // Retries are run by LlmCaller, so that every HTTP attempt is seen and recorded and
    // a Retry-After is capped.
    maxRetries: 0,
  });
  return {
    client,
    model: config.llmModel,
    host: new URL(baseURL).host,
    responseFormat: config.llmResponseFormat,
    timeoutMs: config.llmTimeoutMs,
    stallMs: config.llmStallMs,
    maxRetries: config.llmMaxRetries,
    maxRetryAfterS: config.llmMaxRetryAfterS,
  };
}
