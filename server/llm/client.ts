import OpenAI from 'openai';
import type { Config } from '../config.ts';

export interface LlmBackend {
  client: OpenAI;
  model: string;
  host: string;
  responseFormat: Config['llmResponseFormat'];
  timeoutMs: number;
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
    maxRetries: config.llmMaxRetries,
  });
  return { client, model: config.llmModel, host: new URL(baseURL).host, responseFormat: config.llmResponseFormat, timeoutMs: config.llmTimeoutMs };
}
