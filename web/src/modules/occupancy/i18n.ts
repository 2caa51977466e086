// The occupancy page (Hunian) module's t(): its own keys and the core ones.
import { maybe, registerMessages } from '../../lib/i18n/index.ts';
import { en } from './i18n.en.ts';
import { id } from './i18n.id.ts';

export { fmt, locale, maybe, roleLabel, tMaybe } from '../../lib/i18n/index.ts';

/** This module's strings, for a module that shows its components to register too. */
export const messages = { id, en };
export const t = registerMessages(messages);
/** A key of this module's dictionary. */
export type Key = keyof typeof id;

/** Label of a unit type code (LAPAS → "Lapas"). */
export const typeLabel = (code: string): string => maybe(`type.${code}`) ?? code;
