import { commonWords } from './dictionary.ts';
import { AFFIXED, COMMON_WORDS, INSTITUTIONS } from './lexicon.ts';
import type { Span } from './patterns.ts';
import type { Token } from './tokens.ts';

/** Words that start an address, in any case. Abbreviations need their dot or a capital. */
const KEYS = new Set(
  'jl jln jalan gg gang komplek kompleks komp perumahan perum dusun dsn desa ds kelurahan kel kecamatan kec kampung kp lorong lr dukuh'.split(' '),
);
const ABBREVIATED = new Set(['jl', 'jln', 'gg', 'komp', 'perum', 'dsn', 'ds', 'kel', 'kec', 'kp', 'lr']);
/** Keys that are ordinary words too ("jalan kaki", "desa tersebut"): the name after them must look like one. */
const ORDINARY = new Set(['jalan', 'gang', 'desa', 'kampung', 'dusun', 'lorong', 'dukuh', 'perumahan', 'komplek', 'kompleks']);
/** Words that belong inside a street or estate name though they are ordinary words. */
const NAME_WORDS = new Set(
  'raya utama baru lama dalam luar barat timur utara selatan tengah indah asri permai jaya makmur sejahtera lestari ii iii iv i'.split(' '),
);
const NUMBER_KEYS = new Set(['no', 'nomor', 'nmr', 'blok', 'blk', 'rt', 'rw', 'km', 'kav', 'kavling', 'kav.']);

/** Whether a number part ("No. 8", "RT 5", "Blok D") follows within two words after `j`. */
function numberFollows(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    if (NUMBER_KEYS.has(t.key)) return isNumberish(tokens[k + 1]) || (tokens[k + 1]?.text === '.' && isNumberish(tokens[k + 2]));
  }
  return false;
}

const isNumberish = (t: Token | undefined) => !!t && t.word && /^(?:\d+[a-z]?|[a-z]\d*|\d+-\d+)$/i.test(t.text) && (/\d/.test(t.text) || t.text.length === 1);

/**
 * Addresses written in the narrative, in any case: a key word (Jl., jalan, Gg., Komplek,
 * Perumahan, Desa, Kelurahan, Kecamatan, Dusun, RT/RW…), the name after it, and the
 * number parts (No. 12, Blok D, RT 02/RW 03, Km 5). It stops at punctuation and at the
 * first word that is not part of a name, so it never swallows a clause.
 */
export function addressSpans(tokens: Token[]): Span[] {
  const out: Span[] = [];
  const dict = commonWords();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    let j = i + 1;
    let end = -1;
    if (KEYS.has(t.key)) {
      const dotted = tokens[j]?.text === '.';
      if (ABBREVIATED.has(t.key) && !dotted && !t.cap) continue;
      if (dotted || tokens[j]?.text === ':') j++;
      // "Kampung padat", "kompleks perumahan dosen": an ordinary word after the key names no place.
      const ordinary = ORDINARY.has(t.key);
      let names = 0;
      while (j < tokens.length && names < 5) {
        const n = tokens[j];
        if (!n.word) {
          // An initial inside a street name ("Jl. H. Agus Salim").
          if (n.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1].text) && tokens[j + 1]?.cap) {
            j++;
            continue;
          }
          break;
        }
        if (NUMBER_KEYS.has(n.key) || n.digits || KEYS.has(n.key) || INSTITUTIONS.has(n.key)) break;
        const lower = !n.cap && !n.upper;
        if (names > 0 && NAME_WORDS.has(n.key)) {
          names++;
          end = n.end;
          j++;
          continue;
        }
        // "gang kelinci RT 5", "jalan veteran no. 8": ordinary words name a street when a number follows.
        if (lower && ordinary && names === 0 && dict.has(n.key) && !COMMON_WORDS.has(n.key) && numberFollows(tokens, j)) {
          names++;
          end = n.end;
          j++;
          continue;
        }
        if (lower && (COMMON_WORDS.has(n.key) || AFFIXED.test(n.key) || (ordinary && names === 0 && dict.has(n.key)))) break;
        if (!lower && ordinary && names === 0 && COMMON_WORDS.has(n.key)) break;
        names++;
        end = n.end;
        j++;
      }
      if (names === 0) continue;
    } else if (t.key === 'rt' || t.key === 'rw' || t.key === 'blok') {
      j = i;
    } else continue;
    // Number parts: "No. 12", "nomor 12", "Blok D", "RT 02/RW 03", "Km 5", a bare number after a street name.
    while (j < tokens.length) {
      const n = tokens[j];
      if (n.word && NUMBER_KEYS.has(n.key)) {
        let k = j + 1;
        while (tokens[k] && /^[.:]$/.test(tokens[k].text)) k++;
        if (!isNumberish(tokens[k])) break;
        end = tokens[k].end;
        j = k + 1;
        // "RT 02/RW 03", "RT 002 / 005"
        if (tokens[j]?.text === '/' && (isNumberish(tokens[j + 1]) || tokens[j + 1]?.key === 'rw')) j++;
        continue;
      }
      if (end > 0 && n.digits && n.start - tokens[j - 1].end <= 1 && j === i + 2) {
        end = n.end;
        j++;
        continue;
      }
      break;
    }
    if (end > t.start) out.push({ start: t.start, end, kind: 'ALAMAT', rank: 2 });
  }
  return out;
}
