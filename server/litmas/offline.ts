import type { DraftContext } from './context.ts';
import { outlineFor, type DraftAnswer, type DraftSection, type Paragraph } from './draft.ts';
import type { Fact } from './facts.ts';

/** Recommendation options per kind: balanced choices the PK picks from or rewrites. */
const OPTIONS: Record<string, [string, string]> = {
  diversi: [
    'Diversi dapat dilaksanakan dengan kesepakatan yang memulihkan hubungan dengan korban dan mengembalikan anak kepada orang tua/wali dengan pembimbingan Bapas.',
    'Diversi belum dapat dilaksanakan; perkara dilanjutkan dengan tetap mengutamakan kepentingan terbaik bagi anak.',
  ],
  sidang_anak: [
    'Anak dijatuhi pidana dengan syarat berupa pembinaan di luar lembaga atau pelayanan masyarakat di bawah pembimbingan Bapas.',
    'Anak dijatuhi pembinaan dalam lembaga (LPKA) sebagai upaya terakhir.',
  ],
  sidang_dewasa: [
    'Klien dijatuhi pidana pengawasan atau pidana kerja sosial di bawah pembimbingan Bapas.',
    'Klien dijatuhi pidana penjara sesuai pertimbangan hakim.',
  ],
};
const INTEGRATION: [string, string] = [
  'Program integrasi dapat diberikan dengan pembimbingan oleh Bapas.',
  'Program integrasi belum dapat diberikan; pembinaan dilanjutkan.',
];

/**
 * The offline drafter: composes the same outline from the facts, deterministically,
 * with no LLM. Every paragraph cites the facts it restates; missing data is marked.
 */
export function offlineDraft(ctx: DraftContext): DraftAnswer {
  const byId = new Map([...ctx.facts, ...ctx.computed].map((f) => [f.id, f]));
  const of = (prefix: string) => [...byId.values()].filter((f) => f.id === prefix || f.id.startsWith(`${prefix}.`));

  /** A paragraph restating facts as "label: value" sentences, or marking what is missing. */
  const para = (facts: Fact[], lead: string, need: string): Paragraph => {
    if (facts.length === 0) return { text: `${lead} [PERLU DATA: ${need}]`, fact_ids: [], missing: [need] };
    const body = facts.map((f) => `${f.label}: ${f.value.replace(/[.\s]+$/, '')}.`).join(' ');
    return { text: `${lead} ${body}`, fact_ids: facts.map((f) => f.id), missing: [] };
  };

  const sections: Record<string, () => Paragraph[]> = {
    identitas: () => [
      para(of('identity'), 'Identitas klien sebagai berikut.', 'identitas klien'),
      para([...of('family'), ...of('guarantor')], 'Orang tua, keluarga, wali atau penjamin klien.', 'identitas orang tua/wali/penjamin'),
    ],
    sumber_informasi: () => [para(of('sources'), 'Data dalam laporan ini diperoleh dari sumber berikut.', 'sumber informasi (wawancara dan dokumen)')],
    riwayat_hidup: () => [para(of('life_history'), 'Riwayat hidup klien.', 'riwayat hidup klien')],
    kondisi_keluarga: () => [para(of('family_condition'), 'Kondisi keluarga dan penjamin.', 'kondisi keluarga')],
    lingkungan_sosial: () => [para(of('social_environment'), 'Kondisi lingkungan sosial budaya klien.', 'kondisi lingkungan sosial')],
    riwayat_tindak_pidana: () => [para(of('offence'), 'Riwayat tindak pidana.', 'kronologi dan keterangan tindak pidana')],
    tanggapan: () => [para(of('responses'), 'Tanggapan para pihak.', 'tanggapan klien, keluarga, korban, masyarakat dan pemerintah setempat')],
    evaluasi_pembinaan: () => [para(of('programme'), 'Evaluasi pembinaan selama menjalani pidana.', 'program pembinaan dan catatan Register F')],
    asesmen: () => [
      para(of('assessment'), 'Hasil asesmen risiko (dihitung oleh sistem) dan kebutuhan kriminogenik.', 'asesmen RRI dan kebutuhan kriminogenik'),
    ],
    analisis: () => {
      const level = byId.get('assessment.rri_level');
      const prio = byId.get('assessment.needs_priority');
      const ids = [level, prio].filter((f): f is Fact => !!f);
      if (ids.length === 0)
        return [{ text: 'Analisis memerlukan hasil asesmen. [PERLU DATA: asesmen RRI dan kebutuhan]', fact_ids: [], missing: ['asesmen RRI dan kebutuhan'] }];
      const parts = [
        level && `Tingkat risiko residivisme klien ${level.value.toLowerCase()}.`,
        prio && `Kebutuhan kriminogenik yang perlu ditangani lebih dulu: ${prio.value}.`,
        'Analisis lebih lanjut atas fakta di atas disusun oleh PK.',
      ].filter(Boolean);
      return [{ text: parts.join(' '), fact_ids: ids.map((f) => f.id), missing: [] }];
    },
  };

  const out: DraftSection[] = outlineFor(ctx.kind).map((s) => ({ key: s.key, paragraphs: sections[s.key]() }));
  // Each option rests on the assessment; without one, on the facts of the offence, programme and responses.
  let basis = ['assessment.rri_level', 'assessment.needs_priority'].filter((id) => byId.has(id));
  if (basis.length === 0) basis = [...of('offence'), ...of('programme'), ...of('responses')].map((f) => f.id).slice(0, 6);
  const [a, b] = OPTIONS[ctx.kind] ?? INTEGRATION;
  return {
    sections: out,
    kesimpulan_options: [
      {
        text: `Berdasarkan fakta yang terkumpul, klien layak dipertimbangkan untuk ${a.charAt(0).toLowerCase()}${a.slice(1)}`,
        fact_ids: basis,
        severity: 'ringan',
      },
      { text: `Berdasarkan fakta yang terkumpul, dipertimbangkan bahwa ${b.charAt(0).toLowerCase()}${b.slice(1)}`, fact_ids: basis, severity: 'berat' },
    ],
    rekomendasi_options: [
      { text: a, fact_ids: basis, severity: 'ringan' },
      { text: b, fact_ids: basis, severity: 'berat' },
    ],
  };
}
