// Reference data loaded once per page load and shared by the pages:
// /api/meta (Kanwil and unit types for the filters) and the province GeoJSON.
import { api } from './api.ts';
import { Loader } from '../../lib/loader.svelte.ts';
import type { Meta, ProvinceCollection } from './types.ts';

export const meta = new Loader<Meta>();
export const provinces = new Loader<ProvinceCollection>();

/** Starts loading the metadata unless it is loaded or loading. */
export function loadMeta(): void {
  if (!meta.data && !meta.loading) meta.run((signal) => api.meta(signal));
}

/** Starts loading the province GeoJSON unless it is loaded or loading. */
export function loadProvinces(): void {
  if (!provinces.data && !provinces.loading) provinces.run((signal) => api.provinces(signal));
}
