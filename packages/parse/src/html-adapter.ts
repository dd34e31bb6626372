import type { Diagnostic } from '@nianbao/core';
import { readBlocks } from './html-flow.js';
import { buildTree } from './html-tree.js';
import type { SourceDocument } from './source-document.js';

/**
 * Reads an HTML page into paragraphs and tables, in document order. A tolerant tree is built first
 * (browsers' implied end tags, table fix-ups, scope rules, simplified), then walked: block elements
 * and `<br>` split paragraphs, tables become grids with merged cells expanded. Never throws.
 */
export function readHtml(html: string): SourceDocument {
  const diagnostics: Diagnostic[] = [];
  const root = buildTree(html, diagnostics);
  const blocks = readBlocks(root, diagnostics);
  if (blocks.length === 0) {
    diagnostics.push({
      code: 'html/no-text',
      severity: 'warning',
      message: '页面中没有可读的文字',
      messageEn: 'The page has no readable text',
    });
  }
  return { blocks, diagnostics };
}
