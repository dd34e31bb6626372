import type { Element } from '@xmldom/xmldom';
import type { Context } from './docx-context.js';
import { paragraphProps, withNumber } from './docx-paragraph-props.js';
import { readParagraph } from './docx-runs.js';
import { cellsOf, rowsOf } from './docx-table-rows.js';
import { nameOf, wrappedContent } from './docx-xml.js';

/** A cell's text: its paragraphs' lines, blank ones dropped, joined by `\n`; nested tables one line per row. */
export function cellText(tc: Element, ctx: Context): string {
  const lines: string[] = [];
  flattenBlocks(tc, ctx, lines);
  return lines.filter((line) => line !== '').join('\n');
}

function flattenBlocks(parent: Element, ctx: Context, lines: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const name = nameOf(node);
    switch (name) {
      case 'p': {
        const props = paragraphProps(node as Element, ctx);
        const content = readParagraph(node as Element, ctx);
        if (!props.toc) lines.push(...withNumber(content.lines, props.number));
        for (const box of content.boxes) flattenBlocks(box, ctx, lines);
        break;
      }
      case 'tbl':
        for (const tr of rowsOf(node as Element)) {
          const texts = cellsOf(tr)
            .map((tc) => cellText(tc, ctx).split('\n').join(' '))
            .filter((text) => text !== '');
          if (texts.length > 0) lines.push(texts.join(' '));
        }
        break;
      default: {
        const content = wrappedContent(node, name);
        if (content) flattenBlocks(content, ctx, lines);
        break;
      }
    }
  }
}
