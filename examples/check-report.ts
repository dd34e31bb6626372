/**
 * Check one report and print what a reviewer should fix.
 * Run: pnpm example examples/check-report.ts [file]   (default: a bundled report)
 */
import { readFile } from 'node:fs/promises';
import { formatLocation } from '@nianbao/core';
import { parseReport } from '@nianbao/parse';
import { check } from '@nianbao/rules';

const file = process.argv[2] ?? new URL('./reports/003_a9f9a7f1c73bf2cc.txt', import.meta.url).pathname;
const { report, format } = await parseReport(new Uint8Array(await readFile(file)), { fileName: file });
console.log(`${report.metadata.agency ?? '（未知机关）'} ${report.metadata.year ?? ''} — read as ${format}`);

const findings = check(report);
for (const finding of findings) {
  console.log(`  [${finding.severity}] ${finding.ruleId} ${formatLocation(finding.location)}`);
  console.log(`    ${finding.message}`);
  console.log(`    ${finding.messageEn}`);
}
console.log(findings.length === 0 ? '  no findings' : `  ${findings.length} findings`);
