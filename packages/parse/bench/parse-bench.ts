/**
 * Parsing throughput: reports/s and MB/s per format, on the five seed reports and on a generated
 * corpus in every text layout, plus how time grows from a 1 MB to a 5 MB input.
 * Run from the repository root: `pnpm bench`. Figures go into docs/benchmarks.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import fc from 'fast-check';
import { extractPdfTextItems } from '../src/pdf-adapter.js';
import { parseReport, parseText, type TextFormat } from '../src/index.js';
import { readDocxXml } from '../src/zip-reader.js';
import { arbitraryReport } from '@nianbao/fixtures/arbitrary-report';
import { LAYOUTS, NO_QUIRKS, writeReport, type Layout } from '../test/support/write-report.js';

const MIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);

interface Corpus {
  readonly name: string;
  readonly format: TextFormat;
  readonly documents: readonly string[];
}

/** Parses the corpus round and round for at least MIN_SECONDS after a warm-up. */
function measure(corpus: Corpus): { reportsPerSecond: number; megabytesPerSecond: number; microseconds: number } {
  const bytes = corpus.documents.reduce((sum, d) => sum + new TextEncoder().encode(d).length, 0) / corpus.documents.length;
  for (let i = 0; i < 300; i++) parseText(corpus.documents[i % corpus.documents.length]!, { format: corpus.format });
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    for (let i = 0; i < 100; i++) parseText(corpus.documents[count++ % corpus.documents.length]!, { format: corpus.format });
    elapsed = performance.now() - start;
  }
  const perReport = elapsed / count;
  return { reportsPerSecond: 1000 / perReport, megabytesPerSecond: bytes / 1e6 / (perReport / 1000), microseconds: perReport * 1000 };
}

const seedsFolder = new URL('../../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsFolder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, seedsFolder), 'utf8'));

const reports = fc.sample(arbitraryReport({ blanks: false }), { numRuns: 50, seed: 2024 });
const formatOf = (layout: Layout): TextFormat => (layout === 'html' ? 'html' : layout === 'markdown' ? 'markdown' : 'text');
const corpora: Corpus[] = [
  { name: 'seeds (5 real reports)', format: 'text', documents: seeds },
  ...LAYOUTS.map((layout) => ({
    name: `generated, ${layout}`,
    format: formatOf(layout),
    documents: reports.map((report, i) => writeReport(report, layout, NO_QUIRKS, { seed: i })),
  })),
];

console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, one core\n`);
console.log('| corpus | format | avg size | reports/s | MB/s | µs/report |');
console.log('|---|---|---|---|---|---|');
for (const corpus of corpora) {
  const size = corpus.documents.reduce((s, d) => s + d.length, 0) / corpus.documents.length;
  const { reportsPerSecond, megabytesPerSecond, microseconds } = measure(corpus);
  console.log(
    `| ${corpus.name} | ${corpus.format} | ${(size / 1000).toFixed(1)}k chars | ${Math.round(reportsPerSecond).toLocaleString('en')} | ${megabytesPerSecond.toFixed(1)} | ${microseconds.toFixed(0)} |`,
  );
}

// Linear growth: a 5 MB input should take about five times a 1 MB input.
const big = (megabytes: number) => {
  let text = seeds[1]!;
  while (text.length < megabytes * 1e6) text += `\n${seeds.join('\n')}`;
  return text;
};
/** The best of three runs after a warm-up: garbage collection makes single runs of big inputs noisy. */
const timeOnce = (text: string) => {
  parseText(text);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    parseText(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
};
const one = timeOnce(big(1));
const five = timeOnce(big(5));
console.log(`\nlarge input: 1 MB ${one.toFixed(0)} ms, 5 MB ${five.toFixed(0)} ms (ratio ${(five / one).toFixed(1)}, linear is 5)`);

// DOCX and PDF, each beside the floor it cannot beat: unzip + XML parse for DOCX, pdf.js text
// extraction alone for PDF.
async function timeAsync(files: readonly Uint8Array[], fn: (bytes: Uint8Array) => unknown): Promise<number> {
  for (const bytes of files) await fn(bytes);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_SECONDS * 1000) await fn(files[count++ % files.length]!);
  return (performance.now() - start) / count;
}

const fixtures = (format: 'docx' | 'pdf') => {
  const folder = new URL(`../test/fixtures/${format}/`, import.meta.url);
  return readdirSync(folder)
    .filter((f) => /^\d{3}_[0-9a-f]+\.(docx|pdf)$/.test(f))
    .sort()
    .map((f) => new Uint8Array(readFileSync(new URL(f, folder))));
};
console.log('\n| format | avg size | reports/s | ms/report | floor | floor ms | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const [format, floorName, floor] of [
  ['docx', 'unzip + XML parse', (bytes: Uint8Array) => readDocxXml(bytes)],
  ['pdf', 'pdf.js text extraction', (bytes: Uint8Array) => extractPdfTextItems(bytes)],
] as const) {
  const files = fixtures(format);
  const size = files.reduce((n, f) => n + f.length, 0) / files.length;
  const full = await timeAsync(files, (bytes) => parseReport(bytes, { format }));
  const base = await timeAsync(files, floor);
  console.log(
    `| ${format} (the five seeds) | ${(size / 1000).toFixed(0)} kB | ${Math.round(1000 / full)} | ${full.toFixed(2)} | ${floorName} | ${base.toFixed(2)} | ${(full / base).toFixed(2)}× |`,
  );
}
