import { PARTS, TABLE3_ROW_GROUPS, getCellDefinition, tableName, type CellId, type TableNumber } from '@nianbao/core';

export { tableName };

/**
 * Names of cells for people, composed from the template's labels in core: the table, the row with
 * the group that tells apart rows numbered alike (（三）不予公开 1.属于国家秘密 vs （四）无法提供
 * 1.本机关不掌握相关政府信息), and the column with its group (法人或其他组织·商业企业).
 */

/** The part a table belongs to (table 2 → part 二). */
export function partOfTable(table: TableNumber) {
  const part = PARTS.find((p) => p.table === table);
  if (!part) throw new TypeError(`No part holds table ${table}`);
  return part;
}

// Table 2 rows carry their clause of 条例第二十条 as group, and table 3's outer group
// (三、本年度办理结果) covers every outcome: neither tells rows apart, so names leave them out.
const ROW_GROUP_SHOWN: Record<TableNumber, (group: string) => boolean> = {
  2: () => false,
  3: (group) => group !== TABLE3_ROW_GROUPS.outcomes.label,
  4: () => true,
};

/** The row of a cell as people name it: `（三）不予公开 1.属于国家秘密`, `行政诉讼 未经复议直接起诉`. */
export function rowName(id: CellId): string {
  const cell = getCellDefinition(id);
  return cell.rowGroup !== null && ROW_GROUP_SHOWN[cell.table](cell.rowGroup) ? `${cell.rowGroup} ${cell.rowLabel}` : cell.rowLabel;
}

/** The column of a cell as people name it: `法人或其他组织·商业企业`, `自然人`, `本年制发件数`. */
export function columnName(id: CellId): string {
  const cell = getCellDefinition(id);
  return cell.columnGroup !== null ? `${cell.columnGroup}·${cell.columnLabel}` : cell.columnLabel;
}

/** A cell's full name: `表三 （三）不予公开 1.属于国家秘密 · 自然人`. */
export function cellName(id: CellId): string {
  return `${tableName(getCellDefinition(id).table)} ${rowName(id)} · ${columnName(id)}`;
}
