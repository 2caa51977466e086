/**
 * Finds each complete element of the top-level `"sections"` array in a JSON text that
 * arrives in pieces, so that a streamed draft can be shown section by section before
 * the whole answer is in. Text outside the outermost object (code fences) is ignored.
 */
export class SectionScanner {
  private text = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private lastKey = '';
  private inSections = false;
  private start = -1;

  /** Feeds more text; returns the sections completed by it, as JSON strings. */
  push(chunk: string): string[] {
    this.text += chunk;
    const done: string[] = [];
    for (; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === '\\') this.escaped = true;
        else if (ch === '"') {
          this.inString = false;
          if (this.depth === 1) this.lastKey = this.text.slice(this.stringStart + 1, this.pos);
        }
        continue;
      }
      if (ch === '"') {
        this.inString = true;
        this.stringStart = this.pos;
      } else if (ch === '{' || ch === '[') {
        this.depth++;
        if (this.depth === 2 && ch === '[' && this.lastKey === 'sections') this.inSections = true;
        if (this.inSections && this.depth === 3 && ch === '{') this.start = this.pos;
      } else if (ch === '}' || ch === ']') {
        if (this.inSections && this.depth === 3 && ch === '}' && this.start >= 0) {
          done.push(this.text.slice(this.start, this.pos + 1));
          this.start = -1;
        }
        this.depth--;
        if (this.depth < 2) this.inSections = false;
      }
    }
    return done;
  }

  /** All text received so far. */
  all(): string {
    return this.text;
  }
}

/** The JSON object in an answer that may be wrapped in a code fence or prose. */
export function extractJson(text: string): unknown {
  const a = text.indexOf('{');
  const b = text.lastIndexOf('}');
  if (a < 0 || b < a) throw new SyntaxError('no JSON object in the answer');
  return JSON.parse(text.slice(a, b + 1));
}
