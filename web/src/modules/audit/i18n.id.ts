// Indonesian strings of the audit trail (admin).
// The keys are the module's own (a test checks that no two dictionaries share one);
// `{name}` placeholders are filled by t().
export const id = {
  'audit.title': 'Audit',
  'audit.intro': 'Jejak audit: siapa masuk, mengubah pengguna, membuat token atau mengunduh data, dan kapan.',
  'audit.filters': 'Filter jejak audit',
  'audit.user': 'Pengguna',
  'audit.action': 'Aksi',
  'audit.actionHint': 'Awalan, mis. auth atau user.create',
  'audit.from': 'Dari tanggal',
  'audit.to': 'Sampai tanggal',
  'audit.apply': 'Terapkan',
  'audit.listTitle': 'Catatan audit',
  'audit.export': 'Unduh CSV',
  'audit.caption': 'Catatan audit, terbaru di atas',
  'audit.at': 'Waktu',
  'audit.target': 'Sasaran',
  'audit.outcome': 'Hasil',
  'audit.outcome.success': 'Berhasil',
  'audit.outcome.failure': 'Gagal',
  'audit.outcome.denied': 'Ditolak',
  'audit.ip': 'Alamat IP',
  'audit.details': 'Rincian',
  'audit.range': '{from}–{to} dari {total} catatan',

  'field.user': 'Pengguna',
  'field.action': 'Aksi',
} as const;
