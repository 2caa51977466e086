// Unit (UPT) vocabulary shared by the server and the web app: written once, imported by both.

/** Every unit type of the registry (the `upt_type` check of server/registry/schema.sql). */
export const UPT_TYPES = ['LAPAS', 'LAPAS_NARKOTIKA', 'LAPAS_PEREMPUAN', 'LAPAS_TERBUKA', 'LPKA', 'RUTAN', 'CABRUTAN', 'BAPAS', 'RUPBASAN'] as const;
export type UptType = (typeof UPT_TYPES)[number];

/** Sortable columns of the unit table (the API's `sort` values). */
export const UPT_SORTS = [
  'name',
  'kanwil',
  'upt_type',
  'capacity',
  'residents',
  'detainees',
  'prisoners',
  'children',
  'women',
  'occupancy_pct',
  'overcrowding_pct',
] as const;
export type UptSort = (typeof UPT_SORTS)[number];
