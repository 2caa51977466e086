// Indonesian strings of the app shell, states, errors, forms, tables and charts that every module uses.
// The keys are the module's own (a test checks that no two dictionaries share one);
// `{name}` placeholders are filled by t().
export const coreId = {
  'app.name': 'Lentera',
  'app.tagline': 'Dasbor Pemasyarakatan',
  'app.skip': 'Lewati ke konten utama',
  'app.footer': 'Data: Direktorat Jenderal Pemasyarakatan. Kapasitas per UPT adalah data sintetis.',

  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.occupancy': 'Hunian',
  'nav.remission': 'Remisi',
  'nav.umkm': 'UMKM & Pangan',

  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',

  'theme.toDark': 'Mode gelap',
  'theme.toLight': 'Mode terang',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.back': 'Kembali ke Beranda',

  'nav.users': 'Pengguna',
  'nav.audit': 'Audit',
  'nav.account': 'Akun',

  'role.admin': 'Admin',
  'role.planner': 'Perencana',
  'role.analyst': 'Analis',
  'role.researcher': 'Peneliti (PK)',
  'role.supervisor': 'Supervisor (Kepala Bapas)',

  'menu.signedInAs': 'Masuk sebagai {username}',
  'menu.signOut': 'Keluar',

  'app.signInTitle': 'Masuk',

  'noAccess.title': 'Tidak ada akses',
  'noAccess.text': 'Peran Anda tidak berhak membuka halaman ini.',
  'noAccess.back': 'Kembali ke halaman awal',

  'col.role': 'Peran',

  'form.cancel': 'Batal',
  'form.save': 'Simpan',
  'form.required': 'Wajib diisi.',
  'form.invalid': 'Nilai tidak valid.',
  'form.checkFields': 'Periksa isian yang ditandai.',
  'form.403': 'Anda tidak berhak melakukan tindakan ini.',
  'form.409': 'Perubahan ditolak karena bertentangan dengan data yang ada.',

  'filter.all': 'Semua',
  'filter.reset': 'Atur ulang filter',

  'chart.savePng': 'Simpan PNG',
  'chart.savePngOf': 'Simpan grafik {name} sebagai PNG',
  'chart.showTable': 'Lihat tabel',
  'chart.hideTable': 'Sembunyikan tabel',
  'chart.tableOf': 'Tabel data: {name}',

  'export.label': 'Unduh',
  'export.csvOf': 'Unduh {name} sebagai CSV',
  'export.xlsxOf': 'Unduh {name} sebagai XLSX (Excel)',

  'col.status': 'Status',
  'col.action': 'Aksi',
  'col.created': 'Dibuat',

  'table.prev': 'Sebelumnya',
  'table.next': 'Berikutnya',
  'table.pageSize': 'Baris per halaman',
  'table.sortBy': 'Urutkan menurut {name}',
  'table.pager': 'Halaman tabel',

  'dialog.close': 'Tutup',

  'state.loading': 'Memuat data…',
  'state.empty': 'Tidak ada data',
  'state.emptyHint': 'Coba ubah filter atau kata pencarian.',
  'state.retry': 'Coba lagi',

  'err.title': 'Data gagal dimuat',
  'err.network': 'Server tidak dapat dihubungi. Periksa koneksi Anda.',
  'err.400': 'Permintaan tidak valid.',
  'err.401': 'Anda perlu masuk (sign in) untuk melihat data ini.',
  'err.403': 'Anda tidak berhak melihat data ini.',
  'err.404': 'Data tidak ditemukan.',
  'err.500': 'Terjadi kesalahan di server.',
  'err.other': 'Terjadi kesalahan (HTTP {status}).',

  'issue.invalid_type': 'jenis nilai tidak sesuai',
  'issue.invalid_format': 'format tidak sesuai',
  'issue.invalid_value': 'nilai tidak dikenal',
  'issue.too_small': 'nilai terlalu kecil',
  'issue.too_big': 'nilai terlalu besar',
  'issue.unknown_kanwil': 'Kanwil tidak dikenal',
  'issue.unrecognized_keys': 'parameter tidak dikenal',
  'issue.custom': 'nilai tidak valid',
  'issue.not_found': 'tidak ditemukan',
  'issue.required': 'wajib diisi',

  'field.year': 'Tahun',
  'field.date': 'Tanggal',
  'field.q': 'Pencarian',
  'field.sort': 'Urutan',
  'field.order': 'Arah urutan',
  'field.limit': 'Baris per halaman',
  'field.offset': 'Halaman',
  'field.from': 'Dari',
  'field.to': 'Sampai',

  'nav.litmas': 'Litmas',
  'nav.llmGenerations': 'Generasi LLM',
} as const;
