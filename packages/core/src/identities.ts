import { table3CellId, table4CellId, type CellId } from './cell-id.js';
import {
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  type Table3ColumnId,
  type Table3RowId,
} from './template-2021.js';

/** The four families of arithmetic identities the template's tables must satisfy. */
export type IdentityKind = 't3-balance' | 't3-processed' | 't3-row-total' | 't4-block-total';

/** One identity: the sum of the `left` cells must equal the sum of the `right` cells. */
export interface Identity {
  /** Stable id, `<kind>:<row or column or block>`, e.g. `t3-balance:naturalPerson`. */
  readonly id: string;
  readonly kind: IdentityKind;
  readonly left: readonly CellId[];
  readonly right: readonly CellId[];
  /** What it says, in Chinese, as a reviewer would put it. */
  readonly description: string;
  readonly descriptionEn: string;
}

const applicantColumns = TABLE3_COLUMNS.filter((c) => c.id !== 'total');
const outcomeRows = TABLE3_ROWS.filter((r) => r.outcome);

function defineIdentities(): Identity[] {
  const identities: Identity[] = [];
  // 表三注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。
  for (const column of TABLE3_COLUMNS) {
    const cell = (row: Table3RowId) => table3CellId(row, column.id);
    identities.push({
      id: `t3-balance:${column.id}`,
      kind: 't3-balance',
      left: [cell('newReceived'), cell('carriedOver')],
      right: [cell('totalProcessed'), cell('carriedForward')],
      description: `表三“${column.label}”列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理`,
      descriptionEn: `Table 3, column “${column.label}”: new + carried over = total processed + carried forward`,
    });
  }
  for (const column of TABLE3_COLUMNS) {
    identities.push({
      id: `t3-processed:${column.id}`,
      kind: 't3-processed',
      left: [table3CellId('totalProcessed', column.id)],
      right: outcomeRows.map((row) => table3CellId(row.id, column.id)),
      description: `表三“${column.label}”列：（七）总计 = 各项办理结果之和`,
      descriptionEn: `Table 3, column “${column.label}”: total processed = sum of the 21 outcome rows`,
    });
  }
  for (const row of TABLE3_ROWS) {
    identities.push({
      id: `t3-row-total:${row.id}`,
      kind: 't3-row-total',
      left: [table3CellId(row.id, 'total')],
      right: applicantColumns.map((column) => table3CellId(row.id, column.id as Table3ColumnId)),
      description: `表三“${row.label}”行：总计 = 六类申请人之和`,
      descriptionEn: `Table 3, row “${row.label}”: total = sum of the six applicant columns`,
    });
  }
  for (const block of TABLE4_BLOCKS) {
    identities.push({
      id: `t4-block-total:${block.id}`,
      kind: 't4-block-total',
      left: [table4CellId(block.id, 'total')],
      right: TABLE4_COLUMNS.filter((c) => c.id !== 'total').map((c) => table4CellId(block.id, c.id)),
      description: `表四“${block.label}”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
      descriptionEn: `Table 4, “${block.label}”: total = upheld + corrected + other + pending`,
    });
  }
  return identities;
}

/** Every identity of the template's tables (7 balance, 7 processed, 25 row totals, 3 block totals). */
export const IDENTITIES: readonly Identity[] = Object.freeze(defineIdentities());

/** How an identity came out on one report. */
export interface IdentityResult {
  readonly identity: Identity;
  /** `incomplete` when a cell it needs is blank: nothing can be said about the sums. */
  readonly status: 'holds' | 'fails' | 'incomplete';
  /** Sum of the left cells (null when one of them is blank). */
  readonly left: number | null;
  /** Sum of the right cells (null when one of them is blank). */
  readonly right: number | null;
  /** The blank cells that made it incomplete. */
  readonly blank: readonly CellId[];
}

function sum(ids: readonly CellId[], values: Readonly<Partial<Record<CellId, number | null>>>, blank: CellId[]): number | null {
  let total = 0;
  let complete = true;
  for (const id of ids) {
    const value = values[id];
    if (value === null || value === undefined) {
      blank.push(id);
      complete = false;
    } else total += value;
  }
  return complete ? total : null;
}

/** Evaluates one identity on a report's cell values (see `flattenCells`). */
export function evaluateIdentity(
  identity: Identity,
  values: Readonly<Partial<Record<CellId, number | null>>>,
): IdentityResult {
  const blank: CellId[] = [];
  const left = sum(identity.left, values, blank);
  const right = sum(identity.right, values, blank);
  const status = left === null || right === null ? 'incomplete' : left === right ? 'holds' : 'fails';
  return { identity, status, left, right, blank };
}

/** Evaluates every identity (or those of one kind) on a report's cell values. */
export function evaluateIdentities(
  values: Readonly<Partial<Record<CellId, number | null>>>,
  kind?: IdentityKind,
): IdentityResult[] {
  return IDENTITIES.filter((identity) => kind === undefined || identity.kind === kind).map((identity) =>
    evaluateIdentity(identity, values),
  );
}
