/**
 * Builds a valid draft answer from the prompt the fake server received, the way a
 * well-behaved model would: it restates the listed facts (placeholders included) and
 * cites their ids. Tests use it to check that placeholders are put back.
 */
export function answerFromPrompt(body: any, extra: { inject?: string } = {}): string {
  const user: string = body.messages.find((m: any) => m.role === 'user').content;
  const facts = [...user.matchAll(/^- ([a-z_.0-9]+): (.+?) = (.+)$/gm)].map((m) => ({ id: m[1], label: m[2], value: m[3] }));
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
    const text = mine.length ? mine.map((f) => `${f.label}: ${f.value}.`).join(' ') : '[PERLU DATA: data bagian ini]';
    const paragraphs = [{ text, fact_ids: mine.map((f) => f.id), missing: mine.length ? [] : ['data bagian ini'] }];
    if (i === 0 && extra.inject) paragraphs.push({ text: extra.inject, fact_ids: ['identity.name'], missing: [] });
    return { key, paragraphs };
  });
  const basis = facts.filter((f) => f.id.startsWith('assessment.rri')).map((f) => f.id);
  return JSON.stringify({
    sections,
    kesimpulan_options: [
      { text: 'Klien layak dipertimbangkan untuk diversi.', fact_ids: basis },
      { text: 'Diversi belum dapat dilaksanakan.', fact_ids: basis },
    ],
    rekomendasi_options: [
      { text: 'Diversi dengan pengembalian kepada orang tua.', fact_ids: basis },
      { text: 'Perkara dilanjutkan.', fact_ids: basis },
    ],
  });
}
