import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null | undefined | string[];

/**
 * Makes a text cell safe for spreadsheets: a leading = + - @ tab or CR would be read
 * as a formula (CSV injection), so such text gets a leading apostrophe. Numbers stay.
 */
export function safeText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = safeText(Array.isArray(v) ? v.join(' ') : v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as a streamed UTF-8 CSV (with BOM, so spreadsheet programs pick the encoding). */
export function csvStream(columns: string[], rows: Iterable<Record<string, Cell>>): ReadableStream {
  function* lines() {
    yield `\uFEFF${columns.join(',')}\r\n`;
    let chunk = '';
    for (const r of rows) {
      chunk += `${columns.map((c) => csvCell(r[c])).join(',')}\r\n`;
      if (chunk.length > 64_000) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.toWeb(Readable.from(lines(), { objectMode: false })) as ReadableStream;
}

/** Rows as a streamed XLSX workbook with one sheet. */
export function xlsxStream(sheet: string, columns: string[], rows: Iterable<Record<string, Cell>>): ReadableStream {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c, key: c }));
  (async () => {
    for (const r of rows) {
      const values: Record<string, unknown> = {};
      for (const c of columns) {
        const v = r[c];
        values[c] = typeof v === 'string' ? safeText(v) : Array.isArray(v) ? v.join(' ') : v;
      }
      ws.addRow(values).commit();
    }
    ws.commit();
    await wb.commit();
  })().catch((e) => out.destroy(e));
  return Readable.toWeb(out) as ReadableStream;
}
