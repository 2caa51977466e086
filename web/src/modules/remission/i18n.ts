// The remission page's t(): its own keys, the occupancy keys (it shares the unit vocabulary,
// filter and column words of the occupancy page) and the core ones.
import { maybe, registerMessages } from '../../lib/i18n/index.ts';
import { messages as occupancy, typeLabel } from '../occupancy/i18n.ts';
import { en } from './i18n.en.ts';
import { id } from './i18n.id.ts';

export { fmt, locale } from '../../lib/i18n/index.ts';
export { typeLabel };

/** This module's strings, for a module that shows its components to register too. */
export const messages = { id, en };
export const t = registerMessages(occupancy, messages);

/** Label of a round (RU_17_AGUSTUS → "Remisi Umum 17 Agustus"). */
export const eventLabel = (code: string): string => maybe(`event.${code}`) ?? code;

/** Short label of a round, for chart legends (RU_17_AGUSTUS → "RU 17 Agustus"). */
export const eventShort = (code: string): string => maybe(`eventShort.${code}`) ?? eventLabel(code);
