// What a PK records for a litmas case: the request, the facts and the assessment. The
// schemas validate the API's bodies on the server; their types are the web app's too.
import { z } from 'zod';
import { isoDate } from '../dates.ts';
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

const dateTime = z.iso.datetime({ offset: true }).or(z.iso.date());
/** Who asked for the litmas, by which letter, and when it is due. */
export const requestSchema = z.strictObject({
  requester: z.string().trim().max(200).nullable().optional(),
  requester_name: z.string().trim().max(120).nullable().optional(),
  letter_number: z.string().trim().max(120).nullable().optional(),
  letter_date: z.iso
    .date()
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  received_at: dateTime.nullable().optional(),
  due_at: dateTime.nullable().optional(),
  purpose: z.string().trim().max(500).nullable().optional(),
});
export type CaseRequest = z.infer<typeof requestSchema>;
