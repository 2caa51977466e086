// The fields of the facts form, section by section, in the order of the litmas outline.
// `max` mirrors the server's limits; `wide` fields take a whole row.
import type { Key } from '../i18n.ts';

export interface FieldDef {
  key: string;
  label: Key;
  type?: 'text' | 'date' | 'textarea';
  max: number;
  wide?: boolean;
  hint?: Key;
}

const area = (key: string, label: Key, max = 4000): FieldDef => ({ key, label, type: 'textarea', max, wide: true });

export const IDENTITY: FieldDef[] = [
  { key: 'name', label: 'lit.f.identity.name', max: 120 },
  { key: 'alias', label: 'lit.f.identity.alias', max: 120 },
  { key: 'nik', label: 'lit.f.identity.nik', max: 16, hint: 'lit.f.identity.nikHint' },
  { key: 'birth_place', label: 'lit.f.identity.birth_place', max: 120 },
  { key: 'birth_date', label: 'lit.f.identity.birth_date', type: 'date', max: 10 },
  { key: 'religion', label: 'lit.f.identity.religion', max: 40 },
  { key: 'education', label: 'lit.f.identity.education', max: 120 },
  { key: 'occupation', label: 'lit.f.identity.occupation', max: 120 },
  { key: 'marital_status', label: 'lit.f.identity.marital_status', max: 60 },
  { key: 'nationality', label: 'lit.f.identity.nationality', max: 60 },
  { key: 'phone', label: 'lit.f.identity.phone', max: 40 },
  { key: 'address', label: 'lit.f.identity.address', max: 300, wide: true },
];

export const PERSON: FieldDef[] = [
  { key: 'name', label: 'lit.f.person.name', max: 120 },
  { key: 'relation', label: 'lit.f.person.relation', max: 60 },
  { key: 'occupation', label: 'lit.f.person.occupation', max: 120 },
  { key: 'phone', label: 'lit.f.person.phone', max: 40 },
  { key: 'address', label: 'lit.f.person.address', max: 300 },
];

export const LIFE_HISTORY: FieldDef[] = [
  area('childhood', 'lit.f.life.childhood'),
  area('education', 'lit.f.life.education'),
  area('behaviour', 'lit.f.life.behaviour'),
  area('marriage', 'lit.f.life.marriage'),
  area('work', 'lit.f.life.work'),
];

export const FAMILY_CONDITION: FieldDef[] = [
  area('relations', 'lit.f.famcond.relations'),
  area('economy', 'lit.f.famcond.economy'),
  area('housing', 'lit.f.famcond.housing'),
];

export const SOCIAL: FieldDef[] = [area('description', 'lit.f.social.description'), area('community_view', 'lit.f.social.community_view')];

export const OFFENCE: FieldDef[] = [
  { key: 'offence_date', label: 'lit.f.offence.offence_date', type: 'date', max: 10 },
  { key: 'location', label: 'lit.f.offence.location', max: 300 },
  { key: 'case_number', label: 'lit.f.offence.case_number', max: 120 },
  { key: 'verdict_number', label: 'lit.f.offence.verdict_number', max: 120 },
  { key: 'register_number', label: 'lit.f.offence.register_number', max: 120 },
  area('chronology', 'lit.f.offence.chronology', 8000),
  { key: 'victim_name', label: 'lit.f.offence.victim_name', max: 120 },
  area('victim_details', 'lit.f.offence.victim_details'),
  area('consequences', 'lit.f.offence.consequences'),
];

export const RESPONSES: FieldDef[] = [
  area('client', 'lit.f.responses.client'),
  area('family', 'lit.f.responses.family'),
  area('victim', 'lit.f.responses.victim'),
  area('community', 'lit.f.responses.community'),
  area('local_government', 'lit.f.responses.local_government'),
];

export const PROGRAMME: FieldDef[] = [
  area('programmes', 'lit.f.programme.programmes'),
  area('register_f', 'lit.f.programme.register_f', 500),
  area('behaviour', 'lit.f.programme.behaviour'),
];

export const SOURCE_KINDS = ['wawancara', 'dokumen', 'observasi', 'kunjungan_rumah'] as const;
