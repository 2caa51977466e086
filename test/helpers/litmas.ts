/** A diversi case as a PK records it, with identities the tests look for in what leaves the server. */
export const CASE_INPUT = {
  kind: 'diversi',
  request: { requester: 'Polres Metro Jakarta Pusat', letter_number: 'B/123/XI/2026/Reskrim', letter_date: '2026-11-26', received_at: '2026-11-27T02:00:00Z' },
  facts: {
    identity: {
      name: 'Rudi Hartono', nik: '3171234567890123', birth_place: 'Jakarta', birth_date: '2010-03-04', sex: 'L', religion: 'Islam',
      education: 'SMP kelas 9', occupation: 'Pelajar', address: 'Jl. Melati No. 12, Jakarta Pusat', phone: '081234567890',
    },
    family: [
      { name: 'Slamet Hartono', relation: 'ayah', age: 45, occupation: 'Pedagang', address: 'Jl. Melati No. 12, Jakarta Pusat', phone: '081298765432' },
      { name: 'Sri Wahyuni', relation: 'ibu', age: 41, occupation: 'Ibu rumah tangga' },
    ],
    guarantor: { name: 'Slamet Hartono', relation: 'ayah', address: 'Jl. Melati No. 12, Jakarta Pusat', phone: '081298765432' },
    life_history: { childhood: 'Lahir normal, anak kedua dari tiga bersaudara.', education: 'Tidak pernah tinggal kelas.', behaviour: 'Dikenal pendiam.' },
    family_condition: { relations: 'Hubungan dengan orang tua baik.', economy: 'Penghasilan ayah sekitar 3.000.000 rupiah per bulan.' },
    social_environment: { description: 'Lingkungan padat penduduk.' },
    offence: {
      articles: ['Pasal 351 ayat (1) KUHP'], offence_date: '2026-11-20', location: 'Jakarta Pusat',
      chronology: 'Rudi bertengkar dengan Andi Saputra sepulang sekolah dan memukulnya sekali.',
      victim_name: 'Andi Saputra', consequences: 'Korban luka memar.', case_number: 'LP/B/456/XI/2026/SPKT',
    },
    responses: { client: 'Klien menyesal.', victim: 'Keluarga korban bersedia berdamai.' },
    sources: [{ kind: 'wawancara', description: 'Wawancara dengan klien dan ayah', date: '2026-11-27' }],
  },
  assessment: {
    rri: { usia_saat_ini: 2, usia_pertama_ditangkap: 2, riwayat_pidana: 0, pelanggaran_pembinaan: 0, jenis_tindak_pidana: 1, penggunaan_napza: 0, pendidikan: 0, pekerjaan: 0, keluarga: 0, pergaulan: 1 },
    needs: { relasi_sosial: 'sedang', sikap_antisosial: 'rendah' },
  },
};

/** The identities of the case: none may appear in what the fake LLM receives. */
export const SECRETS = ['Rudi', 'Hartono', 'Slamet', 'Sri Wahyuni', 'Wahyuni', 'Andi', 'Saputra', '3171234567890123', '081234567890', '081298765432', 'Melati', 'LP/B/456', 'B/123/XI'];
