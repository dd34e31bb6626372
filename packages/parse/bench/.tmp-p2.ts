import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength, readTextRuns, readRules } from '../src/pdf-content.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const files = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort().map((f) => new Uint8Array(readFileSync(new URL(f, folder))));
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
const mode = process.argv[2];
for (let i = 0; i < 100; i++) {
  const task = pdfjs.getDocument({ data: files[i % 5]!.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  for (let n = 1; n <= pdf.numPages; n++) { const page = await pdf.getPage(n); await readTextRuns(page); if (mode === 'ops') await readRules(page, pdfjs.OPS); page.cleanup(); }
  await task.destroy();
}
