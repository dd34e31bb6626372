import {
  TABLE_HEADERS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_ROW_GROUPS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  getCellValue,
  table3CellId,
  table4CellId,
  type CellId,
  type Report,
  type TableNumber,
} from '@nianbao/core';
import type { Alignment } from './display-width.js';

/**
 * The three tables as the template draws them, written once as grids: rows of cells with column
 * spans. The Markdown renderer flattens the spans (GFM has none), the text renderer draws them;
 * both therefore show the same rows in the same order.
 *
 * Merges are kept as the template has them. A horizontal merge is one cell with a `span`; a vertical
 * merge (a row group's label, a header two rows high) shows its text in its first row and leaves
 * the rows below blank, so every row still reads `labels…, values…` as parsers expect.
 */

/** One cell of a grid. */
export interface GridCell {
  readonly text: string;
  /** Columns the cell covers (the template's colspan); 1 when absent. */
  readonly span?: number;
  /**
   * When spans are flattened (GFM tables have none): whether the text is repeated in every column
   * it covers. Column-group headings repeat, so 法人或其他组织 stands above each of its five columns;
   * a merely wide cell (a value across three columns) does not.
   */
  readonly repeat?: boolean;
  readonly align?: Alignment;
  /** The template cell a value cell shows. */
  readonly cellId?: CellId;
}

/** What a row is, for drawing rules between parts of a table. */
export type GridRowKind = 'header' | 'section' | 'body';

/** One row of a grid. */
export interface GridRow {
  readonly kind: GridRowKind;
  readonly cells: readonly GridCell[];
}

/** A table as rows of cells; every row's spans add up to `columns`. */
export interface Grid {
  readonly columns: number;
  readonly rows: readonly GridRow[];
}

/** One of the template's three tables as a grid. */
export interface TemplateTable extends Grid {
  readonly table: TableNumber;
}

/** A cell's value as the tables print it: digits as `String` writes them, blank for null. */
export function formatValue(value: number | null): string {
  return value === null ? '' : String(value);
}

// Header words the template prints that are neither row nor column labels, so core has no entry
// for them: 信息内容 heads table 2's label column, 申请人情况 spans table 3's seven columns.
const TABLE2_LABEL_HEADER = TABLE_HEADERS.table2Content;
const TABLE3_APPLICANTS_HEADER = TABLE_HEADERS.table3Applicants;

const label = (text: string, span = 1): GridCell => ({ text, span, align: 'left' });
const header = (text: string, span = 1, repeat = true): GridCell => ({ text, span, repeat, align: 'center' });
const blank = (span = 1): GridCell => ({ text: '', span });

function value(report: Report, id: CellId, span = 1): GridCell {
  return { text: formatValue(getCellValue(report, id)), span, align: 'right', cellId: id };
}

/**
 * Table 2 (主动公开政府信息情况), 4 columns: per clause of 条例第二十条 a section row, a header row
 * 信息内容 | its columns, then its rows. Rows with one value column show it across three.
 */
function table2(report: Report): TemplateTable {
  const width = 4;
  const rows: GridRow[] = [];
  let clause: string | null = null;
  for (const row of TABLE2_ROWS) {
    const span = (width - 1) / row.columns.length;
    if (row.clause !== clause) {
      clause = row.clause;
      rows.push({ kind: 'section', cells: [label(row.clause, width)] });
      rows.push({ kind: 'header', cells: [header(TABLE2_LABEL_HEADER), ...row.columns.map((c) => header(TABLE2_COLUMNS[c].label, span, false))] });
    }
    rows.push({ kind: 'body', cells: [label(row.label), ...row.columns.map((c) => value(report, `t2.${row.id}.${c}` as CellId, span))] });
  }
  return { table: 2, columns: width, rows };
}

/**
 * Table 3 (收到和处理政府信息公开申请情况): three label columns (三、本年度办理结果 | （三）不予公开 |
 * 1.属于国家秘密; ungrouped rows span them) and seven applicant columns under three header rows,
 * the template's note in the top-left corner.
 */
