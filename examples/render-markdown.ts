/**
 * Print a report as Markdown in the 2021 template's layout, whatever format it came in.
 * Run: pnpm example examples/render-markdown.ts [file] > report.md   (default: a bundled report)
 */
import { readFile } from 'node:fs/promises';
import { parseReport } from '@nianbao/parse';
import { renderMarkdown } from '@nianbao/render';

const file = process.argv[2] ?? new URL('./reports/001_e83499e733006626.txt', import.meta.url).pathname;
const { report, diagnostics } = await parseReport(new Uint8Array(await readFile(file)), { fileName: file });
for (const d of diagnostics.filter((d) => d.severity === 'error')) console.error(`${d.code}: ${d.message}`);
console.log(renderMarkdown(report));
