import { PARTS, type Metadata, type PartId, type Report } from '@nianbao/core';
import { templateTable, type TemplateTable } from './table-layout.js';

/**
 * A report laid out as the template orders it, before any format: title, metadata, then the six
 * parts, each heading followed by its paragraphs and (parts 二, 三, 四) its table. The Markdown and
 * text renderers only decide how each block looks.
 *
 * What is laid out is what parsers read back: the title names the agency before the year, the
 * statistical period is written out in full dates, every heading stands alone, every paragraph is
 * one line of the part's text.
 */
export type DocumentBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'metadata'; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly part: PartId; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TemplateTable };

/** What the report renderers share. */
export interface ReportLayoutOptions {
  /** Show the metadata lines (agency, year, statistical period, publication date, contact) under the title. Default true. */
  readonly metadata?: boolean;
}

/** The report's title as written, or the template's `${agency}${year}年政府信息公开工作年度报告`. */
export function reportTitle(metadata: Metadata): string {
  const written = metadata.title?.replace(/\s*\n\s*/g, '').trim();
  if (written) return written;
  return `${metadata.agency ?? ''}${metadata.year !== null ? `${metadata.year}年` : ''}政府信息公开工作年度报告`;
}

/** `2023-01-01` → `2023年1月1日`, as reports write dates (and parsers read them). */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/** The metadata the report states, one `名称：值` line each; nothing for what it does not state. */
export function metadataLines(metadata: Metadata): string[] {
  const lines: string[] = [];
  if (metadata.agency) lines.push(`发布机关：${metadata.agency}`);
  if (metadata.year !== null) lines.push(`报告年度：${metadata.year}年`);
  const period = metadata.period;
  if (period?.start && period.end) lines.push(`统计期限：${chineseDate(period.start)}至${chineseDate(period.end)}`);
  else if (period?.text) lines.push(`统计期限：${period.text}`);
  if (metadata.publishedOn) lines.push(`发布日期：${chineseDate(metadata.publishedOn)}`);
  if (metadata.contact) lines.push(`联系方式：${metadata.contact}`);
  return lines;
}

/** A part's text as paragraphs: one per non-empty line, trimmed (parsers read each line as one). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Lays a report out in template order. */
export function reportDocument(report: Report, options: ReportLayoutOptions = {}): DocumentBlock[] {
  const blocks: DocumentBlock[] = [{ kind: 'title', text: reportTitle(report.metadata) }];
  const lines = options.metadata === false ? [] : metadataLines(report.metadata);
  if (lines.length > 0) blocks.push({ kind: 'metadata', lines });
  for (const part of PARTS) {
    const written = report.parts[part.id];
    const heading = written.heading?.replace(/\s*\n\s*/g, '').trim();
    blocks.push({ kind: 'heading', part: part.id, text: heading || `${part.numeral}、${part.label}` });
    for (const text of paragraphs(written.text)) blocks.push({ kind: 'paragraph', text });
    if (part.table !== undefined) blocks.push({ kind: 'table', table: templateTable(report, part.table) });
  }
  return blocks;
}
