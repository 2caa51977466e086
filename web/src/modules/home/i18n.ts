// The overview's t(): its own keys, the occupancy keys (it shows the occupancy KPIs and trend) and the core ones.
import { registerMessages } from '../../lib/i18n/index.ts';
import { messages as occupancy } from '../occupancy/i18n.ts';
import { en } from './i18n.en.ts';
import { id } from './i18n.id.ts';

export { fmt, locale, maybe, roleLabel, tMaybe } from '../../lib/i18n/index.ts';

export const t = registerMessages(occupancy, { id, en });
