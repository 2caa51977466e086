// English strings of LLM oversight (admin): every generation, the LLM settings: every key of the Indonesian file (checked by the type).
import type { id } from './i18n.id.ts';

export const en: Record<keyof typeof id, string> = {
  'llm.genTitle': 'LLM generations',
  'llm.genIntro': 'Every litmas drafting run in every Bapas: who, when, which drafter, and what was sent (no case content).',
  'llm.genOf': 'Generation #{id}',
  'llm.when': 'When',
  'llm.user': 'User',
  'llm.case': 'Case',
  'llm.drafter': 'Drafter',
  'llm.redaction': 'Pseudonyms',
  'llm.outcome': 'Outcome',
  'llm.flags': 'Notes',
  'llm.latency': 'Duration',
  'llm.sent': 'What was sent',
  'llm.settingsTitle': 'LLM settings',
  'llm.noBackend': 'No LLM is configured: the offline drafter writes drafts and no data leaves the server.',
  'llm.backend': 'Configured LLM: model {model} on host {host}.',
  'llm.warning':
    "Only for a self-hosted LLM (inside the agency's network). Litmas data is specific personal data (UU 27/2022 on personal data protection): never send clear text to a third-party service.",
  'llm.allowClear': 'Allow clear text (no pseudonyms) for host {host}',
  'llm.nowRedacted': 'Now: identities are pseudonymised before sending.',
  'llm.nowClear': 'Now: clear text is sent to this host.',
  'llm.saved': 'Settings saved.',
};
