import {
  TABLE2_ROWS,
  TABLE_HEADERS,
  TABLE3_COLUMNS,
  TABLE3_ROW_GROUPS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  getCellDefinition,
  setCell,
  tableName,
  table3CellId,
  table4CellId,
  type CellId,
  type Diagnostic,
  type Report,
  type SourceLocation,
  type TableNumber,
} from '@nianbao/core';
import { readCellValue } from './cell-value.js';
import { labelKey } from './normalize-text.js';
import { MATCH_THRESHOLD, alignRows, createRowScorer, labelScore, type RowScorer, type TemplateRowKeys } from './row-matching.js';
import type { TableCell, TableRow } from './source-document.js';

/** A table row split into its label (the leading text cells) and its value cells. */
export interface FoundRow {
  readonly row: TableRow;
  readonly key: string;
  /** The non-empty cells the label was read from. */
  readonly labelCells: readonly TableCell[];
  readonly valueCells: readonly TableCell[];
  readonly hasValues: boolean;
}

/**
 * Splits a row at its last text cell: label before, values after. `valueStart` reads the values
 * from a known column instead (a grid whose value columns are known), when no text lies beyond it.
 */
export function describeRow(row: TableRow, traditional: boolean, valueStart?: number): FoundRow {
  let lastLabel = -1;
  const kinds = row.cells.map((cell) => (cell.text === '' ? 'blank' : readCellValue(cell.text).kind));
  // A merged position right after the label continues it (the label's colspan); one after a value
  // cell is that value's colspan, and the value cell stays a value even when blank.
  kinds.forEach((kind, i) => {
    if (kind === 'text' || (row.cells[i]!.merged && lastLabel === i - 1)) lastLabel = i;
  });
  if (valueStart !== undefined && lastLabel < valueStart) lastLabel = valueStart - 1;
  const labelCells = row.cells.slice(0, lastLabel + 1).filter((cell) => cell.text !== '');
  const valueCells = row.cells.slice(lastLabel + 1);
  return {
    row,
    key: labelKey(labelCells.map((cell) => cell.text).join(''), traditional),
    labelCells,
    valueCells,
    hasValues: kinds.slice(lastLabel + 1).some((kind) => kind !== 'blank'),
  };
}

const TABLE3_WIDTH = TABLE3_COLUMNS.length;

const NATURAL_PERSON_KEY = labelKey(TABLE3_COLUMNS[0].label);

/**
 * Table-3 rows in a grid whose value columns are known from its header (HTML and Markdown tables
 * with merges expanded, tab-separated grids): the 自然人 header cell stands in the first value
 * column, seven from the right. Where a row there has blanks, its values are read by column, since
 * empty merged cells and blank values look alike. Returns the value start column per row.
 */
export function table3ValueColumns(rows: readonly TableRow[]): (number | undefined)[] {
  const isNaturalPerson = (cell: TableCell) => cell.text.includes('自然人') && labelKey(cell.text) === NATURAL_PERSON_KEY;
  const header = rows.find((row) => row.cells.some(isNaturalPerson));
  const start = header?.cells.findIndex(isNaturalPerson) ?? -1;
  const width = header?.cells.length ?? 0;
  if (start < 1 || start !== width - TABLE3_WIDTH) return rows.map(() => undefined);
  return rows.map((row) => {
    if (row.cells.length !== width) return undefined;
    const filled = row.cells.slice(start).filter((c) => c.text !== '').length;
    return filled < TABLE3_WIDTH ? start : undefined;
  });
}

const TABLE_NAMES = (table: TableNumber): [string, string] => [tableName(table), `Table ${table}`];

/** A row's value cells without the empty padding merged cells leave after them. */
function withoutTrailingBlanks(cells: readonly TableCell[]): TableCell[] {
  const values = [...cells];
  while (values.length > 0 && values[values.length - 1]!.text === '') values.pop();
  return values;
}

/**
 * Fits a row's value cells to the number the template expects, saying how many there were. Empty
 * cells after the values are merged-cell padding, unless the row needs them: `行政强制 | |||` has
 * one blank value, not none.
 */
function fitValues(cells: readonly TableCell[], expected: number): { cells: (TableCell | null)[]; found: number } {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.text === '') end--;
  let start = 0;
  while (end - start > expected && cells[start]!.text === '') start++;
  if (end - start < expected && cells.length - start >= expected) end = start + expected;
  const fitted: (TableCell | null)[] = cells.slice(start, Math.min(end, start + expected));
  const found = end - start;
  while (fitted.length < expected) fitted.push(null);
  return { cells: fitted, found };
}

