// Pure helpers of the litmas pages (web/src/modules/litmas/model): no DOM, no Svelte runtime.
import { describe, expect, it } from 'vitest';
import { dueLeft } from '../web/src/modules/litmas/model/due.ts';
import { cleanFacts, emptyPerson, emptySource, factIssues, normalizeFacts } from '../web/src/modules/litmas/model/facts.ts';
import { missingIn, segments } from '../web/src/modules/litmas/model/highlight.ts';
import { parseSse } from '../web/src/modules/litmas/model/sse.ts';

const H = 3_600_000;

describe('due countdown', () => {
  const now = Date.parse('2025-11-10T08:00:00Z');
  it('counts hours for diversi, minutes under an hour, days beyond four days', () => {
    expect(dueLeft(new Date(now + 41.6 * H).toISOString(), now)).toEqual({ overdue: false, n: 41, unit: 'hours', soon: false });
    expect(dueLeft(new Date(now + 72 * H).toISOString(), now)).toMatchObject({ n: 72, unit: 'hours' });
    expect(dueLeft(new Date(now + 10 * H).toISOString(), now)).toMatchObject({ n: 10, soon: true });
    expect(dueLeft(new Date(now + 25 * 60_000).toISOString(), now)).toMatchObject({ n: 25, unit: 'minutes' });
    expect(dueLeft(new Date(now + 9 * 24 * H).toISOString(), now)).toMatchObject({ n: 9, unit: 'days' });
  });
  it('says how long a case is overdue', () => {
    expect(dueLeft(new Date(now - 3.5 * H).toISOString(), now)).toEqual({ overdue: true, n: 3, unit: 'hours', soon: false });
    expect(dueLeft(new Date(now - 10_000).toISOString(), now)).toMatchObject({ overdue: true, n: 1, unit: 'minutes' });
    expect(dueLeft(null, now)).toBeNull();
    expect(dueLeft('not a date', now)).toBeNull();
  });
});

describe('paragraph highlighting', () => {
  it('marks missing data first, then flagged substrings as whole words only', () => {
    const text = 'Pada 2023 ada 3 saksi [PERLU DATA: nama saksi 3] bersama Joko.';
    const segs = segments(text, [
      { kind: 'number', text: '3' },
      { kind: 'name', text: 'Joko' },
      { kind: 'fact_id', text: 'identity.x' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.type !== 'text')).toEqual([
      { type: 'flag', text: '3', kind: 'number' },
      { type: 'missing', text: '[PERLU DATA: nama saksi 3]' },
      { type: 'flag', text: 'Joko', kind: 'name' },
    ]);
  });
  it('lists what a paragraph still needs', () => {
    expect(missingIn('A [PERLU DATA: alamat] dan [PERLU DATA:  umur ]')).toEqual(['alamat', 'umur']);
    expect(missingIn('lengkap')).toEqual([]);
  });
});

describe('server-sent events', () => {
  it('splits complete messages and keeps the rest for the next chunk', () => {
    const { messages, rest } = parseSse('event: start\ndata: {"a":1}\n\nevent: section\r\ndata: {"b"');
    expect(messages).toEqual([{ event: 'start', data: '{"a":1}' }]);
    expect(rest).toBe('event: section\ndata: {"b"');
    expect(parseSse(`${rest}:2}\n\n: comment\n\n`).messages).toEqual([{ event: 'section', data: '{"b":2}' }]);
  });
});

describe('facts sent by the form', () => {
  it('leaves out empty rows and articles, and sends an empty guarantor as null', () => {
    const f = normalizeFacts(undefined);
    f.family.push(emptyPerson(), { ...emptyPerson(), name: 'Siti', age: 52 });
    f.sources.push(emptySource());
    f.offence.articles.push('Pasal 363 KUHP', '  ');
    f.identity.sex = '' as never;
    const out = cleanFacts(f);
    expect(out.family).toEqual([{ ...emptyPerson(), name: 'Siti', age: 52 }]);
    expect(out.guarantor).toBeNull();
    expect(out.sources).toEqual([]);
    expect(out.offence.articles).toEqual(['Pasal 363 KUHP']);
    expect(out.identity.sex).toBeNull();
  });
  it('catches what the server would refuse', () => {
    const f = normalizeFacts({ identity: { nik: '12345' } });
    f.family.push({ ...emptyPerson(), age: 140 });
    f.sources.push({ ...emptySource(), note: 'tanpa keterangan' });
    expect(factIssues(f)).toEqual({ 'identity.nik': 'lit.v.nik', 'family.0.age': 'lit.v.age', 'sources.0.description': 'lit.v.required' });
    f.identity.nik = '3171012345678901';
    f.family[0].age = 40;
    f.sources[0].description = 'Wawancara ibu klien';
    expect(factIssues(f)).toEqual({});
  });
});
