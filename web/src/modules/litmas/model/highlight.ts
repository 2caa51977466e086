// Splits a paragraph into plain text, "[PERLU DATA: …]" markers and the substrings the
// grounding check flagged, so the editor can mark them. Pure (tested in test/web-litmas.test.ts).
import type { FlagKind } from '../types.ts';

export type Segment = { type: 'text'; text: string } | { type: 'missing'; text: string } | { type: 'flag'; text: string; kind: FlagKind };

const MISSING_RE = /\[PERLU DATA:[^\]]*\]/g;
const WORD = /[\p{L}\p{N}]/u;

/** The "[PERLU DATA: x]" items written in a text (what the paragraph still needs). */
export function missingIn(text: string): string[] {
  return [...text.matchAll(MISSING_RE)].map((m) => m[0].slice('[PERLU DATA:'.length, -1).trim());
}

/** Every whole-word occurrence of `needle` in `text` (a flagged "3" does not mark the 3 of "2023"). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if ((!before || !WORD.test(before)) && (!after || !WORD.test(after))) out.push(i);
  }
  return out;
}

/** Segments of a text: missing-data markers first, then flagged substrings that do not overlap them. */
export function segments(text: string, flags: { kind: FlagKind; text: string }[]): Segment[] {
  type Range = { start: number; end: number; seg: Segment };
  const ranges: Range[] = [];
  const free = (s: number, e: number) => ranges.every((r) => e <= r.start || s >= r.end);
  for (const m of text.matchAll(MISSING_RE)) {
    ranges.push({ start: m.index, end: m.index + m[0].length, seg: { type: 'missing', text: m[0] } });
  }
  for (const f of flags) {
    if (f.kind === 'fact_id') continue; // a cited id, not a piece of the text
    for (const at of occurrences(text, f.text)) {
      const end = at + f.text.length;
      if (free(at, end)) ranges.push({ start: at, end, seg: { type: 'flag', text: f.text, kind: f.kind } });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push({ type: 'text', text: text.slice(pos, r.start) });
    out.push(r.seg);
    pos = r.end;
  }
  if (pos < text.length) out.push({ type: 'text', text: text.slice(pos) });
  return out;
}
