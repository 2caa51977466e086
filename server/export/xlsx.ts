import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Cell, safeText } from './csv.ts';

/**
 * Rows as a streamed XLSX workbook with one sheet, written as the client reads (exceljs's
 * streaming writer: rows are committed one by one, never held as a whole workbook).
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, as in CSV.
 */
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
