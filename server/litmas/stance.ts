/**
 * Whose response a sentence reports and which way it goes: the victim forgave or refused,
 * the family supports or rejects, the community accepts or objects. A draft that turns a
 * recorded refusal into forgiveness (or back) contradicts the facts, whatever its numbers.
 */

export type Party = 'victim' | 'family' | 'community' | 'client';

const PARTIES: [Party, RegExp][] = [
  ['victim', /\bkorban\b/i],
  ['community', /\b(?:masyarakat|warga|tetangga|lingkungan|ketua rt|ketua rw|lurah|kepala desa|pemerintah setempat)\b/i],
  ['family', /\b(?:keluarga|orang tua|ayah|ibu|penjamin|wali)\b/i],
  ['client', /\b(?:klien|anak|terdakwa|tersangka)\b/i],
];

// Refusal first: "tidak bersedia berdamai" holds "bersedia" and "berdamai" too.
const AGAINST =
  /\b(?:menolak|tidak (?:mau|bersedia|memaafkan|menerima|setuju|mendukung|menyesal|sepakat|ingin berdamai)|belum (?:bersedia|memaafkan|menerima|mau|sepakat)|enggan|keberatan|menuntut|tidak ada (?:kesepakatan|perdamaian)|gagal (?:berdamai|mencapai kesepakatan)|tetap (?:menuntut|melanjutkan|ingin))/i;
const FOR =
  /\b(?:memaafkan|berdamai|bersedia|menerima|setuju|sepakat|mendukung|menyesal|menyesali|kesepakatan damai|perdamaian|telah damai|sudah damai|mau menerima|siap menerima|siap menjadi)\b/i;

/** The direction of a sentence about a party: +1 for, -1 against, 0 when it says neither. */
export function polarity(sentence: string): -1 | 0 | 1 {
  if (AGAINST.test(sentence)) return -1;
  return FOR.test(sentence) ? 1 : 0;
}

/** The party a sentence is about (the first named: "keluarga korban" is the victim's side). */
export function partyOf(sentence: string): Party | null {
  let best: { party: Party; index: number } | null = null;
  for (const [party, re] of PARTIES) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.index || (party === 'victim' && /keluarga\s+korban/i.test(sentence)))) best = { party, index: m.index };
  }
  if (best && /keluarga\s+korban|orang tua korban|pihak korban/i.test(sentence)) return 'victim';
  return best?.party ?? null;
}

/** Splits a text into sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What the facts say each party's response is (+1, -1), from the texts recorded about them. */
export function recordedStances(texts: { party: Party; text: string }[]): Map<Party, -1 | 1> {
  const out = new Map<Party, -1 | 1>();
  for (const { party, text } of texts) {
    for (const s of sentences(text)) {
      const p = polarity(s);
      if (p !== 0 && !out.has(party)) out.set(party, p);
    }
  }
  return out;
}

/** Sentences of a paragraph whose stance is the opposite of the recorded one. */
export function contradictions(text: string, recorded: Map<Party, -1 | 1>): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    const party = partyOf(s);
    const want = party ? recorded.get(party) : undefined;
    const got = polarity(s);
    if (want && got !== 0 && got !== want) out.push(s);
  }
  return out;
}
