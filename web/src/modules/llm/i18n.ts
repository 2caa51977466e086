// The LLM oversight page's t(): its own keys, the litmas keys (generations are litmas
// drafting runs, and it shows litmas' "what was sent") and the core ones.
import { registerMessages } from '../../lib/i18n/index.ts';
import { messages as litmas } from '../litmas/i18n.ts';
import { en } from './i18n.en.ts';
import { id } from './i18n.id.ts';

export { fmt, locale, maybe, roleLabel, tMaybe } from '../../lib/i18n/index.ts';

export const t = registerMessages(litmas, { id, en });
