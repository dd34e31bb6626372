import { PARTS, SEVERITIES, formatLocation, type Diagnostic, type Finding, type PartId, type Severity } from '@nianbao/core';
import { cellName } from './cell-names.js';
import { checkFormatAndLanguage, say, type Language, type OutputFormat } from './language.js';

/**
 * Findings for people: grouped by the part they concern (template order, then those about the
 * report as a whole), most serious first within a part, each with its rule, message, cells,
 * expected and actual values and location, and a count at the end.
 */

/** What {@link renderFindings} shows: rule findings, or parse diagnostics (their `code` stands in for the rule id). */
export type RenderableFinding = Finding | Diagnostic;

/** Options of {@link renderFindings}. */
export interface RenderFindingsOptions {
  /** Default `text`. */
  readonly format?: OutputFormat;
  /** Chinese, English, or Chinese then English. Default `zh`. */
  readonly language?: Language;
}

/** Findings counted by severity. */
export type SeverityCounts = Record<Severity, number>;

const SEVERITY_WORDS: Record<Severity, [zh: string, en: string]> = {
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  info: ['提示', 'info'],
};

/** How many findings there are of each severity. */
export function countSeverities(findings: readonly RenderableFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `3 个错误，2 个警告，1 条提示` / `3 errors, 2 warnings, 1 info`. */
export function summarizeFindings(findings: readonly RenderableFinding[], language: Language = 'zh'): string {
  const counts = countSeverities(findings);
  const zh = `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const en = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh} / ${en}`;
}

function ruleOf(finding: RenderableFinding): string {
  return 'ruleId' in finding ? finding.ruleId : finding.code;
}

interface FindingGroup {
  readonly part: PartId | null;
  readonly findings: readonly RenderableFinding[];
}

/** Findings by part in template order, then those without a part; errors, warnings, infos within each, otherwise as given. */
export function groupFindings(findings: readonly RenderableFinding[]): FindingGroup[] {
  const bySeverity = (list: readonly RenderableFinding[]) =>
    SEVERITIES.flatMap((severity) => list.filter((finding) => finding.severity === severity));
  const groups: FindingGroup[] = [];
  for (const part of [...PARTS.map((p) => p.id), null]) {
    const inPart = findings.filter((finding) => (finding.part ?? null) === part);
    if (inPart.length > 0) groups.push({ part, findings: bySeverity(inPart) });
  }
  return groups;
}

function groupTitle(part: PartId | null, language: Language): string {
  if (part === null) return say(language, '报告整体', 'Whole report');
  const definition = PARTS.find((p) => p.id === part)!;
  const zh = `${definition.numeral}、${definition.label}`;
  const en = `Part ${definition.number}: ${definition.labelEn}`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh} · ${en}`;
}

function formatAnswer(value: string | number | null, language: Language): string {
  if (value === null) return say(language, '空白', 'blank');
  return typeof value === 'string' ? `“${value}”` : String(value);
}

/** The lines under a finding's message: cells, expected vs actual, location. */
function details(finding: RenderableFinding, language: Language, code: (text: string) => string): string[] {
  const lines: string[] = [];
  const colon = language === 'en' ? ': ' : '：';
  if (finding.cellIds && finding.cellIds.length > 0) {
    // The first cells are the ones a rule names first (the one to fix); an identity may involve
    // twenty more, which the message already sums up.
    const shown = finding.cellIds.slice(0, CELLS_SHOWN).map((id) => `${code(id)} ${cellName(id)}`);
    const more = finding.cellIds.length - shown.length;
    const rest = more > 0 ? say(language, `等共 ${finding.cellIds.length} 个单元格`, `and ${more} more`) : '';
    lines.push(`${say(language, '单元格', 'Cells')}${colon}${shown.join(language === 'en' ? '; ' : '；')}${rest ? (language === 'en' ? ` ${rest}` : `${language === 'both' ? ' ' : ''}${rest}`) : ''}`);
  }
  const hasExpected = finding.expected !== undefined;
  const hasActual = finding.actual !== undefined;
  if (hasExpected || hasActual) {
    const parts: string[] = [];
    if (hasExpected) parts.push(`${say(language, '应为', 'expected')} ${formatAnswer(finding.expected!, language)}`);
    if (hasActual) parts.push(`${say(language, '实为', 'actual')} ${formatAnswer(finding.actual!, language)}`);
    lines.push(parts.join(language === 'en' ? ', ' : '，'));
  }
  const location = formatLocation(finding.location);
  if (location !== '') lines.push(`${say(language, '位置', 'Location')}${colon}${location}`);
  return lines;
}

function messages(finding: RenderableFinding, language: Language): string[] {
  return language === 'zh' ? [finding.message] : language === 'en' ? [finding.messageEn] : [finding.message, finding.messageEn];
}

function severityWord(severity: Severity, language: Language): string {
  const [zh, en] = SEVERITY_WORDS[severity];
  return say(language, zh, en);
}

function renderTextFindings(groups: readonly FindingGroup[], language: Language): string[] {
  const out: string[] = [];
  for (const group of groups) {
    out.push(groupTitle(group.part, language));
    for (const finding of group.findings) {
      const [first = '', ...rest] = messages(finding, language);
      out.push(`  ${severityWord(finding.severity, language)} [${ruleOf(finding)}] ${first}`);
      for (const line of rest) out.push(`    ${line}`);
      for (const line of details(finding, language, (text) => text)) out.push(`    ${line}`);
    }
    out.push('');
  }
  return out;
}

function renderMarkdownFindings(groups: readonly FindingGroup[], language: Language): string[] {
  const out: string[] = [];
  const code = (text: string) => `\`${text}\``;
  // Messages are prose from rules: keep Markdown from reading them as markup.
  const escape = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/\s*\r?\n\s*/g, ' ');
  for (const group of groups) {
    out.push(`## ${groupTitle(group.part, language)}`, '');
    for (const finding of group.findings) {
      const [first = '', ...rest] = messages(finding, language).map(escape);
      out.push(`- **${severityWord(finding.severity, language)}** ${code(ruleOf(finding))} ${first}`);
      for (const line of rest) out.push(`  ${line}`);
      for (const line of details(finding, language, code)) out.push(`  - ${line}`);
    }
    out.push('');
  }
  return out;
}

/**
 * Findings (from `@nianbao/rules`) or parse diagnostics as text or Markdown: grouped by part in
 * template order, then findings about the report as a whole; errors, then warnings, then infos
 * within a group; each with its rule id, message, the cells it concerns (ids and names), expected
 * vs actual when given, and its location; a summary line at the end.
 */
/** How many of a finding's cells the text lists by name. */
const CELLS_SHOWN = 3;

export function renderFindings(findings: readonly RenderableFinding[], options: RenderFindingsOptions = {}): string {
  const format = options.format ?? 'text';
  const language = options.language ?? 'zh';
  checkFormatAndLanguage(format, language);
  const groups = groupFindings(findings);
  const none = say(language, '未发现问题。', 'No findings.');
  const body = format === 'markdown' ? renderMarkdownFindings(groups, language) : renderTextFindings(groups, language);
  if (groups.length === 0) body.push(none, '');
  const summary = summarizeFindings(findings, language);
  body.push(format === 'markdown' ? `**${summary}**` : summary);
  return `${body.join('\n')}\n`;
}
