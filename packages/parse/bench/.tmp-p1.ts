import { readFileSync } from 'node:fs';
import { getResolvedPDFJS } from 'unpdf';
import { ensureTransferToFixedLength, readTextRuns } from '../src/pdf-content.js';
const pdfjs = await getResolvedPDFJS(); ensureTransferToFixedLength();
for (const name of ['001_e83499e733006626.pdf', '003_a9f9a7f1c73bf2cc.pdf']) {
  const bytes = new Uint8Array(readFileSync(new URL(`../test/fixtures/pdf/${name}`, import.meta.url)));
  const pdf = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const { runs } = await readTextRuns(await pdf.getPage(1));
  const byLine = [...runs].filter((r) => r.horizontal).sort((a, b) => a.y - b.y || a.x - b.x);
  for (let k = 0; k < byLine.length; k++) {
    const run = byLine[k]!; const next = byLine[k + 1];
    if (/\d\s+\d/.test(run.text)) console.log(name, 'digits', JSON.stringify(run.text));
    if (next && Math.abs(next.y - run.y) < 0.35 * run.size && next.x - (run.x + run.width) >= 0.5 * run.size) console.log(name, 'gap', JSON.stringify(run.text), JSON.stringify(next.text), (next.x - run.x - run.width).toFixed(1), run.size);
  }
}
