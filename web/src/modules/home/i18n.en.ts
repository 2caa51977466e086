// English strings of the overview (Beranda): every key of the Indonesian file (checked by the type).
import type { id } from './i18n.id.ts';

export const en: Record<keyof typeof id, string> = {
  'home.title': 'Overview',
  'home.intro': 'National summary of prison, remand and juvenile facility occupancy at the latest snapshot.',
  'home.toOccupancy': 'Open the occupancy dashboard',
  'home.trend': 'National residents and capacity over time',
};
