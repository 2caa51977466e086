import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates, parseTemplate, render } from '../server/llm/prompts.ts';
import { factsSchema } from '../common/litmas/facts.ts';
import { FactCorpus, flagsInText, groundingFlags } from '../server/litmas/grounding.ts';
import { Pseudonymizer } from '../server/litmas/redact.ts';
import { RRI_ITEMS, RRI_MAX, rriLevel, scoreRri } from '../common/litmas/rri.ts';
import { SectionScanner } from '../server/litmas/scanner.ts';
import { dueAt } from '../common/litmas/kinds.ts';
import { ROOT } from './helpers/app.ts';

describe('RRI part A scoring', () => {
  it('has ten items summing to 17', () => {
    expect(RRI_ITEMS).toHaveLength(10);
    expect(RRI_MAX).toBe(17);
  });

  it('maps totals to levels at each boundary', () => {
    const cases: [number, string][] = [
      [0, 'Rendah'],
      [6, 'Rendah'],
      [7, 'Sedang'],
      [11, 'Sedang'],
      [12, 'Tinggi'],
      [15, 'Tinggi'],
      [16, 'Sangat tinggi'],
      [17, 'Sangat tinggi'],
    ];
    for (const [total, level] of cases) expect(rriLevel(total), `total ${total}`).toBe(level);
    expect(() => rriLevel(18)).toThrow(RangeError);
    expect(() => rriLevel(-1)).toThrow(RangeError);
  });

  it('scores hand-computed answers', () => {
    // 2+2+2+0+1+0+0+0+0+0 = 7: Sedang (just over the 6/7 boundary).
    expect(
      scoreRri({
        usia_saat_ini: 2,
        usia_pertama_ditangkap: 2,
        riwayat_pidana: 2,
        pelanggaran_pembinaan: 0,
        jenis_tindak_pidana: 1,
        penggunaan_napza: 0,
        pendidikan: 0,
        pekerjaan: 0,
        keluarga: 0,
        pergaulan: 0,
      }),
    ).toEqual({ total: 7, level: 'Sedang', complete: true, missing: [] });
    // 2+2+3+2+1+2+0+0+0+0 = 12: Tinggi (11/12).
    expect(
      scoreRri({
        usia_saat_ini: 2,
        usia_pertama_ditangkap: 2,
        riwayat_pidana: 3,
        pelanggaran_pembinaan: 2,
        jenis_tindak_pidana: 1,
        penggunaan_napza: 2,
        pendidikan: 0,
        pekerjaan: 0,
        keluarga: 0,
        pergaulan: 0,
      }).level,
    ).toBe('Tinggi');
    // 15 and 16 (15/16).
    const fifteen = {
      usia_saat_ini: 2,
      usia_pertama_ditangkap: 2,
      riwayat_pidana: 3,
      pelanggaran_pembinaan: 2,
      jenis_tindak_pidana: 1,
      penggunaan_napza: 2,
      pendidikan: 1,
      pekerjaan: 1,
      keluarga: 1,
      pergaulan: 0,
    };
    expect(scoreRri(fifteen)).toMatchObject({ total: 15, level: 'Tinggi' });
    expect(scoreRri({ ...fifteen, pergaulan: 1 })).toMatchObject({ total: 16, level: 'Sangat tinggi' });
    // Unanswered items are reported, not guessed.
    expect(scoreRri({ usia_saat_ini: 1 })).toMatchObject({ total: 1, complete: false });
    expect(scoreRri({}).missing).toHaveLength(10);
    expect(() => scoreRri({ riwayat_pidana: 4 })).toThrow(RangeError);
  });
});

describe('prompt templates', () => {
  it('refuses a missing or an unused variable', () => {
    const t = parseTemplate('---\nid: t\nversion: 2\n---\nHalo {{name}} dari {{place}}', 't.md');
    expect(t).toMatchObject({ id: 't', version: '2', variables: ['name', 'place'] });
    expect(render(t, { name: 'A', place: 'B' })).toBe('Halo A dari B');
    expect(() => render(t, { name: 'A' })).toThrow(/missing variable\(s\) place/);
    expect(() => render(t, { name: 'A', place: 'B', extra: 'C' })).toThrow(/unused variable\(s\) extra/);
    expect(() => parseTemplate('no front matter', 'x.md')).toThrow(/front matter/);
  });

  it('every prompt file loads, is versioned, and renders with exactly its variables', () => {
    const all = loadTemplates(join(ROOT, 'prompts'));
    expect([...all.keys()]).toEqual(expect.arrayContaining(['litmas.system', 'litmas.draft', 'litmas.kind.diversi', 'litmas.kind.pb']));
    expect(all.size).toBe(15); // system, draft, verify and one per kind (12)
    for (const t of all.values()) {
      expect(t.hash).toMatch(/^[0-9a-f]{16}$/);
      const text = render(t, Object.fromEntries(t.variables.map((v) => [v, `<${v}>`])));
      expect(text.length).toBeGreaterThan(50);
    }
  });
});

