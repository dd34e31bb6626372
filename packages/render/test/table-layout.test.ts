import { CELL_IDS, TABLE3_ROWS, cellIdsOfTable, type CellId, type TableNumber } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { flattenRow, templateTable } from '../src/table-layout.js';
import { reportWith } from './support/reports.js';

const TABLES: readonly TableNumber[] = [2, 3, 4];

describe('templateTable', () => {
  const report = reportWith(Object.fromEntries(CELL_IDS.map((id, i) => [id, i])) as Record<CellId, number>);

  it.each(TABLES)('table %i: every row covers the grid width exactly', (table) => {
    const grid = templateTable(report, table);
    for (const row of grid.rows) {
      expect(row.cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0)).toBe(grid.columns);
      expect(flattenRow(row)).toHaveLength(grid.columns);
    }
  });

  it.each(TABLES)('table %i: shows each of its cells once, in template order, with its value', (table) => {
    const grid = templateTable(report, table);
    const shown = grid.rows.flatMap((row) => row.cells.filter((cell) => cell.cellId !== undefined));
    expect(shown.map((cell) => cell.cellId)).toEqual(cellIdsOfTable(table));
    for (const cell of shown) expect(cell.text).toBe(String(CELL_IDS.indexOf(cell.cellId!)));
  });

  it('table 3: one body row per template row, in order, values in the last seven columns', () => {
    const grid = templateTable(report, 3);
    const body = grid.rows.filter((row) => row.kind === 'body');
    expect(body).toHaveLength(TABLE3_ROWS.length);
    body.forEach((row, i) => {
      const cells = flattenRow(row);
      const labels = cells.slice(0, 3).filter((text) => text !== '');
      expect(labels.at(-1)).toBe(TABLE3_ROWS[i]!.label);
      expect(row.cells.slice(-7).every((cell) => cell.cellId?.startsWith(`t3.${TABLE3_ROWS[i]!.id}.`))).toBe(true);
    });
  });

  it('leaves blank cells empty', () => {
    const blank = reportWith({});
    for (const table of TABLES) {
      const values = templateTable(blank, table).rows.flatMap((row) => row.cells.filter((cell) => cell.cellId));
      expect(values.every((cell) => cell.text === '')).toBe(true);
    }
  });
});
