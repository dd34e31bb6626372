import type { Report } from '@nianbao/core';
import { drawMarkdownTable } from './markdown-table.js';
import { reportDocument, type ReportLayoutOptions } from './report-document.js';

/** Options of {@link renderMarkdown}. */
export type RenderMarkdownOptions = ReportLayoutOptions;

/**
 * The whole report as Markdown: `#` title, metadata as a list, `##` part headings with their
 * paragraphs, and tables 2, 3 and 4 as GFM tables in the template's layout (merged headers
 * flattened, 法人或其他组织 repeated above its five columns). Blank cells are left empty.
 * `parseText` from `@nianbao/parse` reads the result back to the same cells.
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  const out: string[] = [];
  for (const block of reportDocument(report, options)) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${block.text}`);
        break;
      case 'metadata':
        out.push(block.lines.map((line) => `- ${line}`).join('\n'));
        break;
      case 'heading':
        out.push(`## ${block.text}`);
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'table':
        out.push(drawMarkdownTable(block.table).join('\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
