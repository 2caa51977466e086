import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BapasRow, Meta, UptInfo } from '../../common/registry.ts';
import type { Db } from '../db/duckdb.ts';
import { loadQueries } from '../db/queries.ts';
import { ApiError } from '../http/errors.ts';

const sql = loadQueries(join(import.meta.dirname, 'queries'));

interface Feature {
  properties: Record<string, unknown>;
}

/** The unit registry: units, Kanwil, provinces and the map, from the analytics database. */
export class Registry {
  private kanwilSet: Promise<Set<string>> | undefined;
  private geo: Promise<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly geoDir: string,
  ) {}

  /** Forgets cached lookups after the registry changes. */
  invalidate(): void {
    this.kanwilSet = undefined;
    this.geo = undefined;
  }

  /** Every Bapas (researchers and supervisors belong to one). */
  listBapas(): Promise<BapasRow[]> {
    return this.db.all<BapasRow>(sql('bapas_list'));
  }

  /** One Bapas by code, or undefined. */
  async bapas(code: string): Promise<BapasRow | undefined> {
    return (await this.listBapas()).find((b) => b.upt_code === code);
  }

  /** Every Kanwil with its provinces and number of units, by name. */
  kanwil(): Promise<Meta['kanwil']> {
    return this.db.all<Meta['kanwil'][number]>(sql('kanwil_list'));
  }

  /** Refuses a Kanwil that is not in the registry (400 naming the field). */
  async checkKanwil(kanwil: string | undefined): Promise<void> {
    if (kanwil === undefined) return;
    this.kanwilSet ??= this.kanwil().then((r) => new Set(r.map((k) => k.name)));
    if (!(await this.kanwilSet).has(kanwil)) {
      throw ApiError.invalid([{ field: 'kanwil', code: 'unknown_kanwil', message: `unknown Kanwil: ${kanwil}` }]);
    }
  }

  /** Unit types present with their number of units. */
  unitTypes(): Promise<Meta['upt_types']> {
    return this.db.all<Meta['upt_types'][number]>(sql('unit_types'));
  }

  /** How many units the registry holds. */
  async unitCount(): Promise<number> {
    return (await this.db.one<{ upt_count: number }>(sql('unit_count')))?.upt_count ?? 0;
  }

  /** A unit of the registry; 404 when the code is unknown. */
  async unit(code: string): Promise<UptInfo> {
    const u = await this.db.one<UptInfo>(sql('unit_get'), { upt_code: code });
    if (!u) throw ApiError.notFound(`Unknown unit code: ${code}`);
    return u;
  }

  /**
   * The 38 provinces as GeoJSON, each with the Kanwil that serves it (`KANWIL`), built
   * once: by name, since the new Papua provinces share their parent's KODE_PROV in the file.
   */
  provincesGeoJson(): Promise<string> {
    this.geo ??= (async () => {
      const geo = JSON.parse(readFileSync(join(this.geoDir, 'indonesia-38-provinces.geojson'), 'utf8')) as { features: Feature[] };
      const map = new Map((await this.db.all<{ province: string; kanwil: string }>(sql('province_kanwil'))).map((r) => [r.province, r.kanwil]));
      for (const f of geo.features) f.properties.KANWIL = map.get(String(f.properties.PROVINSI)) ?? null;
      return JSON.stringify(geo);
    })().catch((e) => {
      this.geo = undefined;
      throw e;
    });
    return this.geo;
  }
}
