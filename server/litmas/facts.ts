import type { Fact, Facts } from '../../common/litmas/facts.ts';

export type { Assessment, Fact, Facts } from '../../common/litmas/facts.ts';

const LABELS: Record<string, string> = {
  'identity.name': 'Nama klien',
  'identity.alias': 'Alias',
  'identity.nik': 'NIK',
  'identity.birth_place': 'Tempat lahir',
  'identity.birth_date': 'Tanggal lahir',
  'identity.sex': 'Jenis kelamin',
  'identity.religion': 'Agama',
  'identity.education': 'Pendidikan',
  'identity.occupation': 'Pekerjaan',
  'identity.marital_status': 'Status perkawinan',
  'identity.nationality': 'Kewarganegaraan',
  'identity.address': 'Alamat',
  'identity.phone': 'Telepon',
  'life_history.childhood': 'Riwayat kelahiran dan masa kecil',
  'life_history.education': 'Riwayat pendidikan',
  'life_history.behaviour': 'Riwayat tingkah laku',
  'life_history.marriage': 'Riwayat perkawinan',
  'life_history.work': 'Riwayat pekerjaan',
  'family_condition.relations': 'Relasi dalam keluarga',
  'family_condition.economy': 'Kondisi ekonomi keluarga',
  'family_condition.housing': 'Kondisi tempat tinggal',
  'social_environment.description': 'Kondisi lingkungan sosial',
  'social_environment.community_view': 'Pandangan masyarakat',
  'offence.articles': 'Pasal yang disangkakan/didakwakan',
  'offence.offence_date': 'Tanggal kejadian',
  'offence.location': 'Tempat kejadian',
  'offence.chronology': 'Kronologi',
  'offence.victim_name': 'Nama korban',
  'offence.victim_details': 'Keterangan korban',
  'offence.consequences': 'Akibat tindak pidana',
  'offence.case_number': 'Nomor perkara',
  'offence.verdict_number': 'Nomor putusan',
  'offence.register_number': 'Nomor register',
  'responses.client': 'Tanggapan klien',
  'responses.family': 'Tanggapan keluarga',
  'responses.victim': 'Tanggapan korban',
  'responses.community': 'Tanggapan masyarakat',
  'responses.local_government': 'Tanggapan pemerintah setempat',
  'programme.programmes': 'Program pembinaan yang diikuti',
  'programme.register_f': 'Catatan Register F',
  'programme.behaviour': 'Perilaku selama pembinaan',
};
const PERSON_LABELS: Record<string, string> = {
  name: 'nama',
  relation: 'hubungan',
  age: 'usia',
  occupation: 'pekerjaan',
  address: 'alamat',
  phone: 'telepon',
};

/** Flattens the facts into a list with stable ids (`identity.name`, `family.0.name`, `sources.1`). */
export function flattenFacts(f: Facts): Fact[] {
  const out: Fact[] = [];
  const push = (id: string, label: string, v: unknown) => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return;
    out.push({ id, section: id.split('.')[0], label, value: Array.isArray(v) ? v.join('; ') : String(v) });
  };
  for (const sec of ['identity', 'life_history', 'family_condition', 'social_environment', 'offence', 'responses', 'programme'] as const) {
    for (const [k, v] of Object.entries(f[sec] ?? {})) push(`${sec}.${k}`, LABELS[`${sec}.${k}`] ?? k, v);
  }
  f.family.forEach((m, i) => {
    for (const [k, v] of Object.entries(m)) push(`family.${i}.${k}`, `Keluarga ${i + 1}: ${PERSON_LABELS[k] ?? k}`, v);
  });
  if (f.guarantor) for (const [k, v] of Object.entries(f.guarantor)) push(`guarantor.${k}`, `Penjamin: ${PERSON_LABELS[k] ?? k}`, v);
  f.sources.forEach((s, i) => push(`sources.${i}`, `Sumber informasi ${i + 1} (${s.kind})`, [s.description, s.date, s.note].filter(Boolean).join(', ')));
  return out;
}
