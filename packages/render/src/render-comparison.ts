import { PARTS, TABLE3_ROWS, type Report, type TableNumber } from '@nianbao/core';
import { partOfTable, tableName } from './cell-names.js';
import { compareReports, type CarryOverStatus, type CompareOptions, type Comparison, type ComparisonRow } from './compare-reports.js';
import type { DisplayWidthOptions } from './display-width.js';
import { checkFormatAndLanguage, say, type Language, type OutputFormat } from './language.js';
import { drawMarkdownTable } from './markdown-table.js';
import type { Grid, GridCell, GridRow } from './table-layout.js';
import { drawTextTable } from './text-table.js';

/** Options of {@link renderComparison}. */
export interface RenderComparisonOptions extends CompareOptions, DisplayWidthOptions {
  /** Default `text`. */
  readonly format?: OutputFormat;
  /** Headings and notes in Chinese, English, or both; labels stay the template's. Default `zh`. */
  readonly language?: Language;
}

const STATUS_MARK: Record<CarryOverStatus, string> = { match: '✓', mismatch: '✗', blank: '?', skipped: '—' };

const TABLE3_ROW_LABEL = (id: 'carriedOver' | 'carriedForward') => TABLE3_ROWS.find((row) => row.id === id)!.label;

/** A signed number: `+3`, `-2`, `0`. */
function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;
}

function yearLabel(year: number | null, fallbackZh: string, fallbackEn: string, language: Language): string {
  return year === null ? say(language, fallbackZh, fallbackEn) : language === 'en' ? String(year) : `${year}年`;
}

const text = (value: string, align: GridCell['align'] = 'left'): GridCell => ({ text: value, align });
const number = (value: number | null): GridCell => ({ text: value === null ? '' : String(value), align: 'right' });

function headerRow(cells: readonly string[]): GridRow {
  return { kind: 'header', cells: cells.map((cell) => ({ text: cell, align: 'center' })) };
}

function tableSection(comparison: Comparison, table: TableNumber, language: Language): { title: string; grid: Grid | null } {
  const part = partOfTable(table);
  const scope =
    comparison.detail === 'all' || table === 2 ? '' : table === 3 ? say(language, '（总计列）', ' (total column)') : say(language, '（各栏总计）', ' (block totals)');
  const title = `${language === 'en' ? `Table ${table}` : tableName(table)} ${language === 'en' ? part.labelEn : part.label}${scope}`;
  const rows = comparison.rows.filter((row: ComparisonRow) => row.table === table);
  if (rows.length === 0) return { title, grid: null };
  const older = yearLabel(comparison.older.year, '上年', 'earlier', language);
  const newer = yearLabel(comparison.newer.year, '本年', 'later', language);
  return {
    title,
    grid: {
      columns: 5,
      rows: [
        headerRow([say(language, '项目', 'Item'), older, newer, say(language, '增减', 'Change'), say(language, '增减率', 'Change %')]),
        ...rows.map(
          (row): GridRow => ({
            kind: 'body',
            cells: [text(row.label), number(row.older), number(row.newer), text(row.change === null ? '—' : signed(row.change), 'right'), text(percent(row.changeRatio), 'right')],
          }),
        ),
      ],
    },
  };
}

function carryOverGrid(comparison: Comparison, language: Language): Grid {
  const olderYear = yearLabel(comparison.older.year, '上年', 'earlier', language);
  const newerYear = yearLabel(comparison.newer.year, '本年', 'later', language);
  const zhForward = `${olderYear}“${TABLE3_ROW_LABEL('carriedForward')}”`;
  const zhOver = `${newerYear}“${TABLE3_ROW_LABEL('carriedOver')}”`;
  return {
    columns: 4,
    rows: [
      headerRow([
        say(language, '申请人', 'Applicant'),
        language === 'zh' ? zhForward : language === 'en' ? `carried forward ${olderYear}` : `${zhForward} carried forward`,
        language === 'zh' ? zhOver : language === 'en' ? `carried over ${newerYear}` : `${zhOver} carried over`,
        say(language, '核对', 'Check'),
      ]),
      ...comparison.carryOver.map(
        (check): GridRow => ({
          kind: 'body',
          cells: [text(check.label), number(check.carriedForward), number(check.carriedOver), text(STATUS_MARK[check.status], 'center')],
        }),
      ),
    ],
  };
}

