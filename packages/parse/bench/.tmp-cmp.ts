import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength, readTextRuns, readRules, type PdfPageContent } from '../src/pdf-content.js';
import { layoutPages } from '../src/pdf-layout.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const names = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort();
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
for (const name of names) {
  const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  const pages: PdfPageContent[] = [];
  for (let n = 1; n <= pdf.numPages; n++) { const page = await pdf.getPage(n); const t = await readTextRuns(page); pages.push({ page: n, ...t, rules: await readRules(page, pdfjs.OPS) }); }
  await task.destroy();
  const a = layoutPages(pages); const b = layoutPages(pages.map((p) => ({ ...p, rules: [] })));
  const tab = (bs: typeof a) => bs.filter((x) => x.kind === 'table').map((t: any) => t.rows.map((r: any) => r.cells.map((c: any) => c.text).join('|')).join('\n'));
  const ta = tab(a), tb = tab(b);
  console.log(name, 'tables', ta.length, tb.length, 'same', JSON.stringify(ta) === JSON.stringify(tb));
}
