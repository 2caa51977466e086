// The overview's t(): its own keys, the keys of the modules whose figures it shows
// (occupancy's KPIs and trend, remission's round names, UMKM's) and the core ones.
import { registerMessages } from '../../lib/i18n/index.ts';
import { messages as occupancy } from '../occupancy/i18n.ts';
import { messages as remission } from '../remission/i18n.ts';
import { messages as umkm } from '../umkm/i18n.ts';
import { en } from './i18n.en.ts';
import { id } from './i18n.id.ts';

export { fmt, locale, maybe, roleLabel, tMaybe } from '../../lib/i18n/index.ts';

export const t = registerMessages(occupancy, remission, umkm, { id, en });
