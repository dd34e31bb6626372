/**
 * Batch throughput of the command line: a folder of generated reports in mixed formats, checked
 * and extracted by `nianbao` as a user runs it, with wall time, reports/s and peak memory.
 * Run from the repository root: `pnpm bench:batch` (BATCH_SIZE=300 by default).
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { arbitraryReport } from '@nianbao/fixtures/arbitrary-report';
import { LAYOUTS, NO_QUIRKS, writeReport } from '../../parse/test/support/write-report.js';
import { run } from '../src/index.js';

const size = Number(process.env.BATCH_SIZE ?? 300);
const folder = mkdtempSync(path.join(os.tmpdir(), 'nianbao-batch-'));
const extension = { html: 'html', markdown: 'md' } as Record<string, string>;
const reports = fc.sample(arbitraryReport({ blanks: true }), { numRuns: size, seed: 99 });
reports.forEach((report, i) => {
  const layout = LAYOUTS[i % LAYOUTS.length]!;
  writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}-${layout}.${extension[layout] ?? 'txt'}`), writeReport(report, layout, NO_QUIRKS, { seed: i }));
});

// Word and PDF files beside them: the parser's own fixtures, copied (one in ten DOCX, one in fifty PDF).
let binaries = 0;
for (const [format, every] of [['docx', 10], ['pdf', 50]] as const) {
  const folderUrl = new URL(`../../parse/test/fixtures/${format}/`, import.meta.url);
  const files = readdirSync(folderUrl).filter((f) => /^\d{3}_[0-9a-f]+\.(docx|pdf)$/.test(f));
  for (let i = 0; i < size / every; i++) {
    copyFileSync(new URL(files[i % files.length]!, folderUrl), path.join(folder, `${format}-${i}-${files[i % files.length]}`));
    binaries++;
  }
}
const total = size + binaries;

let bytesOut = 0;
const io = { stdout: (text: string) => void (bytesOut += text.length), stderr: () => undefined };
console.log(`${size} generated reports (${LAYOUTS.join(', ')}) and ${binaries} DOCX/PDF files, Node ${process.version}, ${os.availableParallelism()} cores\n`);
console.log('| command | workers | seconds | reports/s | exit |');
console.log('|---|---|---|---|---|');
for (const [command, workers] of [
  ['check --format json', '0'],
  ['check --format json', 'auto'],
  ['extract --format csv', 'auto'],
] as const) {
  const args = [...command.split(' '), ...(workers === 'auto' ? [] : ['--workers', workers]), folder];
  const start = performance.now();
  const code = await run(args, io);
  const seconds = (performance.now() - start) / 1000;
  console.log(`| nianbao ${command} | ${workers} | ${seconds.toFixed(2)} | ${Math.round(total / seconds)} | ${code} |`);
}
console.log(`\npeak memory (RSS, this process and its worker threads): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
