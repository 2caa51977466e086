import { describe, expect, it } from 'vitest';
import { GenerationError } from '../server/llm/errors.ts';
import { factsSchema } from '../common/litmas/facts.ts';
import { FactCorpus, groundingFlags } from '../server/litmas/grounding.ts';
import { assertNothingIdentifying } from '../server/litmas/pseudonym/guard.ts';
import { leftoverPlaceholders } from '../server/litmas/pseudonym/placeholders.ts';
import { Pseudonymizer } from '../server/litmas/redact.ts';

const facts = factsSchema.parse({
  identity: { name: "MUHAMMAD MA'RUF", nik: '6171024509110003', phone: '081398765432', birth_date: '2011-05-12', birth_place: 'Pontianak' },
  family: [
    { name: "NUR'AINI", relation: 'ibu' },
    { name: 'Siti Nur Halizah', relation: 'kakak' },
    { name: 'Ng Siu Lan', relation: 'nenek' },
  ],
  offence: { victim_name: 'Rudi Hartono' },
});
const make = () => new Pseudonymizer(facts, { requester_name: 'Bripka Andreas Situmorang, S.H.', letter_number: 'B/412/IX/2026/Reskrim' });

/** Redacts and returns the text, asserting none of `gone` is left and all of `kept` is. */
function check(text: string, gone: string[], kept: string[] = []) {
  const out = make().redact(text);
  for (const g of gone)
    expect(out, `"${g}" in: ${out}`).not.toMatch(new RegExp(`(?<![\\p{L}\\d])${g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu'));
  for (const k of kept) expect(out, `"${k}" lost in: ${out}`).toContain(k);
  return out;
}

describe('recorded values in any variant', () => {
  it('finds names in any case, with or without apostrophes, and their parts', () => {
    check("Maruf, ma'ruf dan MA’RUF datang; nuraini dan Bu Nur'aini menunggu; Nur pulang; Rudi hartono dan HARTONO hadir.", [
      'Maruf',
      "ma'ruf",
      'MA’RUF',
      'nuraini',
      "Nur'aini",
      'Nur',
      'Rudi',
      'hartono',
    ]);
    // "NUR" recorded as a part: "Nur" in a sentence; a two-letter surname in a name context.
    check('Kakak klien, Nur, bekerja. Keluarga Ng tinggal bersama Pak Ng.', ['Nur', 'Ng'], ['Kakak klien', 'Keluarga']);
  });

  it('does not take ordinary words for short name parts', () => {
    check('NIK klien dicatat; ng-ng-an tidak ada.', [], ['NIK klien dicatat', 'ng-ng-an']);
  });

  it('finds the NIK, phones and the birth date in any grouping', () => {
    check(
      'NIK 617102.450988.0003, 6171 0245 0911 0003 atau 6171-0245-0911-0003; HP 0813.9876.5432, +62 813 9876 5432, 62813-9876-5432; lahir 12 Mei 2011 (12/05/2011).',
      ['617102.450988.0003', '6171 0245', '0813.9876.5432', '813 9876 5432', '62813-9876-5432', '12 Mei 2011', '12/05/2011'],
    );
  });

  it("hides the requester's name without the rank, and the letter number in another spacing", () => {
    check('Diminta oleh Bripka Andreas Situmorang (surat B / 412 / IX / 2026 / Reskrim); Andreas menelepon.', ['Andreas', 'Situmorang', 'B / 412'], ['Bripka']);
  });
});

describe('identities written in the narrative', () => {
  it('finds names after titles, ranks, kinship words, roles and "bernama/alias/dipanggil/bin"', () => {
    check(
      'Bapak Darto, Pak Harun, Ibu Wulan, Bu Yati, Sdr. Joni, Sdri. Melinda, Mbah Sainem, Kakek Karto, Nenek Painah, Koh Ahong, Cik Meilani, ' +
        'Haji Mansur, Hj. Rohimah, Ustadz Fauzan, Dr. Kristofel, Drs. Heru Santoso, Bripka Yosef, Aiptu Ramli, AKP Herman, Serda Bambang. ' +
        'Adiknya rina masih sekolah; kakak klien, Dimas, bekerja; anak pertamanya, Dewi Anggraini, kuliah. Ketua RT Pak Hasan Basri, lurah Sutrisno, ' +
        'guru Ratna, saksi Nurul Fitriani, korban Yohanes Ng, pelaku lain bernama bayu, temannya Dimas alias Kribo, yang dipanggil Bang Jek, Slamet bin Kasiman.',
      [
        'Darto',
        'Harun',
        'Wulan',
        'Yati',
        'Joni',
        'Melinda',
        'Sainem',
        'Karto',
        'Painah',
        'Ahong',
        'Meilani',
        'Mansur',
        'Rohimah',
        'Fauzan',
        'Kristofel',
        'Heru Santoso',
        'Yosef',
        'Ramli',
        'Herman',
        'Bambang',
        'rina',
        'Dimas',
        'Dewi Anggraini',
        'Hasan Basri',
        'Sutrisno',
        'Ratna',
        'Nurul Fitriani',
        'Yohanes',
        'bayu',
        'Kribo',
        'Jek',
        'Slamet',
        'Kasiman',
      ],
      ['Adiknya', 'masih sekolah', 'kakak klien', 'anak pertamanya', 'Ketua RT', 'pelaku lain bernama', 'Bripka', 'Ustadz'],
    );
  });

  it('finds addresses in any case without swallowing the clause', () => {
    const out = check(
      'Ia tinggal di jalan kebagusan raya nomor 12 bersama neneknya sejak kecil, lalu pindah ke jl. gajah mada dan ke Komplek Griya Asri Blok D No. 3, RT 02/RW 03, Kel. Sukajadi. Warga Kebagusan mengenalnya; Lurah Kebagusan juga.',
      ['kebagusan', 'gajah mada', 'Griya Asri', 'Blok D No. 3', 'RT 02/RW 03', 'Sukajadi'],
      ['bersama neneknya sejak kecil', 'lalu pindah ke', 'Warga', 'Lurah'],
    );
    expect(out).toMatch(/^Ia tinggal di \[ALAMAT_\d+\] bersama/);
    // Ordinary words name a street when a number follows; otherwise they stay words.
    check(
      'Pamannya tinggal di gang kelinci RT 5 RW 2 dan bekerja di jalan veteran no. 8. Ia berjalan di jalan raya, lalu jalan kaki ke gang sempit.',
      ['kelinci', 'veteran'],
      ['berjalan di jalan raya', 'jalan kaki ke gang sempit'],
    );
  });

  it("names a shop's owner, not a hospital's namesake", () => {
    check(
      'Ia nongkrong di Warung Mak Ijah; temannya Anton dan Beni ikut. Ayahnya dirawat di RSUD Dr. Soetomo.',
      ['Ijah', 'Anton', 'Beni'],
      ['Warung Mak', 'RSUD Dr. Soetomo'],
    );
  });

  it('finds e-mail, plates, bank accounts, student numbers, landlines and case numbers', () => {
    check(
      'E-mail maruf.keren@gmail.com; motor B 1234 XYZ dan bernopol kb 4521 ht; rekening BRI 0123-01-000456-50-1 dan no. rek 1230009876543; NISN 0101234567, NIM 1702331; ' +
        'telp (0561) 734567, kantor 021-7654321, HP +62 (812) 3456-7890, WA 62812-3030-4040; perkara LP/B/318/IX/2026/SPKT dan 15/Pid.Sus-Anak/2026/PN Mks; register BI.2231/2023.',
      [
        'maruf.keren@gmail.com',
        'B 1234 XYZ',
        'kb 4521 ht',
        '0123-01-000456-50-1',
        '1230009876543',
        '0101234567',
        '1702331',
        '734567',
        '7654321',
        '3456-7890',
        '3030-4040',
        'LP/B/318',
        '15/Pid.Sus-Anak',
        'BI.2231',
      ],
    );
  });

  it('keeps organisations, public places, offence dates, amounts and articles', () => {
    const kept = [
      'Polres Metro Jakarta Pusat',
      'Polsek Pasar Minggu',
      'Pengadilan Negeri Jakarta Selatan',
      'Kejari Pontianak',
      'Masjid Al-Ikhlas',
      'SMP Negeri 3 Pontianak',
      'RSUD Dr. Soetomo',
      'Lapas Kelas IIA Bandung',
      'pada 10 September 2026',
      'Rp 1.500.000',
      'Rp1,5 juta',
      'Pasal 363 ayat (1) ke-4 KUHP',
      'UU 11/2012',
      'Jakarta Pusat',
    ];
    check(
      'Perkara ditangani Polres Metro Jakarta Pusat dan Polsek Pasar Minggu, disidangkan di Pengadilan Negeri Jakarta Selatan dengan penuntut dari Kejari Pontianak. ' +
        'Klien mengaji di Masjid Al-Ikhlas, bersekolah di SMP Negeri 3 Pontianak, dirawat di RSUD Dr. Soetomo, kini di Lapas Kelas IIA Bandung. ' +
        'Kejadian pada 10 September 2026 dengan kerugian Rp 1.500.000 (sekitar Rp1,5 juta), Pasal 363 ayat (1) ke-4 KUHP, UU 11/2012, di Jakarta Pusat.',
      [],
      kept,
    );
  });

  it('gives the same placeholder to every form of one person, and redacting twice changes nothing', () => {
    const p = make();
    const a = p.redact('Kakaknya, Rahmawati, menikah.');
    const b = p.redact('RAHMAWATI datang; rahmawati pulang.');
    const ph = /\[NAMA_\d+\]/.exec(a)![0];
    expect(b).toBe(`${ph} datang; ${ph} pulang.`);
    expect(p.redact(a)).toBe(a);
  });
});

describe('restoration', () => {
  it('accepts what models do to placeholders and restores the value as recorded', () => {
    const p = make();
    const hidden = p.redact("Bu Nur'aini dan Rudi Hartono.");
    const [ibu, korban] = hidden.match(/\[NAMA_\d+\]/g)!;
    const n = (ph: string) => ph.slice(1, -1); // NAMA_2
    const variants = [
      `[${n(korban).toLowerCase()}]`,
      `[ ${n(korban)} ]`,
      `[${n(korban).replace('_', ' ')}]`,
      n(korban),
      `${korban}'s`,
      `[${n(korban)}'s]`,
      `${korban}-nya`,
    ];
    expect(variants.map((v) => p.restore(v))).toEqual([
      'Rudi Hartono',
      'Rudi Hartono',
      'Rudi Hartono',
      'Rudi Hartono',
      "Rudi Hartono's",
      "Rudi Hartono's",
      'Rudi Hartono-nya',
    ]);
    // The recorded casing, not a mix: "Bu NUR'AINI", never "Bu Nur'AINI".
    expect(p.restore(`Bu ${ibu}`)).toBe("Bu NUR'AINI");
    const addr = p.redact('di Jl. Melati No. 3')!.match(/\[ALAMAT_(\d+)\]/)!;
    expect(p.restore(`[ALAMAT ${addr[1]}]`)).toBe('Jl. Melati No. 3');
    // An unknown placeholder stays as written, to be flagged.
    expect(p.restore('[NAMA_99] dan [PLACEHOLDER]')).toBe('[NAMA_99] dan [PLACEHOLDER]');
  });

  it('leaves no placeholder-like token unflagged, and blocks on it', () => {
    expect(leftoverPlaceholders('[NAMA_9] [ nama_2 ] NAMA_3 [PLACEHOLDER] [NAMA KLIEN] [PERLU DATA: alamat] [sic] [1]')).toEqual([
      '[NAMA_9]',
      '[ nama_2 ]',
      'NAMA_3',
      '[PLACEHOLDER]',
      '[NAMA KLIEN]',
    ]);
    const flags = groundingFlags(
      {
        sections: [{ key: 'identitas', title: 'Identitas', paragraphs: [{ text: 'Nama klien: [ nama_1 ].', fact_ids: ['identity.name'], missing: [] }] }],
        options: { kesimpulan: [], rekomendasi: [] },
      },
      new FactCorpus(['Nama klien']),
      new Set(['identity.name']),
    );
    expect(flags.find((f) => f.kind === 'placeholder')).toMatchObject({ text: '[ nama_1 ]', blocking: true });
  });
});

describe('the last check before sending', () => {
  it('passes redacted messages and refuses one that still holds an identity, naming its kind only', () => {
    const p = make();
    const ok = [{ role: 'user' as const, content: p.redact("Klien Ma'ruf, HP 0813.9876.5432, ibu Bu Nur'aini.") }];
    expect(() => assertNothingIdentifying(ok, p, '')).not.toThrow();
    const leaking = [...ok, { role: 'assistant' as const, content: 'Klien MAruf dengan HP 0813 9876 5432.' }];
    let err: unknown;
    try {
      assertNothingIdentifying(leaking, p, '');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GenerationError);
    expect(err).toMatchObject({ code: 'identity_left', retryable: false });
    const message = (err as Error).message;
    expect(message).toMatch(/^Permintaan tidak dikirim ke server LLM/);
    expect(message).toContain('nama orang');
    expect(message).toContain('nomor telepon');
    expect(message).not.toMatch(/ma.?ruf|0813/i);
    // The prompt's own wording is not an identity.
    expect(() => assertNothingIdentifying([{ role: 'system', content: 'Salin [NAMA_1] apa adanya.' }], p, 'Salin [NAMA_1] apa adanya.')).not.toThrow();
  });
});