const facts = factsSchema.parse({
  identity: { name: 'Rudi Hartono', nik: '3171234567890123', phone: '0812-3456-7890', address: 'Jl. Melati No. 12, Jakarta Pusat', birth_date: '2010-03-04' },
  family: [{ name: 'Slamet Hartono', relation: 'ayah', phone: '081298765432' }],
  offence: {
    victim_name: 'Andi Saputra',
    case_number: '12/Pid.Sus-Anak/2026/PN Jkt.Pst',
    chronology: 'Rudi dan Andi bertengkar di Jl. Kenanga No. 3 pada 2026-01-10.',
  },
});

describe('pseudonymisation', () => {
  it('replaces names (also a first name alone), NIK, phones, addresses and case numbers, and restores them', () => {
    const p = new Pseudonymizer(facts, { letter_number: 'W10.PAS.PAS1-123' });
    const text =
      'Klien Rudi Hartono (NIK 3171234567890123, HP 0812-3456-7890) tinggal di Jl. Melati No. 12, Jakarta Pusat. ' +
      'Rudi dan Andi bertengkar di Jl. Kenanga No. 3; ayahnya Slamet Hartono (081298765432). Perkara 12/Pid.Sus-Anak/2026/PN Jkt.Pst, surat W10.PAS.PAS1-123. ' +
      'Nomor lain 3201987654321098.';
    const hidden = p.redact(text);
    for (const secret of [
      'Rudi',
      'Hartono',
      'Andi',
      'Slamet',
      '3171234567890123',
      '0812-3456-7890',
      '081298765432',
      'Melati',
      'Kenanga',
      '12/Pid.Sus-Anak',
      'W10.PAS',
      '3201987654321098',
    ]) {
      expect(hidden, secret).not.toContain(secret);
    }
    expect(hidden).toContain('[NAMA_1]');
    expect(hidden).toContain('[NIK_');
    // Written as recorded, every value comes back as it was.
    expect(p.restore(hidden)).toBe(text);
  });
});

describe('grounding check', () => {
  const corpus = new FactCorpus([
    'Rudi Hartono',
    '2010-03-04',
    'Jakarta Pusat',
    'Pasal 351 ayat (1) KUHP',
    'Kerugian Rp 1.500.000',
    'Tingkat risiko Sedang',
    '7',
  ]);

  it('flags exactly the invented date, name and number', () => {
    const text =
      'Rudi Hartono lahir pada 4 Maret 2010 di Jakarta Pusat, melanggar Pasal 351 ayat (1) KUHP dengan kerugian 1.500.000 rupiah. ' +
      'Pada 17 Agustus 2025 klien bertemu Bambang Sutrisno dan meminjam 2.750.000 rupiah.';
    const flags = flagsInText(text, corpus);
    expect(flags).toEqual([
      { kind: 'amount', text: '2.750.000 rupiah' },
      { kind: 'date', text: '17 Agustus 2025' },
      { kind: 'name', text: 'Bambang Sutrisno' },
    ]);
  });

  it('flags an invented article and a cited fact id that does not exist', () => {
    const flags = groundingFlags(
      {
        sections: [
          {
            key: 'analisis',
            title: 'Analisis',
            paragraphs: [{ text: 'Klien melanggar Pasal 362 KUHP.', fact_ids: ['identity.name', 'offence.ghost'], missing: [] }],
          },
        ],
        options: { kesimpulan: [], rekomendasi: [] },
      },
      corpus,
      new Set(['identity.name']),
    );
    expect(flags.filter((f) => f.kind !== 'one_sided').map((f) => [f.kind, f.text])).toEqual([
      ['article', 'Pasal 362'],
      ['fact_id', 'offence.ghost'],
    ]);
  });
});

describe('section scanner', () => {
  it('yields each section of a streamed answer as soon as it is complete', () => {
    const json = JSON.stringify({
      sections: [
        { key: 'a', paragraphs: [{ text: 'x } { "', fact_ids: [], missing: [] }] },
        { key: 'b', paragraphs: [] },
      ],
      kesimpulan_options: [],
    });
    const s = new SectionScanner();
    const got: string[] = [];
    for (let i = 0; i < json.length; i += 7) got.push(...s.push(json.slice(i, i + 7)));
    expect(got.map((g) => JSON.parse(g).key)).toEqual(['a', 'b']);
    expect(JSON.parse(got[0]).paragraphs[0].text).toBe('x } { "');
  });
});

