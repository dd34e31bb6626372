import type { Diagnostic } from '@nianbao/core';
import { isLeftOut } from './html-chrome.js';
import { BLOCK, SECTIONING, VOID } from './html-elements.js';
import { reportUnclosedTable, tableInfo } from './html-table-structure.js';
import type { TreeElement, TreeNode } from './html-tree.js';
import { collapseWhitespace } from './html-whitespace.js';

/** What reading a cell takes from the page around it: whether it sits in an article or section decides its header and footer. */
export interface CellContext {
  readonly diagnostics: Diagnostic[];
  readonly sectioning: number;
}

/** A cell's text: its lines (from `<br>`, `<p>`, `<div>`…) trimmed, blank ones dropped, joined by `\n`. */
export function cellText(cell: TreeElement, context: CellContext): string {
  const lines: string[] = [];
  let pieces: string[] = [];
  let pre = 0;
  let sectioning = context.sectioning;
  const endLine = (): void => {
    if (pieces.length === 0) return;
    const text = collapseWhitespace(pieces.join(''));
    pieces = [];
    if (text !== '') lines.push(text);
  };
  const visit = (node: TreeNode): void => {
    if (node.kind === 'text') {
      if (pre === 0) {
        pieces.push(node.text);
        return;
      }
      const parts = node.text.split('\n');
      parts.forEach((part, k) => {
        if (k > 0) endLine();
        pieces.push(part);
      });
      return;
    }
    if (isLeftOut(node, sectioning > 0)) return;
    const name = node.name;
    if (name === 'br' || name === 'hr' || (name === 'p' && node.children.length === 0)) {
      endLine();
      return;
    }
    if (VOID.has(name)) return;
    if (name === 'table') {
      endLine();
      for (const line of flattenTable(node, context)) lines.push(line);
      return;
    }
    const block = BLOCK.has(name);
    if (block) endLine();
    if (name === 'pre') pre++;
    if (SECTIONING.has(name)) sectioning++;
    for (const child of node.children) visit(child);
    if (SECTIONING.has(name)) sectioning--;
    if (name === 'pre') pre--;
    if (block) endLine();
  };
  for (const child of cell.children) visit(child);
  endLine();
  return lines.join('\n');
}

/** A table inside a data cell, as lines: one per row, cells separated by a space. */
function flattenTable(table: TreeElement, context: CellContext): string[] {
  reportUnclosedTable(table, context.diagnostics);
  const info = tableInfo(table);
  const lines: string[] = [];
  const oneLine = (text: string): string => text.split('\n').join(' ');
  for (const caption of info.captions) {
    const text = oneLine(cellText(caption, context));
    if (text) lines.push(text);
  }
  for (const node of info.fostered) {
    const text = node.kind === 'text' ? collapseWhitespace(node.text) : oneLine(cellText(node, context));
    if (text) lines.push(text);
  }
  for (const row of info.rows) {
    const text = row.cells
      .map((cell) => oneLine(cellText(cell, context)))
      .filter((t) => t !== '')
      .join(' ');
    if (text) lines.push(text);
  }
  return lines;
}
