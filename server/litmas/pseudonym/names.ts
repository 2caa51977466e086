import { commonWords, frequentWords, knownNames } from './dictionary.ts';
import { AFFIXED, AFTER_NAME, COMMON_WORDS, INSTITUTIONS, KINSHIP, NOT_NAMES, PRIVATE_PLACES, ROLES, STRONG_CUES, TITLES } from './lexicon.ts';
import type { Span } from './patterns.ts';
import { gazetteer } from './places.ts';
import type { Token } from './tokens.ts';

/** How sure a cue makes us that a name follows: strong cues admit lower-case words. */
type Strength = 'strong' | 'medium' | 'weak';

/** Words between a cue and the name: "kakak klien, yaitu Dimas", "anak pertamanya bernama Sari", "saksi 1 Andi". */
const FILLERS = new Set(
  'klien korban pelaku anak yang yaitu yakni kandung tiri angkat pertama kedua ketiga keempat kelima sulung bungsu pertamanya keduanya ketiganya sulungnya bungsunya lain lainnya laki-laki perempuan nya tersebut sendiri kelas rt rw desa kelurahan sekolah nama'.split(
    ' ',
  ),
);
const LOCATIVE = new Set('di ke dari warga penduduk asal daerah wilayah kawasan sekitar lurah kades'.split(' '));
const SINGLE_LETTER_TITLES = new Set(['h', 'k']);

function cueStrength(t: Token, next: Token | undefined, prevDot = false): Strength | null {
  if (!t.word) return null;
  if (STRONG_CUES.has(t.key)) {
    if (t.key === 'atas') return next?.key === 'nama' ? 'strong' : null;
    if (t.key === 'an' || t.key === 'als') return next?.text === '.' ? 'strong' : null;
    return 'strong';
  }
  if (SINGLE_LETTER_TITLES.has(t.key)) return t.cap && next?.text === '.' && !prevDot ? 'medium' : null;
  // "MA" is a school, "Ma" a grandmother.
  if (t.upper && NOT_NAMES.has(t.key)) return null;
  if (t.key === 'sdr' || t.key === 'sdri' || t.key === 'sdra') return 'strong';
  if (TITLES.has(t.key) || KINSHIP.has(t.key)) return 'medium';
  if (ROLES.has(t.key)) return 'weak';
  return null;
}

