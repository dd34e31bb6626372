import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { tidySpaces } from '../src/pdf-text.js';
import { ensureTransferToFixedLength, readTextRuns, readRules, type PdfTextRun } from '../src/pdf-content.js';
function mayHoldTable(runs: readonly PdfTextRun[]): boolean {
  const byLine = [...runs].filter((r) => r.horizontal).sort((a, b) => a.y - b.y || a.x - b.x);
  for (let k = 0; k < byLine.length; k++) {
    const run = byLine[k]!;
    if (/\d\s+\d/.test(run.text) && /\d\s+\d/.test(tidySpaces(run.text))) return true;
    const next = byLine[k + 1];
    if (next && Math.abs(next.y - run.y) < 0.35 * run.size && next.x - (run.x + run.width) >= 0.5 * run.size) return true;
  }
  return runs.some((r) => !r.horizontal);
}
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const names = readdirSync(folder).filter((f) => /\.pdf$/.test(f)).sort();
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
for (const name of names) {
  const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
  try {
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  const out: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const t = await readTextRuns(page);
    const m = mayHoldTable(t.runs);
    const r = await readRules(page, pdfjs.OPS);
    out.push(`${m ? 'T' : '-'}${r.length}`);
  }
  console.log(name, out.join(' '));
  await task.destroy();
  } catch (e) { console.log(name, String(e)); }
}
