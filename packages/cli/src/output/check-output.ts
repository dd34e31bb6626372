import type { Finding, Severity } from '@nianbao/core';
import { renderFindings } from '@nianbao/render';
import pc from 'picocolors';
import type { CheckEntry } from '../jobs.js';
import type { EntryWriter } from './extract-output.js';

/** The human formats of `nianbao check`. */
export type CheckFormat = 'text' | 'markdown';

interface Tally {
  reports: number;
  withErrors: number;
  bySeverity: Record<Severity, number>;
  byRule: Map<string, Record<Severity, number>>;
}

function tally(): Tally {
  return { reports: 0, withErrors: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: new Map() };
}

function count(t: Tally, findings: readonly Finding[]): void {
  t.reports++;
  if (findings.some((f) => f.severity === 'error')) t.withErrors++;
  for (const f of findings) {
    t.bySeverity[f.severity]++;
    const rule = t.byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    rule[f.severity]++;
    t.byRule.set(f.ruleId, rule);
  }
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

/** The batch summary: reports, errors and warnings per rule, most frequent first. */
function summary(t: Tally, format: CheckFormat): string {
  const rows = [...t.byRule].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning || b[1].info - a[1].info || (a[0] < b[0] ? -1 : 1));
  const head = `共检查 ${t.reports} 份报告，${t.withErrors} 份有错误；错误 ${t.bySeverity.error}，警告 ${t.bySeverity.warning}，提示 ${t.bySeverity.info} / ${t.reports} reports, ${t.withErrors} with errors; ${t.bySeverity.error} errors, ${t.bySeverity.warning} warnings, ${t.bySeverity.info} info`;
  if (format === 'markdown') {
    const table = ['| 规则 rule | 错误 errors | 警告 warnings | 提示 info |', '|---|---:|---:|---:|', ...rows.map(([id, n]) => `| \`${id}\` | ${n.error} | ${n.warning} | ${n.info} |`)];
    return `\n## 汇总 Summary\n\n${head}\n\n${rows.length ? `${table.join('\n')}\n` : ''}`;
  }
  const width = Math.max(10, ...rows.map(([id]) => id.length));
  const table = [`${pad('规则 rule', width)}  错误  警告  提示`, ...rows.map(([id, n]) => `${pad(id, width)}  ${String(n.error).padStart(4)}  ${String(n.warning).padStart(4)}  ${String(n.info).padStart(4)}`)];
  return `\n${'─'.repeat(Math.min(72, width + 20))}\n${head}\n${rows.length ? `\n${table.join('\n')}\n` : ''}`;
}

/** Findings for people: a heading per report, its findings grouped by part, a summary for batches. */
export function checkTextWriter(options: { format: CheckFormat; language: 'zh' | 'en' | 'both'; color: boolean }): EntryWriter<CheckEntry> {
  const colors = pc.createColors(options.color);
  const totals = tally();
  return {
    begin: () => '',
    entry: (entry) => {
      count(totals, entry.findings);
      const who = [entry.agency, entry.year].filter((x) => x !== null).join(' ');
      const title = `${entry.file}${who ? `（${who}）` : ''}`;
      const body = renderFindings(entry.findings, { format: options.format, language: options.language });
      return options.format === 'markdown' ? `## ${title}\n\n${body}\n` : `${colors.bold(colors.underline(title))}\n${body}\n`;
    },
    end: () => (totals.reports > 1 ? summary(totals, options.format) : ''),
  };
}