describe('due dates', () => {
  it('gives diversi 3×24 hours and leaves other kinds to the PK', () => {
    expect(dueAt('diversi', '2026-11-28T08:00:00.000Z', null)).toBe('2026-12-01T08:00:00.000Z');
    expect(dueAt('pb', '2026-11-28T08:00:00.000Z', '2026-12-20')).toBe('2026-12-20');
  });
});

describe('pseudonymisation, harder cases', () => {
  const f = factsSchema.parse({
    identity: { name: "Nur'aini Al-Fatih", address: 'Jl. Merdeka No. 5, RT 02/RW 03, Kel. Sukajadi, Bandung', nik: '3201012345670001' },
    family: [{ name: 'Nik Ahmad', relation: 'ayah' }],
    guarantor: { name: 'Siti', address: 'Kp. Cibodas RT 01/RW 04, Desa Sukamaju' },
  });

  it('hides whole addresses with commas, their parts, spaced phones and NIKs, and hyphenated names', () => {
    const p = new Pseudonymizer(f);
    const text =
      "Nur'aini Al-Fatih (Fatih) tinggal di Jl. Merdeka No. 5, RT 02/RW 03, Kel. Sukajadi, Bandung; penjamin di Kp. Cibodas RT 01/RW 04, Desa Sukamaju. " +
      'Di Kel. Sukajadi ia dikenal. HP +62 857-1111-2222, NIK 3201 0123 4567 0001. Ayahnya Nik Ahmad.';
    const hidden = p.redact(text);
    for (const secret of ["Nur'aini", 'Fatih', 'Merdeka', 'RT 02/RW 03', 'Sukajadi', 'Cibodas', 'Sukamaju', '857-1111-2222', '3201 0123', 'Ahmad']) {
      expect(hidden, secret).not.toContain(secret);
    }
    // Values come back as recorded: the NIK written with spaces returns in its recorded form.
    expect(p.restore(hidden)).toBe(text.replace('3201 0123 4567 0001', '3201012345670001'));
    // A name such as "Nik" never eats into a placeholder, nor takes the word "NIK".
    expect(hidden).toMatch(/NIK \[NIK_\d\]/);
  });
});

describe('facts validation', () => {
  it('refuses dates that do not exist and ages that are not numbers; empty means unknown', () => {
    expect(factsSchema.safeParse({ identity: { birth_date: '2025-02-31' } }).success).toBe(false);
    expect(factsSchema.parse({ identity: { birth_date: '' } }).identity.birth_date).toBeNull();
    for (const age of [[], '  ', true, '12']) expect(factsSchema.safeParse({ family: [{ age }] }).success, JSON.stringify(age)).toBe(false);
    expect(factsSchema.parse({ family: [{ age: '' }] }).family[0].age).toBeNull();
    expect(factsSchema.parse({ family: [{ age: 41 }] }).family[0].age).toBe(41);
  });
});

describe('grounding, near misses', () => {
  const corpus = new FactCorpus(['Pasal 80 ayat (1)', '11 Januari 2024', 'Diterima 2026-11-27T02:00:00Z']);
  it('does not take a part for the whole, reads date-times, and flags stray placeholders', () => {
    expect(flagsInText('Pasal 8 dan 1 Januari 2024; surat diterima 27 November 2026; [NAMA_9] hadir.', corpus)).toEqual([
      { kind: 'placeholder', text: '[NAMA_9]', blocking: true, note: expect.any(String) },
      { kind: 'article', text: 'Pasal 8' },
      { kind: 'date', text: '1 Januari 2024' },
    ]);
  });
});

describe('legal bases', () => {
  it("every law and article a kind's prompt names is a citable legal fact of that kind", async () => {
    const { legalFacts } = await import('../server/litmas/legal.ts');
    const { legalRefsIn } = await import('../server/litmas/claims.ts');
    const { KIND_KEYS } = await import('../common/litmas/kinds.ts');
    const all = loadTemplates(join(ROOT, 'prompts'));
    for (const kind of KIND_KEYS) {
      const prompt = all.get(`litmas.kind.${kind}`)!.body;
      const facts = legalFacts(kind).map((f) => f.value);
      const known = legalRefsIn(facts.join('\n')).map((r) => JSON.stringify(r.value));
      for (const r of legalRefsIn(prompt)) expect(known, `${kind}: ${r.raw}`).toContain(JSON.stringify(r.value));
      // Numbers the guidance states (3×24 jam, 9 bulan) are in the facts too.
      for (const n of prompt.match(/\d+×\d+ jam|\d+ bulan/g) ?? []) expect(facts.join(' '), `${kind}: ${n}`).toContain(n);
    }
  });
});
