/** The facts of the prompt's data block (facts, derived facts, legal bases), as the model reads them. */
export function factsFromPrompt(body: any): { id: string; label: string; value: string }[] {
  const user: string = body.messages.find((m: any) => m.role === 'user').content;
  const block = /```json\n([\s\S]*?)\n```/.exec(user);
  if (!block) return [];
  const data = JSON.parse(block[1]);
  return [...(data.fakta ?? []), ...(data.fakta_turunan ?? []), ...(data.dasar_hukum ?? []), ...(data.permintaan ?? [])].map((f: any) => ({
    id: f.id,
    label: f.label,
    value: f.isi,
  }));
}

/**
 * Builds a valid draft answer from the prompt the fake server received, the way a
 * well-behaved model would: it restates the listed facts (placeholders included) and
 * cites their ids. Tests use it to check that placeholders are put back.
 */
export function answerFromPrompt(body: any, extra: { inject?: string } = {}): string {
  const user: string = body.messages.find((m: any) => m.role === 'user').content;
  if (isVerification(body)) return verificationAnswer(body);
  const facts = factsFromPrompt(body);
  const outline = [...user.matchAll(/^\d+\. ([a-z_]+): (.+)$/gm)].map((m) => m[1]);
  const prefixes: Record<string, string[]> = {
    identitas: ['identity', 'family', 'guarantor'],
    sumber_informasi: ['sources'],
    riwayat_hidup: ['life_history'],
    kondisi_keluarga: ['family_condition'],
    lingkungan_sosial: ['social_environment'],
    riwayat_tindak_pidana: ['offence'],
    tanggapan: ['responses'],
    evaluasi_pembinaan: ['programme'],
    asesmen: ['assessment'],
    analisis: ['assessment'],
  };
  const sections = outline.map((key, i) => {
    const mine = facts.filter((f) => (prefixes[key] ?? []).some((p) => f.id.startsWith(`${p}.`)));
    if (key === 'analisis') mine.push(...facts.filter((f) => f.id.startsWith('derived.') || f.id.startsWith('legal.')));
    const text = mine.length ? mine.map((f) => `${f.label}: ${f.value}.`).join(' ') : '[PERLU DATA: data bagian ini]';
    const paragraphs = [{ text, fact_ids: mine.map((f) => f.id), missing: mine.length ? [] : ['data bagian ini'] }];
    if (i === 0 && extra.inject) paragraphs.push({ text: extra.inject, fact_ids: ['identity.name'], missing: [] });
    return { key, paragraphs };
  });
  const basis = facts.filter((f) => f.id.startsWith('assessment.rri')).map((f) => f.id);
  return JSON.stringify({
    sections,
    kesimpulan_options: [
      { text: 'Klien layak dipertimbangkan untuk diversi.', fact_ids: basis, severity: 'ringan' },
      { text: 'Diversi belum dapat dilaksanakan.', fact_ids: basis, severity: 'berat' },
    ],
    rekomendasi_options: [
      { text: 'Diversi dengan pengembalian kepada orang tua.', fact_ids: basis, severity: 'ringan' },
      { text: 'Perkara dilanjutkan.', fact_ids: basis, severity: 'berat' },
    ],
  });
}

/** Whether a request is the verification pass (its data block lists paragraphs, not facts). */
export function isVerification(body: any): boolean {
  const user: string = body.messages.find((m: any) => m.role === 'user')?.content ?? '';
  return /```json\n\{\n "paragraf"/.test(user);
}

/**
 * The verification pass as a model answers it: each paragraph by its ref, with the issues
 * `find` reports for its text (by default none: the draft restates the facts).
 */
export function verificationAnswer(
  body: any,
  find: (p: {
    ref: string;
    teks: string;
    fakta_dikutip: { id: string; isi: string }[];
  }) => { statement: string; verdict: 'tidak_didukung' | 'bertentangan'; reason: string }[] = () => [],
): string {
  const user: string = body.messages.find((m: any) => m.role === 'user').content;
  const data = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(user)![1]);
  return JSON.stringify({ paragraphs: data.paragraf.map((p: any) => ({ ref: p.ref, issues: find(p) })) });
}