function table3(report: Report): TemplateTable {
  const labelColumns = 3;
  const columns = TABLE3_COLUMNS;
  const rows: GridRow[] = [];
  const corner = (text: string) => (text === '' ? blank(labelColumns) : { ...label(text, labelColumns), repeat: false });

  rows.push({ kind: 'header', cells: [corner(TABLE3_NOTE), header(TABLE3_APPLICANTS_HEADER, columns.length)] });
  const groupRow: GridCell[] = [corner('')];
  const leafRow: GridCell[] = [corner('')];
  for (let i = 0; i < columns.length; ) {
    const column = columns[i]!;
    if (column.group === null) {
      groupRow.push(header(column.label));
      leafRow.push(blank());
      i++;
    } else {
      let end = i;
      while (end < columns.length && columns[end]!.group === column.group) end++;
      const members = columns.slice(i, end);
      groupRow.push(header(column.group, members.length));
      for (const member of members) leafRow.push(header(member.label));
      i += members.length;
    }
  }
  rows.push({ kind: 'header', cells: groupRow });
  rows.push({ kind: 'header', cells: leafRow });

  let previousGroup: string | null = null;
  let outcomesShown = false;
  for (const row of TABLE3_ROWS) {
    const cells: GridCell[] = [];
    if (row.group === null) cells.push(label(row.label, labelColumns));
    else {
      cells.push(label(outcomesShown ? '' : TABLE3_ROW_GROUPS.outcomes.label));
      outcomesShown = true;
      if (row.group === 'outcomes') cells.push(label(row.label, labelColumns - 1));
      else {
        cells.push(label(row.group === previousGroup ? '' : TABLE3_ROW_GROUPS[row.group].label));
        cells.push(label(row.label));
      }
    }
    previousGroup = row.group;
    for (const column of columns) cells.push(value(report, table3CellId(row.id, column.id)));
    rows.push({ kind: 'body', cells });
  }
  return { table: 3, columns: labelColumns + columns.length, rows };
}

/**
 * Table 4 (政府信息公开行政复议、行政诉讼情况), 15 columns: blocks over their five columns (行政诉讼
 * over its two blocks), then the one row of values.
 */
function table4(report: Report): TemplateTable {
  const size = TABLE4_COLUMNS.length;
  const top: GridCell[] = [];
  const middle: GridCell[] = [];
  const bottom: GridCell[] = [];
  for (let i = 0; i < TABLE4_BLOCKS.length; ) {
    const block = TABLE4_BLOCKS[i]!;
    if (block.group === null) {
      top.push(header(block.label, size));
      for (const column of TABLE4_COLUMNS) {
        middle.push(header(column.label));
        bottom.push(blank());
      }
      i++;
    } else {
      const members = TABLE4_BLOCKS.filter((b) => b.group === block.group);
      top.push(header(block.group, members.length * size));
      for (const member of members) {
        middle.push(header(member.label, size));
        for (const column of TABLE4_COLUMNS) bottom.push(header(column.label));
      }
      i += members.length;
    }
  }
  const values = TABLE4_BLOCKS.flatMap((block) => TABLE4_COLUMNS.map((column) => value(report, table4CellId(block.id, column.id))));
  return {
    table: 4,
    columns: TABLE4_BLOCKS.length * size,
    rows: [
      { kind: 'header', cells: top },
      { kind: 'header', cells: middle },
      { kind: 'header', cells: bottom },
      { kind: 'body', cells: values },
    ],
  };
}

/** One of the template's tables, filled with a report's values. */
export function templateTable(report: Report, table: TableNumber): TemplateTable {
  switch (table) {
    case 2:
      return table2(report);
    case 3:
      return table3(report);
    case 4:
      return table4(report);
  }
}

/** A row's cells with spans flattened to one entry per column (see {@link GridCell.repeat}). */
export function flattenRow(row: GridRow): string[] {
  return row.cells.flatMap((cell) => {
    const span = cell.span ?? 1;
    return Array.from({ length: span }, (_, i) => (i === 0 || cell.repeat ? cell.text : ''));
  });
}
