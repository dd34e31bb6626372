import {
  CELLS,
  TABLE3_COLUMNS,
  getCellValue,
  table3CellId,
  type CellId,
  type Report,
  type Table3ColumnId,
  type TableNumber,
} from '@nianbao/core';
import { columnName, rowName } from './cell-names.js';

/**
 * Two years of one agency's reports side by side: the cells that changed or were non-zero, and the
 * carry-over between them (this year's 上年结转 is last year's 结转下年度继续办理, column by column).
 */

/**
 * Which cells a comparison shows. `totals` (the default): every cell of table 2, the 总计 column of
 * every table-3 row, and the 总计 of each table-4 block, the figures people compare year to year.
 * `all`: every cell of the three tables.
 */
export type ComparisonDetail = 'totals' | 'all';

/** Options of {@link compareReports}. */
export interface CompareOptions {
  /** Default `totals`. */
  readonly detail?: ComparisonDetail;
}

/** One cell in both years. */
export interface ComparisonRow {
  readonly cellId: CellId;
  readonly table: TableNumber;
  /** Row and column as people name them: `规章 · 本年制发件数`; for totals of tables 3 and 4 the row alone. */
  readonly label: string;
  readonly older: number | null;
  readonly newer: number | null;
  /** `newer − older`, null when either is blank. */
  readonly change: number | null;
  /** `change / older`, null when either is blank or older is 0. */
  readonly changeRatio: number | null;
}

/**
 * How one applicant column carries over: `match` and `mismatch` compare the two numbers, `blank`
 * when either is blank, `skipped` when the reports are not of consecutive years.
 */
export type CarryOverStatus = 'match' | 'mismatch' | 'blank' | 'skipped';

/** One table-3 column's carry-over from the older report to the newer. */
export interface CarryOverCheck {
  readonly column: Table3ColumnId;
  /** The column as people name it: `自然人`, `法人或其他组织·商业企业`, `总计`. */
  readonly label: string;
  /** The older report's 四、结转下年度继续办理. */
  readonly carriedForward: number | null;
  /** The newer report's 二、上年结转政府信息公开申请数量. */
  readonly carriedOver: number | null;
  readonly status: CarryOverStatus;
}

/** Who and which year a compared report is. */
export interface ComparedReport {
  readonly agency: string | null;
  readonly year: number | null;
}

/** Two reports compared. */
export interface Comparison {
  readonly older: ComparedReport;
  readonly newer: ComparedReport;
  readonly detail: ComparisonDetail;
  /** Whether the newer report's year follows the older's; null when a year is unknown. */
  readonly consecutive: boolean | null;
  /** Cells non-zero in either year, in template order. */
  readonly rows: readonly ComparisonRow[];
  /** The seven table-3 columns' carry-over, in template order. */
  readonly carryOver: readonly CarryOverCheck[];
}

// Differences of decimals (fees in 万元) come out as 0.30000000000000004; reports give a few places.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function inScope(table: TableNumber, column: string, detail: ComparisonDetail): boolean {
  return detail === 'all' || table === 2 || column === 'total';
}

/** Compares an agency's report with its report of an earlier year. */
export function compareReports(older: Report, newer: Report, options: CompareOptions = {}): Comparison {
  const detail = options.detail ?? 'totals';
  if (detail !== 'totals' && detail !== 'all') throw new TypeError(`Unknown comparison detail ${JSON.stringify(detail)}; expected totals or all`);
  const rows: ComparisonRow[] = [];
  for (const cell of CELLS) {
    if (!inScope(cell.table, cell.column, detail)) continue;
    const before = getCellValue(older, cell.id);
    const after = getCellValue(newer, cell.id);
    if ((before ?? 0) === 0 && (after ?? 0) === 0) continue;
    const change = before === null || after === null ? null : round(after - before);
    rows.push({
      cellId: cell.id,
      table: cell.table,
      label: cell.table !== 2 && detail === 'totals' ? rowName(cell.id) : `${rowName(cell.id)} · ${columnName(cell.id)}`,
      older: before,
      newer: after,
      change,
      changeRatio: change === null || before === null || before === 0 ? null : change / before,
    });
  }

  const olderYear = older.metadata.year;
  const newerYear = newer.metadata.year;
  const consecutive = olderYear === null || newerYear === null ? null : newerYear === olderYear + 1;
  const carryOver = TABLE3_COLUMNS.map((column): CarryOverCheck => {
    const carriedForward = getCellValue(older, table3CellId('carriedForward', column.id));
    const carriedOver = getCellValue(newer, table3CellId('carriedOver', column.id));
    const status: CarryOverStatus =
      consecutive === false ? 'skipped' : carriedForward === null || carriedOver === null ? 'blank' : carriedForward === carriedOver ? 'match' : 'mismatch';
    return { column: column.id, label: columnName(table3CellId('carriedOver', column.id)), carriedForward, carriedOver, status };
  });

  return {
    older: { agency: older.metadata.agency, year: olderYear },
    newer: { agency: newer.metadata.agency, year: newerYear },
    detail,
    consecutive,
    rows,
    carryOver,
  };
}
