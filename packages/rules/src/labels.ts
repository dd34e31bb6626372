/**
 * How messages name cells and tables, derived from the template's labels in `@nianbao/core` so
 * no label is typed twice.
 *
 * @module
 */
import { PARTS, getCellDefinition, partHeading, tableName, type CellId, type PartId } from '@nianbao/core';

// Table names and part headings are core's, so every package says them alike.
export { tableName, partHeading as partName };

/** The part's English name, e.g. `part 5 (Main problems and improvements)`. */
export function partNameEn(id: PartId): string {
  const part = PARTS.find((p) => p.id === id);
  return part ? `part ${part.number} (${part.labelEn})` : id;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;
const TRAILING_NOTE = /（[^（）]*）$/;

/** A label without its numbering and trailing note: `（二）部分公开（区分处理的…）` → `部分公开`. */
export function shortLabel(label: string): string {
  return label.replace(NUMBERING, '').replace(TRAILING_NOTE, '');
}

/** A row label with its group where the label alone is ambiguous: numbered sub-rows (`3.其他`) and table-4 litigation blocks. */
function rowWithGroup(id: CellId): string {
  const cell = getCellDefinition(id);
  const withGroup = cell.table !== 2 && cell.rowGroup !== null && (cell.table === 4 || /^\d/.test(cell.rowLabel));
  return withGroup ? `${cell.rowGroup} / ${cell.rowLabel}` : cell.rowLabel;
}

/**
 * A cell as a reviewer names it, e.g. `表三“一、本年新收政府信息公开申请数量 · 总计”`,
 * `表三“（三）不予公开 / 4.保护第三方合法权益 · 自然人”`, `表四“行政诉讼 / 复议后起诉 · 总计”`.
 */
export function cellName(id: CellId): string {
  const cell = getCellDefinition(id);
  return `${tableName(cell.table)}“${rowWithGroup(id)} · ${cell.columnLabel}”`;
}

/** A row of a table as a reviewer names it, without the column, e.g. `表二“行政强制”`. */
export function rowName(id: CellId): string {
  return `${tableName(getCellDefinition(id).table)}“${rowWithGroup(id)}”`;
}

/** The Chinese numeral for 1–10 (`（一）`-style numbering), else the digits. */
export function chineseNumeral(n: number): string {
  return '一二三四五六七八九十'[n - 1] ?? String(n);
}
