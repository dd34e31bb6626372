import {
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROW_GROUPS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  type TableNumber,
  type Table3ColumnId,
  type Table3RowId,
  type Table4BlockId,
  type Table4ColumnId,
} from './template-2021.js';

/** The 10 cell ids of table 2, e.g. `t2.regulations.issued`. */
export type Table2CellId = {
  [Row in (typeof TABLE2_ROWS)[number] as Row['id']]: `t2.${Row['id']}.${Row['columns'][number]}`;
}[(typeof TABLE2_ROWS)[number]['id']];
/** The 175 cell ids of table 3, e.g. `t3.denied.thirdPartyRights.naturalPerson`. */
export type Table3CellId = `t3.${Table3RowId}.${Table3ColumnId}`;
/** The 15 cell ids of table 4, e.g. `t4.review.upheld`. */
export type Table4CellId = `t4.${Table4BlockId}.${Table4ColumnId}`;
/** Any of the template's 200 cell ids. */
export type CellId = Table2CellId | Table3CellId | Table4CellId;

/** Everything the template says about one cell. */
export interface CellDefinition {
  readonly id: CellId;
  readonly table: TableNumber;
  /** Row id within its table (table 4: the block id). */
  readonly row: string;
  /** Column id within its table. */
  readonly column: string;
  /** Position among all 200 cells, in template reading order (0-based). */
  readonly order: number;
  /** The row label as the template prints it. */
  readonly rowLabel: string;
  /** The column label as the template prints it. */
  readonly columnLabel: string;
  /** Headings above the row label (table 3 groups such as （三）不予公开, table 2 clauses). */
  readonly rowGroup: string | null;
  /** Heading above the column label (法人或其他组织, 行政诉讼). */
  readonly columnGroup: string | null;
  /** A short Chinese name for messages: row and column joined, e.g. `规章 · 本年制发件数`. */
  readonly label: string;
  /** Counts are whole numbers; only 行政事业性收费 (万元) may be a decimal. */
  readonly integer: boolean;
}

function defineCells(): CellDefinition[] {
  const cells: CellDefinition[] = [];
  const add = (cell: Omit<CellDefinition, 'order' | 'label'>) =>
    cells.push({ ...cell, order: cells.length, label: `${cell.rowLabel} · ${cell.columnLabel}` });

  for (const row of TABLE2_ROWS) {
    for (const column of row.columns) {
      add({
        id: `t2.${row.id}.${column}` as CellId,
        table: 2,
        row: row.id,
        column,
        rowLabel: row.label,
        columnLabel: TABLE2_COLUMNS[column].label,
        rowGroup: row.clause,
        columnGroup: null,
        integer: row.id !== 'fees',
      });
    }
  }
  for (const row of TABLE3_ROWS) {
    for (const column of TABLE3_COLUMNS) {
      add({
        id: `t3.${row.id}.${column.id}`,
        table: 3,
        row: row.id,
        column: column.id,
        rowLabel: row.label,
        columnLabel: column.label,
        rowGroup: row.group === null ? null : TABLE3_ROW_GROUPS[row.group].label,
        columnGroup: column.group,
        integer: true,
      });
    }
  }
  for (const block of TABLE4_BLOCKS) {
    for (const column of TABLE4_COLUMNS) {
      add({
        id: `t4.${block.id}.${column.id}`,
        table: 4,
        row: block.id,
        column: column.id,
        rowLabel: block.label,
        columnLabel: column.label,
        rowGroup: block.group,
        columnGroup: null,
        integer: true,
      });
    }
  }
  return cells;
}

/** All 200 cells in template reading order: table 2 row by row, table 3 row by row, table 4 block by block. */
export const CELLS: readonly CellDefinition[] = Object.freeze(defineCells());

/** All 200 cell ids in template reading order. */
export const CELL_IDS: readonly CellId[] = Object.freeze(CELLS.map((cell) => cell.id));

const cellsById: ReadonlyMap<string, CellDefinition> = new Map(CELLS.map((cell) => [cell.id, cell]));

/** Whether a string is one of the template's cell ids. */
export function isCellId(value: unknown): value is CellId {
  return typeof value === 'string' && cellsById.has(value);
}

/**
 * The template's definition of a cell.
 * @throws TypeError when `id` is not a cell id (a programmer error; check with {@link isCellId} first).
 */
export function getCellDefinition(id: CellId): CellDefinition {
  const cell = cellsById.get(id);
  if (!cell) throw new TypeError(`Unknown cell id: ${JSON.stringify(id)}`);
  return cell;
}

/** The table a cell id belongs to, read from its prefix. */
export function tableOfCell(id: CellId): TableNumber {
  return getCellDefinition(id).table;
}

const idsByTable: Record<TableNumber, readonly CellId[]> = {
  2: Object.freeze(CELL_IDS.filter((id) => cellsById.get(id)?.table === 2)),
  3: Object.freeze(CELL_IDS.filter((id) => cellsById.get(id)?.table === 3)),
  4: Object.freeze(CELL_IDS.filter((id) => cellsById.get(id)?.table === 4)),
};

/** The cell ids of one table, in order. */
export function cellIdsOfTable(table: 2): readonly Table2CellId[];
export function cellIdsOfTable(table: 3): readonly Table3CellId[];
export function cellIdsOfTable(table: 4): readonly Table4CellId[];
export function cellIdsOfTable(table: TableNumber): readonly CellId[];
export function cellIdsOfTable(table: TableNumber): readonly CellId[] {
  return idsByTable[table];
}

/** The table-3 cell id of a row and column. */
export function table3CellId(row: Table3RowId, column: Table3ColumnId): Table3CellId {
  return `t3.${row}.${column}`;
}

/** The table-4 cell id of a block and column. */
export function table4CellId(block: Table4BlockId, column: Table4ColumnId): Table4CellId {
  return `t4.${block}.${column}`;
}