function carryOverSummary(comparison: Comparison, language: Language): string {
  const count = (status: CarryOverStatus) => comparison.carryOver.filter((check) => check.status === status).length;
  if (comparison.consecutive === false) {
    return say(
      language,
      `两份报告的年度（${comparison.older.year}年、${comparison.newer.year}年）不相邻，不核对上年结转。`,
      `The reports' years (${comparison.older.year}, ${comparison.newer.year}) are not consecutive; carry-over is not checked.`,
    );
  }
  const zh = `上年结转核对：${count('match')} 列一致，${count('mismatch')} 列不一致，${count('blank')} 列有空白无法核对（✓ 一致，✗ 不一致，? 空白）`;
  const en = `Carry-over: ${count('match')} match, ${count('mismatch')} differ, ${count('blank')} cannot be checked (blank) (✓ match, ✗ differ, ? blank)`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh}\n${en}`;
}

function comparisonTitle(comparison: Comparison, language: Language): string {
  const agency = comparison.newer.agency ?? comparison.older.agency;
  const years = (lang: 'zh' | 'en') =>
    [yearLabel(comparison.older.year, '上年', 'earlier', lang), yearLabel(comparison.newer.year, '本年', 'later', lang)] as const;
  const [olderZh, newerZh] = years('zh');
  const [olderEn, newerEn] = years('en');
  const zh = `${agency ? `${agency}：` : ''}${olderZh}与${newerZh}政府信息公开工作年度报告对比`;
  const en = `${language === 'en' && agency ? `${agency}: ` : ''}annual reports ${olderEn} and ${newerEn} compared`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh} · ${en}`;
}

function notes(comparison: Comparison, language: Language): string[] {
  const out: string[] = [];
  const { older, newer } = comparison;
  if (older.agency && newer.agency && older.agency !== newer.agency) {
    out.push(say(language, `注意：两份报告的发布机关不同（${older.agency}、${newer.agency}）。`, `Note: the reports are by different agencies (${older.agency}, ${newer.agency}).`));
  }
  return out;
}

/**
 * Two years of an agency's reports compared, as text or Markdown: per table, every row non-zero in
 * either year with both values, the change and the change in per cent (see {@link ComparisonDetail}
 * for which cells), then the carry-over check per table-3 column: this year's
 * 二、上年结转政府信息公开申请数量 against last year's 四、结转下年度继续办理, ✓ or ✗.
 */
export function renderComparison(older: Report, newer: Report, options: RenderComparisonOptions = {}): string {
  const format = options.format ?? 'text';
  const language = options.language ?? 'zh';
  checkFormatAndLanguage(format, language);
  const comparison = compareReports(older, newer, options);
  const measure: DisplayWidthOptions = { ambiguousWidth: options.ambiguousWidth ?? 1 };
  const markdown = format === 'markdown';
  const draw = (grid: Grid) => (markdown ? drawMarkdownTable(grid) : drawTextTable(grid, measure)).join('\n');
  const heading = (level: number, title: string) => (markdown ? `${'#'.repeat(level)} ${title}` : title);

  const out: string[] = [heading(1, comparisonTitle(comparison, language)), ...notes(comparison, language)];
  for (const part of PARTS) {
    if (part.table === undefined) continue;
    const { title, grid } = tableSection(comparison, part.table, language);
    out.push(heading(2, title));
    out.push(grid ? draw(grid) : say(language, '两年均为 0 或空白。', 'Zero or blank in both years.'));
  }
  out.push(heading(2, say(language, '上年结转核对', 'Carry-over check')));
  out.push(draw(carryOverGrid(comparison, language)));
  out.push(carryOverSummary(comparison, language));
  return `${out.join('\n\n')}\n`;
}
