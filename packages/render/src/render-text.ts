import type { Report } from '@nianbao/core';
import { displayWidth, padToWidth, type DisplayWidthOptions } from './display-width.js';
import { reportDocument, type ReportLayoutOptions } from './report-document.js';
import { drawTextTable } from './text-table.js';
import { wrapText } from './wrap-text.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions extends ReportLayoutOptions, DisplayWidthOptions {
  /**
   * Display columns paragraphs and metadata lines are wrapped to (a CJK character takes two); the
   * title is centred in it. `Infinity` (or 0) keeps every paragraph on one line. The title, part
   * headings and table rows are never wrapped: parsers read each from one line. Default 80.
   */
  readonly width?: number;
}

/**
 * The whole report as plain text for terminals: the title, metadata lines, the part headings each
 * on a line of its own, paragraphs wrapped to `width`, and the tables drawn with cells between
 * ` | ` and columns aligned by display width. `parseText` from `@nianbao/parse` reads the result
 * back to the same cells.
 */
export function renderText(report: Report, options: RenderTextOptions = {}): string {
  if (options.width !== undefined && (typeof options.width !== 'number' || Number.isNaN(options.width))) {
    throw new TypeError(`renderText: width must be a number, got ${String(options.width)}`);
  }
  const width = options.width === undefined ? 80 : options.width > 0 ? options.width : Infinity;
  const measure: DisplayWidthOptions = { ambiguousWidth: options.ambiguousWidth ?? 1 };
  const wrap = (text: string) => wrapText(text, width, measure);
  const out: string[] = [];
  for (const block of reportDocument(report, options)) {
    switch (block.kind) {
      case 'title':
        // Centred when it fits; never wrapped, since parsers find the agency and year in one title line.
        out.push(Number.isFinite(width) && displayWidth(block.text, measure) < width ? padToWidth(block.text, width, 'center', measure).trimEnd() : block.text);
        break;
      case 'metadata':
        out.push(block.lines.flatMap(wrap).join('\n'));
        break;
      case 'heading':
        out.push(block.text);
        break;
      case 'paragraph':
        out.push(wrap(block.text).join('\n'));
        break;
      case 'table':
        out.push(drawTextTable(block.table, measure).join('\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
