import { fold } from './lexicon.ts';

/** A word or a punctuation mark of a text, with its position. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded form (lower case, no apostrophes). */
  key: string;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All letters are capitals (and there are at least two). */
  upper: boolean;
  digits: boolean;
  /** First word of a sentence (or of the text, or after a colon or a line break). */
  initial: boolean;
}

// Words keep inner apostrophes and hyphens ("Ma'ruf", "Al-Fatih", "laki-laki").
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’`-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

/** Splits a text into words and punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let initial = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = m[0];
    const word = /[\p{L}\p{N}]/u.test(s[0]);
    const gap = out.length ? text.slice(out[out.length - 1].end, m.index) : '';
    if (gap.includes('\n')) initial = true;
    const letters = s.replace(/[^\p{L}]/gu, '');
    out.push({
      text: s,
      start: m.index,
      end: m.index + s.length,
      key: fold(s),
      word,
      cap: word && /^\p{Lu}/u.test(s),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      digits: /^\d+$/.test(s),
      initial: word && initial,
    });
    if (word) initial = false;
    else if (/[.!?:;•\-–]/.test(s)) initial = s !== '.' || !abbreviation(out);
  }
  return out;
}

const ABBREVIATIONS = new Set(
  'jl jln gg no nmr kel kec ds dsn kp kab sdr sdri sdra bpk hj dr drs dra ir prof komp perum blk tgl telp tlp hp st sh mh spd ssos se mm kh als an'.split(' '),
);

/** A dot after an abbreviation ("Jl.", "Sdr.", "H.", "No.") does not end a sentence. */
function abbreviation(tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 2];
  return !!prev && prev.word && (/^\p{Lu}$/u.test(prev.text) || ABBREVIATIONS.has(prev.key));
}