/** Puts one found cell into the report, with a diagnostic for anything but a plain number. */
function putCell(report: Report, id: CellId, cell: TableCell | null, rowLocation: SourceLocation, diagnostics: Diagnostic[]): void {
  if (!cell) {
    setCell(report, id, { value: null, raw: null, location: rowLocation });
    return;
  }
  const reading = readCellValue(cell.text);
  setCell(report, id, { value: reading.value, raw: cell.text, location: cell.location });
  if (reading.kind === 'number') return;
  const definition = getCellDefinition(id);
  const [zh, en] = TABLE_NAMES(definition.table);
  const where = { cellIds: [id], location: cell.location, actual: cell.text };
  switch (reading.kind) {
    case 'blank':
      diagnostics.push({
        code: 'cell/blank',
        severity: 'warning',
        message: `${zh}“${definition.label}”为空，按空白（null）读取`,
        messageEn: `${en} cell “${definition.label}” (${id}) is blank; read as null`,
        ...where,
        actual: null,
      });
      break;
    case 'placeholder':
      diagnostics.push({
        code: 'cell/placeholder',
        severity: 'warning',
        message: `${zh}“${definition.label}”填写为“${cell.text}”，按空白（null）读取；无数据应填 0`,
        messageEn: `${en} cell “${definition.label}” (${id}) holds the placeholder “${cell.text}”, read as null; write 0 for none`,
        ...where,
      });
      break;
    case 'text':
      diagnostics.push({
        code: 'cell/unreadable',
        severity: 'error',
        message: `${zh}“${definition.label}”的内容“${cell.text}”不是数字`,
        messageEn: `${en} cell “${definition.label}” (${id}) holds “${cell.text}”, which is not a number`,
        ...where,
      });
      break;
    case 'number-reformatted':
      diagnostics.push({
        code: 'cell/reformatted',
        severity: 'info',
        message: `${zh}“${definition.label}”写作“${cell.text}”，按 ${reading.value} 读取`,
        messageEn: `${en} cell “${definition.label}” (${id}) is written “${cell.text}”; read as ${reading.value}`,
        ...where,
        expected: reading.value,
      });
      break;
  }
}

/** Puts a row's values into the template cells `ids`, reporting a row that has too many or too few. */
function putRow(report: Report, ids: readonly CellId[], found: FoundRow, rowLabel: string, diagnostics: Diagnostic[]): void {
  const fitted = fitValues(found.valueCells, ids.length);
  ids.forEach((id, i) => putCell(report, id, fitted.cells[i] ?? null, found.row.location, diagnostics));
  if (fitted.found !== ids.length) {
    const [zh, en] = TABLE_NAMES(getCellDefinition(ids[0]!).table);
    diagnostics.push({
      code: 'table/row-shape',
      severity: 'warning',
      message: `${zh}“${rowLabel}”行有 ${fitted.found} 个数值单元格，应为 ${ids.length} 个；${fitted.found < ids.length ? '缺少的按空白读取' : '多出的已忽略'}`,
      messageEn: `${en} row “${rowLabel}” has ${fitted.found} value cells, expected ${ids.length}; ${fitted.found < ids.length ? 'the missing ones are read as blank' : 'the extra ones are ignored'}`,
      cellIds: [...ids],
      location: found.row.location,
      expected: ids.length,
      actual: fitted.found,
    });
  }
}

function missingRow(table: TableNumber, label: string, ids: readonly CellId[], location: SourceLocation | null): Diagnostic {
  const [zh, en] = TABLE_NAMES(table);
  return {
    code: 'table/row-missing',
    severity: 'error',
    message: `${zh}未找到“${label}”行，该行单元格按空白读取`,
    messageEn: `${en}: row “${label}” was not found; its cells are read as blank`,
    cellIds: [...ids],
    ...(location ? { location } : {}),
  };
}

/** What a table reader reports back. */
export interface TableReading {
  /** Whether any row of the table was recognised. */
  readonly found: boolean;
  readonly location: SourceLocation | null;
}

function keysOf(definition: { label: string; aliases: readonly string[] }): TemplateRowKeys {
  return { keys: [definition.label, ...definition.aliases].map((label) => labelKey(label)) };
}

