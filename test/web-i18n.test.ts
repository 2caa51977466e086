// The web app's dictionaries (web/src/lib/i18n/core.*.ts, web/src/modules/*/i18n.*.ts):
// every Indonesian key has its English string with the same placeholders, and no key is
// owned by two dictionaries (they are merged when loaded).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '../web/src/lib/i18n/fill.ts';

const WEB = join(import.meta.dirname, '..', 'web', 'src');
type Dict = Record<string, string>;

/** Every dictionary pair: the core one and each module's. */
async function dictionaries(): Promise<{ name: string; id: Dict; en: Dict }[]> {
  const core = { name: 'core', id: (await import('../web/src/lib/i18n/core.id.ts')).coreId, en: (await import('../web/src/lib/i18n/core.en.ts')).coreEn };
  const modules = readdirSync(join(WEB, 'modules')).filter((m) => existsSync(join(WEB, 'modules', m, 'i18n.id.ts')));
  const out: { name: string; id: Dict; en: Dict }[] = [core];
  for (const m of modules) {
    const id = (await import(join(WEB, 'modules', m, 'i18n.id.ts'))).id as Dict;
    const en = (await import(join(WEB, 'modules', m, 'i18n.en.ts'))).en as Dict;
    out.push({ name: m, id, en });
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('cover the core and every module, each with its English file and its t()', async () => {
    const modules = readdirSync(join(WEB, 'modules'));
    expect(modules).toEqual(expect.arrayContaining(['audit', 'auth', 'home', 'litmas', 'llm', 'occupancy', 'users']));
    expect((await dictionaries()).map((d) => d.name)).toEqual(['core', ...modules]);
    for (const m of modules) {
      for (const file of ['i18n.id.ts', 'i18n.en.ts', 'i18n.ts']) expect(existsSync(join(WEB, 'modules', m, file)), `${m}/${file}`).toBe(true);
    }
  });

  it('have every Indonesian key in English, non-empty, with the same placeholders', async () => {
    for (const d of await dictionaries()) {
      expect(Object.keys(d.en).sort(), d.name).toEqual(Object.keys(d.id).sort());
      for (const [key, text] of Object.entries(d.id)) {
        expect(text.trim(), `${d.name}: ${key}`).not.toBe('');
        expect(d.en[key].trim(), `${d.name}: ${key}`).not.toBe('');
        expect(placeholders(d.en[key]), `${d.name}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('never share a key (each module owns its keys)', async () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const d of await dictionaries()) {
      for (const key of Object.keys(d.id)) {
        if (owner.has(key)) shared.push(`${key} (${owner.get(key)}, ${d.name})`);
        owner.set(key, d.name);
      }
    }
    expect(shared).toEqual([]);
    expect(owner.size).toBeGreaterThan(550);
  });

  it('fill placeholders and leave unknown ones as written', () => {
    expect(fill('{from}–{to} dari {total} UPT', { from: '1', to: '25', total: '537' })).toBe('1–25 dari 537 UPT');
    expect(fill('Sisa {n} jam, {m}', { n: 3 })).toBe('Sisa 3 jam, {m}');
  });
});
