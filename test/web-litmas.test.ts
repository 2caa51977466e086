// Pure helpers of the litmas pages (web/src/modules/litmas/model): no DOM, no Svelte runtime.
import { describe, expect, it } from 'vitest';
import { dueLeft, receivedInFuture } from '../web/src/modules/litmas/model/due.ts';
import { cleanFacts, emptyPerson, emptySource, factIssues, normalizeFacts } from '../web/src/modules/litmas/model/facts.ts';
import { missingIn, segments } from '../web/src/modules/litmas/model/highlight.ts';
import { parseSse } from '../web/src/modules/litmas/model/sse.ts';
import { bySection, fixAt, flagAt, readinessIssues } from '../web/src/modules/litmas/model/readiness.ts';

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

describe('a refused submit in the review tab', () => {
  const issue = (over: object) => ({
    field: 'x',
    code: 'missing_data',
    message: 'm',
    section: 'identitas',
    title: 'Identitas',
    paragraph: 0,
    detail: 'd',
    ...over,
  });

  it('reads the gaps of a 400 and groups them by section in the order given', () => {
    // An ApiError as lib/http.ts makes it (its class needs the browser's runes).
    const e = {
      status: 400,
      issues: [
        issue({}),
        issue({ code: 'required_fact', paragraph: null, detail: 'Tanggal lahir klien', fact: 'identity.birth_date' }),
        issue({ section: 'kesimpulan', title: 'Kesimpulan', code: 'required', paragraph: null, detail: null, field: 'kesimpulan' }),
        issue({ section: 'identitas', code: 'placeholder', detail: '[NAMA_9]' }),
      ],
    } as any;
    const gaps = readinessIssues(e);
    expect(gaps).toHaveLength(4);
    expect(bySection(gaps).map((g) => [g.title, g.issues.map((i) => i.code)])).toEqual([
      ['Identitas', ['missing_data', 'required_fact', 'placeholder']],
      ['Kesimpulan', ['required']],
    ]);
    // Any other refusal is not a list of gaps.
    expect(readinessIssues({ status: 400, issues: [{ field: 'comment', code: 'too_big', message: 'x' }] } as any)).toEqual([]);
    expect(readinessIssues({ status: 409, issues: [] } as any)).toEqual([]);
  });

  it('leads each gap to where it is fixed', () => {
    expect(fixAt(issue({ section: 'riwayat_hidup', paragraph: 2 }) as any)).toEqual({
      tab: 'draf',
      selectors: ['[data-testid="paragraph-riwayat_hidup-2"]', '#ds-riwayat_hidup', '[data-testid="draft-section"]', '#draft-h'],
    });
    expect(fixAt(issue({ code: 'required_fact', fact: 'sources', paragraph: null }) as any)).toEqual({
      tab: 'fakta',
      selectors: ['[data-testid="fact-sources"]', '#fakta-sumber'],
    });
    expect(fixAt(issue({ section: 'rekomendasi', code: 'required', paragraph: null }) as any).selectors[0]).toBe('[data-testid="decision-rekomendasi-text"]');
    expect(flagAt({ section: 'kesimpulan', paragraph: 1 }).selectors[0]).toBe('[data-testid="decision-kesimpulan-option-1"]');
  });

  it('refuses a received time in the future, not one a few minutes ahead', () => {
    const now = Date.parse('2026-12-02T05:00:00Z');
    const local = (ms: number) => {
      const d = new Date(ms);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    };
    expect(receivedInFuture(local(now + 86_400_000), now)).toBe(true);
    expect(receivedInFuture(local(now + 2 * 60_000), now)).toBe(false);
    expect(receivedInFuture(local(now - 86_400_000), now)).toBe(false);
    expect(receivedInFuture('', now)).toBe(false);
  });
});
