/** The kinds of placeholder, and how each is named to a PK. */
export const PLACEHOLDER_KINDS = {
  NAMA: 'nama orang',
  NIK: 'NIK',
  TELEPON: 'nomor telepon',
  ALAMAT: 'alamat',
  NOMOR: 'nomor perkara, surat atau induk',
  EMAIL: 'alamat e-mail',
  PLAT: 'nomor polisi kendaraan',
  REKENING: 'nomor rekening',
  TGL_LAHIR: 'tanggal lahir',
} as const;

export type PlaceholderKind = keyof typeof PLACEHOLDER_KINDS;
export const KIND_NAMES = Object.keys(PLACEHOLDER_KINDS) as PlaceholderKind[];
