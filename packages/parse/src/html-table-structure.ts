import type { Diagnostic } from '@nianbao/core';
import { holdsContent } from './html-chrome.js';
import { CELLS, HEADINGS, TABLE_SECTIONS } from './html-elements.js';
import { elementLocation, type TreeElement, type TreeNode } from './html-tree.js';
import { isBlankText } from './html-whitespace.js';

export interface TableInfo {
  readonly rows: readonly { readonly el: TreeElement; readonly cells: readonly TreeElement[] }[];
  /** Content inside the table but outside any cell: browsers show it before the table. */
  readonly fostered: readonly TreeNode[];
  readonly captions: readonly TreeElement[];
  /** Read as page layout (flow), not as a data grid. */
  readonly layout: boolean;
  /** One cell only: a box drawn around content, so read as flow too; unlike `layout`, no sign that an enclosing table is layout. */
  readonly frame: boolean;
}

/** A cell with more text of its own than this holds an article, not a value. */
const LAYOUT_CELL_TEXT = 500;

export function tableInfo(table: TreeElement): TableInfo {
  if (table.table) return table.table;
  const rows: { el: TreeElement; cells: TreeElement[] }[] = [];
  const fostered: TreeNode[] = [];
  const captions: TreeElement[] = [];
  const addRow = (tr: TreeElement): void => {
    const cells: TreeElement[] = [];
    for (const child of tr.children) {
      if (child.kind === 'element' && CELLS.has(child.name)) cells.push(child);
      else if (child.kind === 'element' || !isBlankText(child.text)) fostered.push(child);
    }
    rows.push({ el: tr, cells });
  };
  for (const child of table.children) {
    if (child.kind === 'element' && child.name === 'tr') addRow(child);
    else if (child.kind === 'element' && TABLE_SECTIONS.has(child.name)) {
      for (const inner of child.children) {
        if (inner.kind === 'element' && inner.name === 'tr') addRow(inner);
        else if (inner.kind === 'element' || !isBlankText(inner.text)) fostered.push(inner);
      }
    } else if (child.kind === 'element' && child.name === 'caption') captions.push(child);
    else if (child.kind === 'element' || !isBlankText(child.text)) fostered.push(child);
  }
  const layout = rows.some((row) => row.cells.some(isLayoutCell));
  const frame = rows.length === 1 && rows[0]?.cells.length === 1;
  const info: TableInfo = { rows, fostered, captions, layout, frame };
  table.table = info;
  return info;
}

/**
 * Pages laid out with tables put the whole article, its data tables included, in one cell. Such a
 * cell holds a heading, a lot of text, a real grid (2×2 or more) or another layout table; its table
 * is read as flow so that the report's paragraphs and tables come out as blocks. Smaller nested
 * tables are flattened into their cell's text.
 */
function isLayoutCell(cell: TreeElement): boolean {
  return holdsContent(cell, LAYOUT_CELL_TEXT, (el) => {
    if (HEADINGS.has(el.name)) return true;
    if (el.name !== 'table') return undefined;
    const inner = tableInfo(el);
    return inner.layout || (inner.rows.length >= 2 && inner.rows.some((row) => row.cells.length >= 2));
  });
}

export function reportUnclosedTable(table: TreeElement, diagnostics: Diagnostic[]): void {
  if (table.closed) return;
  diagnostics.push({
    code: 'html/unclosed-table',
    severity: 'warning',
    message: '表格没有正确结束（缺少 </table>），表格的范围可能不准确',
    messageEn: 'A table is not closed properly (no </table>); where it ends may be wrong',
    location: elementLocation(table),
  });
}