/** A lower-case word that may be a name: not an ordinary word, not affixed, not a cue. */
function lowerName(t: Token, afterKinship: boolean): boolean {
  return (
    t.word &&
    /^\p{L}+(?:['’-]\p{L}+)*$/u.test(t.text) &&
    t.key.length >= 2 &&
    !COMMON_WORDS.has(t.key) &&
    !AFFIXED.test(t.key) &&
    !frequentWords(afterKinship ? 5000 : 3000).has(t.key) &&
    !TITLES.has(t.key) &&
    !KINSHIP.has(t.key) &&
    !ROLES.has(t.key) &&
    !STRONG_CUES.has(t.key)
  );
}

/** A capitalised word that may be a name (not an institution, month, religion, acronym…). */
function capName(t: Token): boolean {
  if (!t.word || !(t.cap || t.upper) || !/^\p{L}+(?:['’-]\p{L}+)*$/u.test(t.text) || t.key.length < 2) return false;
  if (NOT_NAMES.has(t.key) || INSTITUTIONS.has(t.key) || COMMON_WORDS.has(t.key)) return false;
  return !TITLES.has(t.key) && !KINSHIP.has(t.key) && !ROLES.has(t.key) && !STRONG_CUES.has(t.key);
}

/** The longest run of words from `i` that is a place name of the gazetteer, as [end index, kind]. */
function placeAt(tokens: Token[], i: number): { j: number; kind: 'region' | 'district' | 'village' } | null {
  const g = gazetteer();
  let words = '';
  let best: { j: number; kind: 'region' | 'district' | 'village' } | null = null;
  for (let j = i; j < tokens.length && j < i + g.maxWords; j++) {
    const t = tokens[j];
    if (!t.word || !(t.cap || t.upper)) break;
    words = words ? `${words} ${t.key}` : t.key;
    if (g.regions.has(words)) best = { j, kind: 'region' };
    else if (g.villages.has(words)) best = { j, kind: 'village' };
    else if (g.districts.has(words)) best = { j, kind: 'district' };
  }
  return best;
}

/**
 * Names in a narrative: after a cue (a title, rank, kinship word or role, "bernama",
 * "alias", "bin"), in lower case too where the cue is strong; and capitalised words that
 * are neither ordinary words, places nor institutions. Village names after a locative
 * cue ("warga Kebagusan", "Lurah Kebagusan") are addresses.
 */
export function nameSpans(tokens: Token[]): Span[] {
  const out: Span[] = [];
  const taken = new Set<number>();
  const push = (a: number, b: number, kind: Span['kind'], rank: number) => {
    out.push({ start: tokens[a].start, end: tokens[b].end, kind, rank });
    for (let k = a; k <= b; k++) taken.add(k);
  };

  for (let i = 0; i < tokens.length; i++) {
    let strength = cueStrength(tokens[i], tokens[i + 1], tokens[i - 1]?.text === '.');
    if (!strength) continue;
    // "RSUD Prof. Dr. W. Z. Johannes", "Universitas Dr. Soetomo": an institution named after someone stays.
    const before = tokens[i - 1];
    if (before?.word && (before.cap || before.upper) && INSTITUTIONS.has(before.key) && !PRIVATE_PLACES.has(before.key)) {
      let k = i + 1;
      while (k < tokens.length && (tokens[k].text === '.' || (tokens[k].word && (tokens[k].cap || tokens[k].upper)))) taken.add(k++);
      i = k - 1;
      continue;
    }
    let j = i + 1;
    // Skip the words between the cue and the name (other cues chain: "Bu guru Ratna", "Pak H. Ahmad").
    for (let skipped = 0; j < tokens.length && skipped < 4; skipped++) {
      const t = tokens[j];
      const s = cueStrength(t, tokens[j + 1]);
      if (s) {
        if (s === 'strong' || (s === 'medium' && strength === 'weak')) strength = s;
        j++;
        continue;
      }
      // A dot only after an abbreviated cue ("Sdr.", "Pdt."), never across a sentence's end.
      const dot =
        t.text === '.' && tokens[j - 1].word && (TITLES.has(tokens[j - 1].key) || STRONG_CUES.has(tokens[j - 1].key) || /^sdri?a?$/.test(tokens[j - 1].key));
      if ((!t.word && /^[,(:"“]$/.test(t.text)) || dot || FILLERS.has(t.key) || (t.digits && t.text.length <= 2)) {
        j++;
        continue;
      }
      break;
    }
    const first = j;
    let last = -1;
    let lower = false;
    for (let n = 0; j < tokens.length && n < 4; n++) {
      const t = tokens[j];
      // An initial ("M. Ali", "H. Ahmad") stays inside the name.
      if (t.word && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 2]?.cap && tokens[j + 2].key.length >= 2) {
        last = j;
        j += 2;
        continue;
      }
      const strongCap = strength === 'strong' && t.word && (t.cap || t.upper) && /^\p{L}/u.test(t.text) && !INSTITUTIONS.has(t.key) && !TITLES.has(t.key);
      if ((capName(t) || strongCap) && !lower) {
        const place = placeAt(tokens, j);
        if (place?.kind === 'region') break;
        last = j;
      } else if (
        !t.cap &&
        !t.upper &&
        strength !== 'weak' &&
        (last < 0 || (lower && strength === 'strong')) &&
        n < 3 &&
        lowerName(t, KINSHIP.has(tokens[i].key))
      ) {
        // After a kinship word or title, one lower-case word, and only where a name would end.
        const after = tokens[j + 1];
        if (strength === 'medium' && after?.word && !AFTER_NAME.has(after.key) && !AFFIXED.test(after.key)) break;
        lower = true;
        last = j;
      } else break;
      j++;
    }
    if (last < first) continue;
    // "Lurah Kebagusan", "warga Kebagusan": a village, not a person.
    const place = placeAt(tokens, first);
    const isVillage = place?.kind === 'village' && (tokens[i].key === 'lurah' || tokens[i].key === 'kades') && place.j >= last;
    push(first, last, isVillage ? 'ALAMAT' : 'NAMA', 3);
    i = last;
  }

  // Villages after a locative word ("tinggal di Kebagusan"), not regions or districts.
  for (let i = 1; i < tokens.length; i++) {
    if (taken.has(i) || !LOCATIVE.has(tokens[i - 1].key) || !(tokens[i].cap || tokens[i].upper) || INSTITUTIONS.has(tokens[i].key)) continue;
    const place = placeAt(tokens, i);
    if (place?.kind === 'village' && !COMMON_WORDS.has(tokens[i].key)) {
      push(i, place.j, 'ALAMAT', 4);
      i = place.j;
    }
  }

  // Capitalised words that are no ordinary word, place or institution name.
  const dict = commonWords();
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !capName(tokens[i])) continue;
    const prev = tokens[i - 1];
    // The name of an institution or public place ("Polres Metro …", "Masjid Al-Ikhlas", "SMP Negeri 3") stays.
    if (prev?.word && (INSTITUTIONS.has(prev.key) || NOT_NAMES.has(prev.key)) && (prev.cap || prev.upper)) {
      while (i < tokens.length && tokens[i].word && (tokens[i].cap || tokens[i].upper || tokens[i].digits)) i++;
      continue;
    }
    // A region or district is not a name: the run stops before it (a village may be a person's name too).
    const here = placeAt(tokens, i);
    if (here && here.kind !== 'village') {
      i = here.j;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && capName(tokens[j + 1]) && !taken.has(j + 1) && (placeAt(tokens, j + 1)?.kind ?? 'village') === 'village') j++;
    const run = tokens.slice(i, j + 1);
    const unknown = run.filter((t) => !dict.has(t.key) && !(t.upper && t.key.length <= 4));
    if (unknown.length === 0) {
      i = j;
      continue;
    }
    // A single capitalised word opening a sentence is usually an ordinary word: a name only if known as one.
    if (run.length === 1 && tokens[i].initial && !knownNames().has(tokens[i].key)) continue;
    push(i, j, 'NAMA', 5);
    i = j;
  }
  return out;
}
