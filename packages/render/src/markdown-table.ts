import { flattenRow, type Grid } from './table-layout.js';

/**
 * A grid as a GFM table. GFM has one header row and no spans: the grid's first row is the header,
 * the others follow the separator, and spans are flattened (column-group headings repeated over
 * their columns, other wide cells followed by blanks). Columns holding values align right.
 */

/** Text safe inside a GFM table cell. */
export function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\r\n', '\n').replaceAll('\n', '<br>');
}

function rightAligned(grid: Grid): boolean[] {
  const right = new Array<boolean>(grid.columns).fill(false);
  for (const row of grid.rows) {
    let start = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      if (cell.align === 'right') for (let i = start; i < start + span; i++) right[i] = true;
      start += span;
    }
  }
  return right;
}

/** Draws a grid as GFM table lines. */
export function drawMarkdownTable(grid: Grid): string[] {
  const [first, ...rest] = grid.rows;
  if (!first) return [];
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const separator = `| ${rightAligned(grid)
    .map((right) => (right ? '---:' : '---'))
    .join(' | ')} |`;
  return [line(flattenRow(first)), separator, ...rest.map((row) => line(flattenRow(row)))];
}
