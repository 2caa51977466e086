// Indonesian strings of LLM oversight (admin): every generation, the LLM settings.
// The keys are the module's own (a test checks that no two dictionaries share one);
// `{name}` placeholders are filled by t().
export const id = {
  'llm.genTitle': 'Generasi LLM',
  'llm.genIntro': 'Setiap penyusunan draf litmas di semua Bapas: siapa, kapan, penyusun, dan apa yang dikirim (tanpa isi kasus).',
  'llm.genOf': 'Generasi #{id}',
  'llm.when': 'Waktu',
  'llm.user': 'Pengguna',
  'llm.case': 'Kasus',
  'llm.drafter': 'Penyusun',
  'llm.redaction': 'Penyamaran',
  'llm.outcome': 'Hasil',
  'llm.flags': 'Catatan',
  'llm.latency': 'Durasi',
  'llm.sent': 'Yang dikirim',
  'llm.settingsTitle': 'Pengaturan LLM',
  'llm.noBackend': 'Tidak ada LLM yang dikonfigurasi: draf disusun oleh penyusun luring, tidak ada data yang keluar dari server.',
  'llm.backend': 'LLM terkonfigurasi: model {model} di host {host}.',
  'llm.warning':
    'Hanya untuk LLM yang di-hosting sendiri (di dalam jaringan instansi). Data litmas adalah data pribadi spesifik (UU 27/2022 tentang Pelindungan Data Pribadi): jangan kirim teks asli ke layanan pihak ketiga.',
  'llm.allowClear': 'Izinkan teks asli (tanpa penyamaran) untuk host {host}',
  'llm.nowRedacted': 'Saat ini: identitas disamarkan sebelum dikirim.',
  'llm.nowClear': 'Saat ini: teks asli dikirim ke host ini.',
  'llm.saved': 'Pengaturan tersimpan.',
} as const;
