import type { LitmasDocument } from './document.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The same document as a print-friendly HTML page (no scripts: the CSP forbids them anyway). */
export function litmasHtml(doc: LitmasDocument): string {
  const sections = doc.sections
    .map((s) => {
      const table = s.withAssessment
        ? `<h3>RRI bagian A</h3><table><thead><tr><th>Butir</th><th>Skor</th><th>Maks.</th></tr></thead><tbody>${doc.rri.rows
            .map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`)
            .join(
              '',
            )}<tr><th>Jumlah</th><th>${doc.rri.total}</th><th>17</th></tr><tr><th>Tingkat risiko</th><th colspan="2">${esc(doc.rri.level)}${doc.rri.complete ? '' : ' (belum lengkap)'}</th></tr></tbody></table>
           <h3>Kebutuhan kriminogenik</h3><table><tbody>${doc.needs.map((n) => `<tr><td>${esc(n[0])}</td><td>${esc(n[1])}</td></tr>`).join('')}</tbody></table>`
        : '';
      return `<section><h2>${esc(s.number)}. ${esc(s.title)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${table}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(doc.title)} – ${esc(doc.kindLabel)}</title>
<style>
body{font-family:"Times New Roman",serif;max-width:800px;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#000}
.kop{text-align:center;font-weight:bold;border-bottom:3px double #000;padding-bottom:.5rem}
h1{text-align:center;font-size:1.2rem;margin:1.5rem 0 0}.kind{text-align:center;margin:0 0 1rem}
h2{font-size:1rem;margin-top:1.5rem}p{text-align:justify}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.2rem .4rem;text-align:left}
.draft{position:fixed;top:40%;left:0;right:0;text-align:center;font-size:8rem;color:rgba(0,0,0,.08);transform:rotate(-30deg);pointer-events:none}
.sign{display:flex;justify-content:space-between;margin-top:3rem}.sign div{text-align:center;width:45%}.sign .name{margin-top:4rem;text-decoration:underline}
.note{font-style:italic;font-size:.85rem}
.head-note{border:1px solid #000;padding:0 1rem 1rem;margin-top:2rem}.note-sign{text-align:right}.note-sign .name{margin-top:3rem;text-decoration:underline}
@media print{body{margin:0}}
</style></head><body>
${doc.draftMark ? '<div class="draft" aria-hidden="true">DRAF</div>' : ''}
<div class="kop">${doc.letterhead.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
<h1>${esc(doc.title)}</h1><p class="kind">${esc(doc.kindLabel)}</p>
${doc.drafterNote ? `<p class="note">${esc(doc.drafterNote)}</p>` : ''}
${sections}
${
  doc.supervisorNote
    ? `<section class="head-note" data-testid="supervisor-note"><h2>${esc(doc.supervisorNote.title)}</h2>${doc.supervisorNote.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}<div class="note-sign"><div>${esc(doc.supervisorNote.date)}</div><strong>${esc(doc.supervisorNote.role)}</strong><div class="name">${esc(doc.supervisorNote.name)}</div></div></section>`
    : ''
}
<div class="sign">${doc.signatures.map((s) => `<div><div>${esc(s.note || '\u00a0')}</div><strong>${esc(s.role)}</strong><div class="name">${esc(s.name)}</div></div>`).join('')}</div>
</body></html>`;
}
