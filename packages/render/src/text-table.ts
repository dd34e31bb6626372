import { displayWidth, padToWidth, type DisplayWidthOptions } from './display-width.js';
import type { Grid, GridRow } from './table-layout.js';

/**
 * A grid drawn for terminals: cells between ` | `, padded to columns aligned by display width, so
 * CJK labels line up; spans drawn as one wide cell. Rules are `|----+----|` lines, which no parser
 * takes for a row or for a Markdown separator, so what is drawn reads back as a table.
 */

const SEPARATOR = 3; // ' | ' between two cells

/** Column widths that fit every cell: single cells first, then spans widened where they need it. */
function columnWidths(grid: Grid, options: DisplayWidthOptions): number[] {
  const widths = new Array<number>(grid.columns).fill(1);
  const spanned: { start: number; span: number; width: number }[] = [];
  for (const row of grid.rows) {
    let start = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      const width = displayWidth(cell.text, options);
      if (span === 1) widths[start] = Math.max(widths[start] ?? 1, width);
      else spanned.push({ start, span, width });
      start += span;
    }
  }
  spanned.sort((a, b) => a.span - b.span);
  for (const { start, span, width } of spanned) {
    const available = widths.slice(start, start + span).reduce((sum, w) => sum + w, 0) + SEPARATOR * (span - 1);
    const missing = width - available;
    if (missing <= 0) continue;
    // Spread the extra over the spanned columns, the remainder to the last ones.
    for (let i = 0; i < span; i++) {
      const share = Math.floor(missing / span) + (i >= span - (missing % span) ? 1 : 0);
      widths[start + i] = widths[start + i]! + share;
    }
  }
  return widths;
}

function drawRow(row: GridRow, widths: readonly number[], options: DisplayWidthOptions): string {
  let start = 0;
  const cells = row.cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = widths.slice(start, start + span).reduce((sum, w) => sum + w, 0) + SEPARATOR * (span - 1);
    start += span;
    return padToWidth(cell.text, width, cell.align ?? 'left', options);
  });
  return `| ${cells.join(' | ')} |`;
}

function rule(widths: readonly number[]): string {
  return `|${widths.map((w) => '-'.repeat(w + 2)).join('+')}|`;
}

/** Whether a rule separates two rows: under the headers, and above a new section after body rows. */
function ruleBetween(above: GridRow, below: GridRow): boolean {
  return (above.kind === 'header' && below.kind !== 'header') || (above.kind === 'body' && below.kind !== 'body');
}

/** Draws a grid as aligned lines, ruled above, below, under its headers and between sections. */
export function drawTextTable(grid: Grid, options: DisplayWidthOptions = {}): string[] {
  if (grid.rows.length === 0) return [];
  const widths = columnWidths(grid, options);
  const lines = [rule(widths)];
  grid.rows.forEach((row, i) => {
    const previous = grid.rows[i - 1];
    if (previous && ruleBetween(previous, row)) lines.push(rule(widths));
    lines.push(drawRow(row, widths, options));
  });
  lines.push(rule(widths));
  return lines;
}
