/** A value of an exported cell (a list is written as its items joined by spaces). */
export type Cell = string | number | boolean | null | undefined | string[];

/**
 * Makes a text cell safe for spreadsheets: a leading = + - @ tab or CR would be read
 * as a formula (CSV injection), so such text gets a leading apostrophe. Numbers stay.
 */
export function safeText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A text cell needs work only when it could be a formula or holds a separator or quote. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n;]/;

function csvCell(v: Cell): string {
  if (typeof v === 'number') return String(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return String(v);
  const raw = Array.isArray(v) ? v.join(' ') : v;
  if (!NEEDS_CARE.test(raw)) return raw;
  const s = safeText(raw);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows as a streamed UTF-8 CSV (with BOM, so spreadsheet programs pick the encoding),
 * written in chunks of about 64 KB as the client reads. When `settled` is given, the
 * download only completes once it has resolved (e.g. the export is on the audit trail).
 */
export function csvStream(columns: string[], rows: Iterable<Record<string, Cell>>, settled?: Promise<unknown>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const it = rows[Symbol.iterator]();
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      let chunk = header ? `\uFEFF${columns.join(',')}\r\n` : '';
      header = false;
      for (let n = it.next(); !n.done; n = it.next()) {
        const r = n.value;
        let line = '';
        for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + csvCell(r[columns[i]]);
        chunk += `${line}\r\n`;
        if (chunk.length > 64_000) {
          ctrl.enqueue(enc.encode(chunk));
          return;
        }
      }
      if (chunk) ctrl.enqueue(enc.encode(chunk));
      if (settled) await settled;
      ctrl.close();
    },
  });
}

/** Ready-made CSV lines (formatted by DuckDB) streamed after a header, BOM first. */
export function linesStream(header: string, lines: string[], settled?: Promise<unknown>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = -1;
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (i < 0) {
        ctrl.enqueue(enc.encode(`\uFEFF${header}\r\n`));
        i = 0;
        return;
      }
      if (i < lines.length) {
        const end = Math.min(lines.length, i + 2000);
        ctrl.enqueue(enc.encode(`${lines.slice(i, end).join('\r\n')}\r\n`));
        i = end;
        return;
      }
      if (settled) await settled;
      ctrl.close();
    },
  });
}
