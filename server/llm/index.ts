import { join } from 'node:path';
import type { Module } from '../module.ts';
import { type LlmBackend, llmBackend } from './client.ts';
import { loadTemplates, type Template } from './prompts.ts';

declare module '../module.ts' {
  interface Services {
    /** The one OpenAI-compatible client; null when no model is configured (the offline drafter). */
    llm: LlmBackend | null;
    /** The prompt templates of `prompts/`, by id. */
    templates: Map<string, Template>;
  }
}

/** The LLM backend (the one OpenAI client, its error mapping) and the prompt templates. */
export const llm: Module = {
  name: 'llm',
  create: (s) => ({ llm: llmBackend(s.config), templates: loadTemplates(join(s.config.rootDir, 'prompts')) }),
};
