// English strings of the overview (Beranda): every key of the Indonesian file (checked by the type).
import type { id } from './i18n.id.ts';

export const en: Record<keyof typeof id, string> = {
  'home.title': 'Overview',
  'home.intro': 'National summary of three datasets: occupancy, remission, and UMKM & food security.',
  'home.trend': 'National residents and capacity over time',
  'home.datasets': 'Headline figures per dataset',
  'home.open': 'Open {name}',
  'home.lastDate': 'Latest data: {date}',
  'home.stale': 'This data is more than two months old ({date}); newer figures have not been loaded.',
  'home.occ.title': 'Occupancy',
  'home.occ.residents': 'Residents',
  'home.occ.overcrowding': 'Overcrowding',
  'home.occ.compare': 'against {date}',
  'home.rem.title': 'General remission {year}',
  'home.rem.recipients': 'Recipients',
  'home.rem.released': 'Freed at once',
  'home.rem.compare': 'against {year}',
  'home.umkm.title': 'UMKM & food',
  'home.umkm.revenue': 'Revenue, 12 months',
  'home.umkm.pnbp': 'PNBP, 12 months',
  'home.umkm.period': '{from}–{to}, against the 12 months before',
  'home.umkm.synthetic': 'synthetic data',
  'home.noChange': 'nothing to compare with',
};
