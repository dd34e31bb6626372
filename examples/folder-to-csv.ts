/**
 * Turn a folder of reports into a CSV dataset: one row per report, one column per cell id.
 * Run: pnpm example examples/folder-to-csv.ts [folder] > data.csv   (default: examples/reports)
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { CELL_IDS, flattenCells } from '@nianbao/core';
import { parseReport } from '@nianbao/parse';

const folder = process.argv[2] ?? new URL('./reports/', import.meta.url).pathname;
const field = (value: string | number | null) => (value === null ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));

console.log(['file', 'agency', 'year', ...CELL_IDS].join(','));
for (const name of (await readdir(folder)).sort()) {
  const file = path.join(folder, name);
  const { report } = await parseReport(new Uint8Array(await readFile(file)), { fileName: name });
  const cells = flattenCells(report);
  // A blank cell stays an empty field: never 0.
  console.log([name, report.metadata.agency, report.metadata.year, ...CELL_IDS.map((id) => cells[id])].map(field).join(','));
}
