// Indonesian strings of the overview (Beranda).
// The keys are the module's own (a test checks that no two dictionaries share one);
// `{name}` placeholders are filled by t().
export const id = {
  'home.title': 'Beranda',
  'home.intro': 'Ringkasan nasional hunian Lapas, Rutan dan LPKA per snapshot terakhir.',
  'home.toOccupancy': 'Buka dasbor Hunian',
  'home.trend': 'Tren nasional penghuni dan kapasitas',
} as const;
