/**
 * Compare two years of one agency: every row that changed, and whether last year's
 * 结转下年度继续办理 reappears as this year's 上年结转.
 * Run: pnpm example examples/compare-years.ts [older] [newer]
 *
 * Without arguments it makes the pair from one bundled report: a copy dated a year earlier that
 * carried two applications forward, which the later report does not show as carried over.
 */
import { readFile } from 'node:fs/promises';
import { parseText } from '@nianbao/parse';
import { check } from '@nianbao/rules';
import { renderComparison } from '@nianbao/render';

const [olderFile, newerFile] = process.argv.slice(2);
const newerText = await readFile(newerFile ?? new URL('./reports/001_e83499e733006626.txt', import.meta.url), 'utf8');
const olderText = olderFile
  ? await readFile(olderFile, 'utf8')
  : newerText.replaceAll('2024', '2023').replace('四、结转下年度继续办理\n\t0\n', '四、结转下年度继续办理\n\t2\n').replace(/(四、结转下年度继续办理(?:\n\t\d+){6}\n\t)0/, '$12');

const older = parseText(olderText).report;
const newer = parseText(newerText).report;
console.log(renderComparison(older, newer, { format: 'text', language: 'both' }));
for (const finding of check(newer, { previous: older }).filter((f) => f.ruleId.startsWith('cross-year/'))) {
  console.log(`[${finding.severity}] ${finding.ruleId}: ${finding.message}`);
}
