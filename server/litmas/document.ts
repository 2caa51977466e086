import type { DraftContent } from './draft.ts';
import { DECISION_SECTIONS } from './draft.ts';
import { LITMAS_KINDS } from '../../common/litmas/kinds.ts';
import type { Assessment } from './facts.ts';
import { NEED_DOMAINS, RRI_ITEMS, scoreRri } from '../../common/litmas/rri.ts';
import type { CaseRecord } from './store.ts';

/** Everything a litmas document shows, shared by the DOCX and the print view. */
export interface LitmasDocument {
  letterhead: string[];
  title: string;
  kindLabel: string;
  draftMark: boolean;
  drafterNote: string | null;
  sections: { number: string; title: string; paragraphs: string[]; withAssessment: boolean }[];
  rri: { rows: [string, string, string][]; total: number; level: string; complete: boolean };
  needs: [string, string][];
  signatures: { role: string; name: string; note: string }[];
  /** The Kepala Bapas's own note: his words, signed by him (the PK's decisions above are the PK's). */
  supervisorNote: { title: string; paragraphs: string[]; role: string; name: string; date: string } | null;
}

const DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** Lays out a case and its latest draft as a document. */
export function litmasDocument(
  c: CaseRecord,
  d: DraftContent,
  unit: { bapas: string; kanwil: string },
  people: { pk: string; head: string | null; noteBy?: string | null },
): LitmasDocument {
  const body = d.sections.map((s, i) => ({
    number: ROMAN[i],
    title: s.title.toUpperCase(),
    paragraphs: s.paragraphs.map((p) => p.text),
    withAssessment: s.key === 'asesmen',
  }));
  const decisions = DECISION_SECTIONS.map((s, i) => ({
    number: ROMAN[d.sections.length + i],
    title: s.title.toUpperCase(),
    paragraphs: [d.decisions[s.key] ?? '[BELUM DIPUTUSKAN OLEH PK]'],
    withAssessment: false,
  }));
  const rri = scoreRri((c.assessment as Assessment).rri);
  return {
    letterhead: ['KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA', `KANTOR WILAYAH ${unit.kanwil.toUpperCase()}`, unit.bapas.toUpperCase()],
    title: 'LAPORAN PENELITIAN KEMASYARAKATAN',
    kindLabel: LITMAS_KINDS[c.kind].label,
    draftMark: c.status !== 'final',
    drafterNote: (d.origin ?? d.drafter) === 'offline' ? 'Draf awal disusun oleh penyusun luring Lentera (tanpa LLM) dari fakta yang dicatat PK.' : null,
    sections: [...body, ...decisions],
    rri: {
      rows: RRI_ITEMS.map((it) => [it.label, String(c.assessment.rri[it.key] ?? '–'), String(it.max)]),
      total: rri.total,
      level: rri.level,
      complete: rri.complete,
    },
    needs: NEED_DOMAINS.map((n) => [n.label, c.assessment.needs[n.key] ?? '–']),
    signatures: [
      { role: 'Pembimbing Kemasyarakatan', name: people.pk, note: '' },
      {
        role: `Kepala ${unit.bapas}`,
        name: people.head ?? '....................................',
        note: c.status === 'final' ? 'Disetujui' : 'Belum disetujui',
      },
    ],
    supervisorNote: d.supervisor_note
      ? {
          title: 'CATATAN KEPALA BAPAS',
          paragraphs: d.supervisor_note.text
            .split(/\n\s*\n/)
            .map((p) => p.trim())
            .filter(Boolean),
          role: `Kepala ${unit.bapas}`,
          name: people.noteBy || d.supervisor_note.username,
          date: DATE.format(new Date(d.supervisor_note.at)),
        }
      : null,
  };
}