// Cell ids per row, built once: ids built per report cost more than the reading itself.
const TABLE2_IDS: ReadonlyMap<string, CellId[]> = new Map(TABLE2_ROWS.map((row) => [row.id, row.columns.map((column) => `t2.${row.id}.${column}` as CellId)]));
const TABLE3_IDS: ReadonlyMap<string, CellId[]> = new Map(TABLE3_ROWS.map((row) => [row.id, TABLE3_COLUMNS.map((column) => table3CellId(row.id, column.id))]));
const TABLE2_TEMPLATE = TABLE2_ROWS.map(keysOf);
const TABLE2_GROUPS = [...new Set(TABLE2_ROWS.map((row) => labelKey(row.clause))), labelKey(TABLE_HEADERS.table2Content)];
const TABLE3_TEMPLATE = TABLE3_ROWS.map(keysOf);
const TABLE3_GROUPS = Object.values(TABLE3_ROW_GROUPS).flatMap((group) => [group.label, ...group.aliases].map((l) => labelKey(l)));
const TABLE2_SCORER = createRowScorer(TABLE2_TEMPLATE, TABLE2_GROUPS);
const TABLE3_SCORER = createRowScorer(TABLE3_TEMPLATE, TABLE3_GROUPS);
const TABLE4_TEMPLATE = TABLE4_BLOCKS.map(keysOf);
const TABLE4_GROUPS = [labelKey(TABLE_HEADERS.table4Litigation)];

/**
 * Joins a label broken over two rows (`2.其他法律行政法规禁止公` / `开 0 0 …`): a row without values
 * and the next row, whose label alone matches nothing, when together they match a template row.
 */
function joinBrokenLabels(found: readonly FoundRow[], scorer: RowScorer): FoundRow[] {
  const joined: FoundRow[] = [];
  for (let i = 0; i < found.length; i++) {
    const row = found[i]!;
    const next = found[i + 1];
    if (
      next &&
      !row.hasValues &&
      row.key.length > 0 &&
      next.hasValues &&
      next.key.length > 0 &&
      scorer.best(next.key, true) < MATCH_THRESHOLD &&
      scorer.best(row.key + next.key, false) >= 0.9
    ) {
      joined.push({ ...next, key: row.key + next.key });
      i++;
    } else joined.push(row);
  }
  return joined;
}

/**
 * Text where a number belongs (`行政许可 | 见附件`) first reads as more label. A row without values
 * whose label matches nothing, but whose label minus its last text cells does, gets those cells back
 * as values.
 */
function splitTextValues(found: readonly FoundRow[], scorer: RowScorer, traditional: boolean): FoundRow[] {
  return found.map((row) => {
    if (row.hasValues || row.labelCells.length < 2 || scorer.best(row.key, false) >= 0.9) return row;
    for (let keep = row.labelCells.length - 1; keep >= Math.max(1, row.labelCells.length - 3); keep--) {
      const key = labelKey(row.labelCells.slice(0, keep).map((c) => c.text).join(''), traditional);
      if (scorer.best(key, false) >= 0.9) {
        const moved = row.labelCells.slice(keep);
        const firstMoved = row.row.cells.indexOf(moved[0]!);
        return { ...row, key, labelCells: row.labelCells.slice(0, keep), valueCells: row.row.cells.slice(firstMoved), hasValues: true };
      }
    }
    return row;
  });
}

/** Reads labelled rows (tables 2 and 3) by aligning them with the template's rows. */
function readLabelledRows<Row extends { id: string; label: string }>(
  report: Report,
  table: TableNumber,
  found: readonly FoundRow[],
  templateRows: readonly Row[],
  template: readonly TemplateRowKeys[],
  groups: readonly string[],
  scorer: RowScorer,
  cellIdsOf: (row: Row) => CellId[],
  diagnostics: Diagnostic[],
  traditional: boolean,
): TableReading {
  found = splitTextValues(joinBrokenLabels(found, scorer), scorer, traditional);
  const matches = alignRows(found, template, scorer);
  const firstMatch = matches.find((m) => m !== null);
  if (!firstMatch) return { found: false, location: null };
  const location = found[firstMatch.found]!.row.location;
  templateRows.forEach((row, j) => {
    const match = matches[j];
    const ids = cellIdsOf(row);
    if (match) putRow(report, ids, found[match.found]!, row.label, diagnostics);
    else {
      for (const id of ids) setCell(report, id, { value: null, raw: null, location: null });
      diagnostics.push(missingRow(table, row.label, ids, location));
    }
  });
  return { found: true, location };
}

