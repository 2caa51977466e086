// The unit registry as the API answers it (`/api/meta`, a unit's record, the Bapas list).

/** `GET /api/meta`: what the filters offer. */
export interface Meta {
  kanwil: { name: string; province_codes: string[]; units: number }[];
  upt_types: { code: string; units: number }[];
  first_snapshot: string | null;
  latest_snapshot: string | null;
  snapshot_count: number;
  upt_count: number;
}

/** One unit (UPT) of the registry. */
export interface UptInfo {
  upt_code: string;
  name: string;
  upt_type: string;
  class: string | null;
  kanwil: string;
  province_code: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  capacity: number;
}

/** A Bapas a researcher or supervisor can belong to. */
export interface BapasRow {
  upt_code: string;
  name: string;
  kanwil: string;
}
