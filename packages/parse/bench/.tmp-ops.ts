import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength } from '../src/pdf-content.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const names = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort();
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
for (const name of names) {
  const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
  for (let rep = 0; rep < 3; rep++) {
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const s0 = performance.now();
  const pdf = await task.promise;
  const s1 = performance.now();
  let tt = 0, to = 0, nops = 0; const per: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const a = performance.now();
    const tc = await page.getTextContent();
    const b = performance.now();
    const ol = await page.getOperatorList({ annotationMode: 0 });
    const c = performance.now();
    tt += b - a; to += c - b; nops += ol.fnArray.length;
    per.push(`${tc.items.length}/${ol.fnArray.length}:${(b-a).toFixed(0)}/${(c-b).toFixed(0)}`);
    page.cleanup();
  }
  if (rep === 2) console.log(name, bytes.length, 'pages', pdf.numPages, 'open', (s1 - s0).toFixed(1), 'text', tt.toFixed(1), 'ops', to.toFixed(1), 'nops', nops, per.join(' '));
  await task.destroy();
  }
}
