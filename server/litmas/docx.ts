import { AlignmentType, BorderStyle, Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { LitmasDocument } from './document.ts';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The Kepala Bapas's note: its own heading, his words, and his signature under them. */
function supervisorNote(n: NonNullable<LitmasDocument['supervisorNote']>): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360 }, children: [new TextRun({ text: n.title, bold: true })] }),
    ...n.paragraphs.map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(p)] })),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [new TextRun(n.date)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: n.role, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 720 }, children: [new TextRun({ text: n.name, underline: {} })] }),
  ];
}

/** The litmas as a Word document: letterhead, numbered outline, RRI table, signatures, "DRAF" mark until final. */
export async function litmasDocx(doc: LitmasDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...doc.letterhead.map(
      (l, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold: true, size: i === 0 ? 26 : 24 })] }),
    ),
    new Paragraph({ border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } }, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: doc.title, bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.kindLabel, size: 24 })] }),
  ];
  if (doc.drafterNote) children.push(new Paragraph({ children: [new TextRun({ text: doc.drafterNote, italics: true, size: 18 })] }));
  for (const s of doc.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: `${s.number}. ${s.title}`, bold: true })] }),
    );
    for (const p of s.paragraphs) children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(p)] }));
    if (s.withAssessment) {
      children.push(
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'RRI bagian A (dihitung oleh sistem)', bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: [cell('Butir', true), cell('Skor', true), cell('Maks.', true)] }),
            ...doc.rri.rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
            new TableRow({ children: [cell('Jumlah', true), cell(String(doc.rri.total), true), cell('17', true)] }),
            new TableRow({ children: [cell('Tingkat risiko', true), cell(doc.rri.level + (doc.rri.complete ? '' : ' (belum lengkap)'), true), cell('')] }),
          ],
        }),
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Kebutuhan kriminogenik', bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: [cell('Domain', true), cell('Tingkat', true)] }),
            ...doc.needs.map((n) => new TableRow({ children: n.map((v) => cell(v)) })),
          ],
        }),
      );
    }
  }
  if (doc.supervisorNote) children.push(...supervisorNote(doc.supervisorNote));
  children.push(
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          children: doc.signatures.map(
            (s) =>
              new TableCell({
                children: [
                  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(s.note || ' ')] }),
                  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s.role, bold: true })] }),
                  new Paragraph({ spacing: { before: 960 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: s.name, underline: {} })] }),
                ],
              }),
          ),
        }),
      ],
    }),
  );
  const header = doc.draftMark
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: 'DRAF', bold: true, size: 72, color: 'C0C0C0' }),
              new TextRun({ text: '  belum disetujui Kepala Bapas', color: '909090', size: 18 }),
            ],
          }),
        ],
      })
    : new Header({ children: [] });
  const document = new Document({
    creator: 'Lentera',
    title: `${doc.title} – ${doc.kindLabel}`,
    sections: [{ headers: { default: header }, children }],
  });
  return Packer.toBuffer(document);
}
