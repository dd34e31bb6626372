import type { Diagnostic, SourceLocation } from '@nianbao/core';
import { cellText, type CellContext } from './html-cell-text.js';
import type { TableInfo } from './html-table-structure.js';
import { elementLocation, type TreeElement } from './html-tree.js';
import type { TableCell, TableRow } from './source-document.js';

/** Positions a table's grid may have; past this, spans are ignored (no real table in a page of a few MB is this large). */
const MAX_GRID_POSITIONS = 1_000_000;
const MAX_SPAN = 100;

export function buildGrid(table: TreeElement, info: TableInfo, tablePath: string, context: CellContext): TableRow[] {
  const rowCount = info.rows.length;
  const rowLocations = info.rows.map((row, r): SourceLocation => ({ line: row.el.line, column: row.el.column, path: `${tablePath}/tr[${r + 1}]` }));
  const texts = info.rows.map((row) => row.cells.map((cell) => cellText(cell, context)));
  const cellLocation = (cell: TreeElement, r: number, c: number): SourceLocation => ({
    line: cell.line,
    column: cell.column,
    path: `${tablePath}/tr[${r + 1}]/td[${c + 1}]`,
  });

  const place = (useSpans: boolean): (TableCell | undefined)[][] | undefined => {
    const grid: (TableCell | undefined)[][] = info.rows.map(() => []);
    let positions = 0;
    for (let r = 0; r < rowCount; r++) {
      const line = grid[r] ?? [];
      let c = 0;
      const cells = info.rows[r]?.cells ?? [];
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k];
        if (!cell) continue;
        while (line[c] !== undefined) c++;
        const location = cellLocation(cell, r, c);
        let rowSpan = 1;
        let colSpan = 1;
        if (useSpans) {
          rowSpan = readSpan(cell, 'rowspan', location, context.diagnostics);
          colSpan = readSpan(cell, 'colspan', location, context.diagnostics);
          // rowspan="0" reaches the last row; no span reaches past it.
          rowSpan = rowSpan === 0 ? rowCount - r : Math.min(rowSpan, rowCount - r);
        }
        positions += rowSpan * colSpan;
        if (positions > MAX_GRID_POSITIONS) return undefined;
        line[c] = { text: texts[r]?.[k] ?? '', location };
        const merged: TableCell = { text: '', merged: true, location };
        for (let dr = 0; dr < rowSpan; dr++) {
          const covered = grid[r + dr];
          if (!covered) continue;
          for (let dc = dr === 0 ? 1 : 0; dc < colSpan; dc++) {
            // Overlapping spans: the cell placed first keeps the position.
            if (covered[c + dc] === undefined) covered[c + dc] = merged;
          }
        }
        c += colSpan;
      }
    }
    return grid;
  };

  let grid = place(true);
  let width = 0;
  for (const line of grid ?? []) width = Math.max(width, line.length);
  const padded = grid !== undefined && width * rowCount <= MAX_GRID_POSITIONS;
  if (!grid || !padded) {
    context.diagnostics.push({
      code: 'html/table-too-large',
      severity: 'warning',
      message: '表格的合并单元格展开后过大，已忽略合并，按原样逐行读取',
      messageEn: 'The table would be too large with its merged cells expanded; spans are ignored and rows read as written',
      location: elementLocation(table),
    });
    grid = place(false) ?? [];
    width = 0;
  }

  return grid.map((line, r): TableRow => {
    const rowLocation = rowLocations[r] ?? {};
    const cells: TableCell[] = [];
    const length = Math.max(width, line.length);
    for (let c = 0; c < length; c++) {
      // Positions no cell reaches (a short row, a hole left by spans) are empty cells, so rows line up.
      cells.push(line[c] ?? { text: '', location: { line: rowLocation.line, column: rowLocation.column, path: `${rowLocation.path}/td[${c + 1}]` } });
    }
    return { cells, location: rowLocation };
  });
}

/** Reads rowspan/colspan like browsers (leading digits), with nonsense and huge values read as 1. */
function readSpan(cell: TreeElement, attr: 'rowspan' | 'colspan', location: SourceLocation, diagnostics: Diagnostic[]): number {
  const raw = cell.attrs[attr];
  if (raw === undefined) return 1;
  const trimmed = raw.trim();
  let end = 0;
  while (end < trimmed.length && end < 9 && trimmed.charCodeAt(end) >= 48 && trimmed.charCodeAt(end) <= 57) end++;
  const value = end > 0 ? Number(trimmed.slice(0, end)) : NaN;
  if (value >= 1 && value <= MAX_SPAN) return value;
  if (value === 0 && attr === 'rowspan') return 0;
  diagnostics.push({
    code: 'html/bad-span',
    severity: 'warning',
    message: `单元格的 ${attr}="${raw}" 不是合理的合并数，已按 1 处理`,
    messageEn: `A cell's ${attr}="${raw}" is not a sensible span; read as 1`,
    location,
  });
  return 1;
}
