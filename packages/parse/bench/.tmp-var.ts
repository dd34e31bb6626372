import { readFileSync, readdirSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength, readTextRuns, readRules } from '../src/pdf-content.js';
const folder = new URL(`../test/fixtures/pdf/`, import.meta.url);
const files = readdirSync(folder).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f)).sort().map((f) => new Uint8Array(readFileSync(new URL(f, folder))));
const pdfjs = await getResolvedPDFJS();
ensureTransferToFixedLength();
async function run(bytes: Uint8Array, mode: string) {
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const pdf = await task.promise;
  let r = 0;
  if (mode === 'conc') {
    await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => { const page = await pdf.getPage(i + 1); const [t, rl] = await Promise.all([readTextRuns(page), readRules(page, pdfjs.OPS)]); r += rl.length; }));
  } else
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    if (mode === 'opsfirst') { r += (await readRules(page, pdfjs.OPS)).length; await readTextRuns(page); }
    else {
    const t = await readTextRuns(page);
    if (mode === 'ops') r += (await readRules(page, pdfjs.OPS)).length;
    if (mode === 'print') r += (await page.getOperatorList({ annotationMode: 0, intent: 'print' })).fnArray.length;
    }
    page.cleanup();
  }
  await task.destroy();
  return r;
}
const S = Number(process.env.S ?? 3);
for (let rep = 0; rep < 2; rep++) for (const mode of process.argv.slice(2)) {
  for (const b of files) await run(b, mode);
  let c = 0; const u0 = process.cpuUsage(); const s = performance.now();
  while (performance.now() - s < S * 1000) await run(files[c++ % files.length]!, mode);
  const u = process.cpuUsage(u0);
  console.log(mode.padEnd(8), 'wall', ((performance.now() - s) / c).toFixed(1), 'cpu', ((u.user + u.system) / 1000 / c).toFixed(1));
}
