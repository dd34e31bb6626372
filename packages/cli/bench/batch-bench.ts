/**
 * Batch throughput of the command line: a folder of generated reports in mixed formats, checked
 * and extracted by `nianbao` as a user runs it, with wall time, reports/s and peak memory.
 * Run from the repository root: `pnpm bench:batch` (BATCH_SIZE=300 by default).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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

let bytesOut = 0;
const io = { stdout: (text: string) => void (bytesOut += text.length), stderr: () => undefined };
console.log(`${size} generated reports (${LAYOUTS.join(', ')}), Node ${process.version}, ${os.availableParallelism()} cores\n`);
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
  console.log(`| nianbao ${command} | ${workers} | ${seconds.toFixed(2)} | ${Math.round(size / seconds)} | ${code} |`);
}
console.log(`\npeak memory (RSS, this process and its worker threads): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
