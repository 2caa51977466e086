// Indonesian strings of the overview (Beranda).
// The keys are the module's own (a test checks that no two dictionaries share one);
// `{name}` placeholders are filled by t().
export const id = {
  'home.title': 'Beranda',
  'home.intro': 'Ringkasan nasional tiga data: hunian, remisi, dan UMKM & ketahanan pangan.',
  'home.trend': 'Tren nasional penghuni dan kapasitas',
  'home.datasets': 'Angka utama per data',
  'home.open': 'Buka {name}',
  'home.lastDate': 'Data terakhir: {date}',
  'home.stale': 'Data ini lebih dari dua bulan yang lalu ({date}); angka terbaru belum dimuat.',
  'home.occ.title': 'Hunian',
  'home.occ.residents': 'Penghuni',
  'home.occ.overcrowding': 'Overcrowding',
  'home.occ.compare': 'dibanding {date}',
  'home.rem.title': 'Remisi Umum {year}',
  'home.rem.recipients': 'Penerima',
  'home.rem.released': 'Langsung bebas',
  'home.rem.compare': 'dibanding {year}',
  'home.umkm.title': 'UMKM & pangan',
  'home.umkm.revenue': 'Pendapatan 12 bulan',
  'home.umkm.pnbp': 'PNBP 12 bulan',
  'home.umkm.period': '{from}–{to}, dibanding 12 bulan sebelumnya',
  'home.umkm.synthetic': 'data sintetis',
  'home.noChange': 'tanpa pembanding',
} as const;
