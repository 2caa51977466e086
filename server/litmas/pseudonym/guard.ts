import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { GenerationError } from '../../llm/errors.ts';
import { PLACEHOLDER_KINDS } from './kinds.ts';
import type { Pseudonymizer } from './pseudonymizer.ts';

/** The text of a message, whatever its content's shape. */
function contentOf(m: ChatCompletionMessageParam): string {
  const c = m.content;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((p) => ('text' in p && typeof p.text === 'string' ? p.text : '')).join('\n');
  return '';
}

/**
 * The last check before a request leaves the server: when any recorded or detected
 * identity is still in the outgoing messages, nothing is sent and the generation fails
 * with a message that names the kind of identity, never its value. `own` is the prompt's
 * own wording (templates, schema), which holds no identity.
 */
export function assertNothingIdentifying(messages: ChatCompletionMessageParam[], pseudo: Pseudonymizer, own: string): void {
  const kinds = [...new Set(messages.flatMap((m) => pseudo.remaining(contentOf(m), own)))];
  if (kinds.length === 0) return;
  const named = kinds.map((k) => PLACEHOLDER_KINDS[k]).join(', ');
  throw new GenerationError(
    'identity_left',
    `Permintaan tidak dikirim ke server LLM: teks yang akan dikirim masih memuat data identitas yang belum disamarkan (${named}). Periksa isian kasus, lalu coba lagi; bila berulang, laporkan ke admin.`,
    false,
  );
}
