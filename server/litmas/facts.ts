import { z } from 'zod';
import { isoDate } from '../validate.ts';
import { NEED_DOMAINS, RRI_ITEMS } from './rri.ts';

const text = (max = 4000) => z.string().trim().max(max).optional().nullable();
// A calendar date that exists (2025-02-31 is refused); '' from an empty form field is null.
const date = z
  .union([z.literal('').transform(() => null), isoDate])
  .optional()
  .nullable();

const person = {
  name: text(120),
  relation: text(60),
  // An empty form field means "not known", never 0.
  age: z
    .union([z.literal('').transform(() => null), z.number().int().min(0).max(130)])
    .nullable()
    .optional(),
  occupation: text(120),
  address: text(300),
  phone: text(40),
};

/** The facts a PK records, in the sections of the litmas outline (all optional while drafting). */
export const factsSchema = z.strictObject({
  identity: z
    .strictObject({
      name: text(120),
      alias: text(120),
      nik: z
        .string()
        .trim()
        .regex(/^\d{16}$/, 'NIK is 16 digits')
        .optional()
        .nullable()
        .or(z.literal('').transform(() => null)),
      birth_place: text(120),
      birth_date: date,
      sex: z.enum(['L', 'P']).optional().nullable(),
      religion: text(40),
      education: text(120),
      occupation: text(120),
      marital_status: text(60),
      nationality: text(60),
      address: text(300),
      phone: text(40),
    })
    .default({}),
  family: z.array(z.strictObject(person)).max(20).default([]),
  guarantor: z.strictObject(person).nullable().default(null),
  life_history: z.strictObject({ childhood: text(), education: text(), behaviour: text(), marriage: text(), work: text() }).default({}),
  family_condition: z.strictObject({ relations: text(), economy: text(), housing: text() }).default({}),
  social_environment: z.strictObject({ description: text(), community_view: text() }).default({}),
  offence: z
    .strictObject({
      articles: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
      offence_date: date,
      location: text(300),
      chronology: text(8000),
      victim_name: text(120),
      victim_details: text(),
      consequences: text(),
      case_number: text(120),
      verdict_number: text(120),
      register_number: text(120),
    })
    .default({ articles: [] }),
  responses: z.strictObject({ client: text(), family: text(), victim: text(), community: text(), local_government: text() }).default({}),
  programme: z.strictObject({ programmes: text(), register_f: text(500), behaviour: text() }).default({}),
  sources: z
    .array(
      z.strictObject({
        kind: z.enum(['wawancara', 'dokumen', 'observasi', 'kunjungan_rumah']),
        description: z.string().trim().min(1).max(300),
        date,
        note: text(1000),
      }),
    )
    .max(50)
    .default([]),
});

export type Facts = z.infer<typeof factsSchema>;

const rriShape = Object.fromEntries(RRI_ITEMS.map((i) => [i.key, z.number().int().min(0).max(i.max).nullable().optional()])) as Record<
  (typeof RRI_ITEMS)[number]['key'],
  z.ZodOptional<z.ZodNullable<z.ZodNumber>>
>;
const needShape = Object.fromEntries(NEED_DOMAINS.map((d) => [d.key, z.enum(['rendah', 'sedang', 'tinggi']).nullable().optional()])) as Record<
  (typeof NEED_DOMAINS)[number]['key'],
  z.ZodOptional<z.ZodNullable<z.ZodEnum<{ rendah: 'rendah'; sedang: 'sedang'; tinggi: 'tinggi' }>>>
>;

/** RRI part A answers (scored in code) and the PK's rating of each need domain. */
export const assessmentSchema = z.strictObject({
  rri: z.strictObject(rriShape).default({}),
  needs: z.strictObject(needShape).default({}),
  notes: text(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** One recorded fact with a stable id, the unit the draft cites. */
export interface Fact {
  id: string;
  section: string;
  label: string;
  value: string;
}

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
