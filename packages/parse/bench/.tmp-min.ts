import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength, readTextRuns, readRules } from '../src/pdf-content.js';
import { extractPdfTextItems, readPdf } from '../src/pdf-adapter.js';
import { parseReport } from '../src/index.js';
import { readPdf as readPdfOld } from './.tmp-old-adapter.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const files = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort().map((f) => new Uint8Array(readFileSync(new URL(f, folder))));
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
if (process.env.B64) (Uint8Array.prototype as any).toBase64 = function () { let s = ''; for (let i = 0; i < this.length; i += 0x8000) s += String.fromCharCode.apply(null, this.subarray(i, i + 0x8000)); return btoa(s); };
async function run(bytes: Uint8Array, mode: string) {
  if (mode === 'floor') return extractPdfTextItems(bytes);
  if (mode === 'readPdf') return readPdf(bytes);
  if (mode === 'oldRead') return readPdfOld(bytes);
  if (mode === 'full') return parseReport(bytes, { format: 'pdf' });
  const stub = { createElement: () => ({ remove() {}, sheet: { insertRule() {}, cssRules: [] } }), documentElement: { getElementsByTagName: () => [{ append() {} }] } };
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, ...(mode.startsWith('stub') ? { disableFontFace: false, ownerDocument: stub as any } : { disableFontFace: true }), useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  if (mode === 'pageconc') { for (let n = 1; n <= pdf.numPages; n++) { const page = await pdf.getPage(n); await Promise.all([readTextRuns(page), readRules(page, pdfjs.OPS)]); } await task.destroy(); return; }
  if (mode === 'allconc') { await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => { const page = await pdf.getPage(i + 1); await Promise.all([readTextRuns(page), readRules(page, pdfjs.OPS)]); })); await task.destroy(); return; }
  if (mode === 'textconc') { await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => { const page = await pdf.getPage(i + 1); await readTextRuns(page); })); await task.destroy(); return; }
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await readTextRuns(page);
    if (mode === 'ops' || mode === 'stubops') await readRules(page, pdfjs.OPS);
    if (mode === 'rawops') await page.getOperatorList({ annotationMode: 0 });
    page.cleanup();
  }
  await task.destroy();
}
const modes = process.argv.slice(2);
const N = Number(process.env.N ?? 15);
const best = new Map<string, number[]>(modes.map((m) => [m, files.map(() => Infinity)]));
for (const m of modes) for (const b of files) await run(b, m);
for (let i = 0; i < N; i++) for (const m of modes) for (let f = 0; f < files.length; f++) {
  const s = performance.now(); await run(files[f]!, m); const t = performance.now() - s;
  const arr = best.get(m)!; arr[f] = Math.min(arr[f]!, t);
}
const base = best.get(modes[0]!)!.reduce((a, b) => a + b) / files.length;
for (const m of modes) { const avg = best.get(m)!.reduce((a, b) => a + b) / files.length; console.log(m.padEnd(8), avg.toFixed(1), (avg / base).toFixed(2) + 'x', best.get(m)!.map((x) => x.toFixed(0)).join(' ')); }
