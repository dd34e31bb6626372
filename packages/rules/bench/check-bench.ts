/**
 * Checking throughput: µs per report for `check` on consistent generated reports and on the five
 * seeds (parsed once beforehand), one core. Run from the repository root: `pnpm bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Report } from '@nianbao/core';
import { parseText } from '@nianbao/parse';
import { check } from '../src/index.js';
import { generateReport } from '../test/helpers.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 1.5);
const folder = new URL('../../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parseText(readFileSync(new URL(f, folder), 'utf8')).report);
const generated = Array.from({ length: 20 }, (_, seed) => generateReport(seed));

function measure(reports: readonly Report[]): number {
  for (const report of reports) check(report);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) for (let i = 0; i < 50; i++) check(reports[count++ % reports.length]!);
  return ((performance.now() - start) / count) * 1000;
}

console.log('\n| check | reports | µs/report | reports/s |');
console.log('|---|---|---|---|');
for (const [name, reports] of [['seeds (parsed)', seeds], ['generated, consistent', generated]] as const) {
  const micros = measure(reports);
  console.log(`| ${name} | ${reports.length} | ${micros.toFixed(0)} | ${Math.round(1e6 / micros).toLocaleString('en')} |`);
}