/** Table 2 (主动公开政府信息情况). */
export function readTable2(report: Report, found: readonly FoundRow[], diagnostics: Diagnostic[], traditional = false): TableReading {
  return readLabelledRows(
    report,
    2,
    found,
    TABLE2_ROWS,
    TABLE2_TEMPLATE,
    TABLE2_GROUPS,
    TABLE2_SCORER,
    (row) => TABLE2_IDS.get(row.id)!,
    diagnostics,
    traditional,
  );
}

/** Table 3 (收到和处理政府信息公开申请情况). */
export function readTable3(report: Report, found: readonly FoundRow[], diagnostics: Diagnostic[], traditional = false): TableReading {
  return readLabelledRows(
    report,
    3,
    found,
    TABLE3_ROWS,
    TABLE3_TEMPLATE,
    TABLE3_GROUPS,
    TABLE3_SCORER,
    (row) => TABLE3_IDS.get(row.id)!,
    diagnostics,
    traditional,
  );
}

const TABLE4_WIDTH = TABLE4_BLOCKS.length * TABLE4_COLUMNS.length;
const TABLE4_IDS: readonly (readonly CellId[])[] = TABLE4_BLOCKS.map((block) => TABLE4_COLUMNS.map((c) => table4CellId(block.id, c.id)));
const blockIds = (block: (typeof TABLE4_BLOCKS)[number]) => TABLE4_IDS[TABLE4_BLOCKS.indexOf(block)]!;

/**
 * Table 4 (行政复议、行政诉讼). The official layout has three header rows and one row of 15 values;
 * some reports give each block a labelled row of five instead.
 */
export function readTable4(report: Report, found: readonly FoundRow[], diagnostics: Diagnostic[]): TableReading {
  const labelled = TABLE4_BLOCKS.map((_, j) => {
    let best: FoundRow | null = null;
    for (const row of found) {
      if (row.hasValues && labelScore(row.key, TABLE4_TEMPLATE[j]!, TABLE4_GROUPS) >= 0.9) {
        best = row;
        break;
      }
    }
    return best;
  });
  if (labelled.every((row) => row !== null)) {
    TABLE4_BLOCKS.forEach((block, j) => putRow(report, blockIds(block), labelled[j]!, block.label, diagnostics));
    return { found: true, location: labelled[0]!.row.location };
  }
  const valueRows = found.filter((row) => row.key === '' && row.hasValues);
  if (valueRows.length === 0) return { found: false, location: null };
  const wide = valueRows.find((row) => row.valueCells.filter((c) => c.text !== '').length >= TABLE4_WIDTH - 2);
  const rows = wide ? [wide] : valueRows;
  const merged: FoundRow = {
    row: rows[0]!.row,
    key: '',
    labelCells: [],
    hasValues: true,
    valueCells: rows.flatMap((row) => withoutTrailingBlanks(row.valueCells)),
  };
  putRow(report, TABLE4_BLOCKS.flatMap(blockIds), merged, '行政复议、行政诉讼', diagnostics);
  return { found: true, location: merged.row.location };
}

// Wording only the 2019 trial format's table 2 and table 3 use (国办公开办函〔2019〕60号).
const TRIAL_2019_MARKERS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '其他对外管理服务事项', '政府集中采购', '采购项目数量', '采购总金额'].map(
  (label) => labelKey(label),
);

const OTHER_PROCESSING_KEY = labelKey(TABLE3_ROW_GROUPS.other.label);

/**
 * Whether table 3 shows the 2019 trial format: （六）其他处理 as one row with values of its own, where
 * the 2021 template splits it into three items.
 */
export function showsTrial2019Table3(found: readonly FoundRow[]): boolean {
  return found.some((row) => row.hasValues && row.key === OTHER_PROCESSING_KEY);
}

/** Whether rows show the 2019 trial format's table 2. */
export function showsTrial2019Layout(rows: readonly TableRow[], traditional: boolean): boolean {
  return rows.some((row) =>
    row.cells.some((cell) => {
      if (cell.text.length < 4 || readCellValue(cell.text).kind !== 'text') return false;
      const key = labelKey(cell.text, traditional);
      return TRIAL_2019_MARKERS.some((marker) => key.includes(marker));
    }),
  );
}
