import { CELLS, PARTS, cellIdsOfTable, getCell, type CellDefinition, type CellId, type TableNumber } from '@nianbao/core';
import { isPlaceholder } from '../cell-text.js';
import { defineRule } from '../define-rule.js';
import { rowName, tableName } from '../labels.js';

const TABLES: readonly TableNumber[] = [2, 3, 4];
const TABLE_KEY = { 2: 't2', 3: 't3', 4: 't4' } as const;
const PART_OF_TABLE = new Map(PARTS.filter((p) => p.table !== undefined).map((p) => [p.table as TableNumber, p]));
const CELLS_OF_TABLE = new Map(TABLES.map((t) => [t, CELLS.filter((c) => c.table === t)]));
const IDS_OF_TABLE = new Map(TABLES.map((t) => [t, cellIdsOfTable(t)]));

function shown(raw: string | null): string {
  return raw === null || raw.trim() === '' ? '空白' : `“${raw.trim()}”`;
}

/**
 * A template cell without a number. Blank cells cannot be told from 0 and leave the identities
 * unchecked, which is why the identity rules stay silent on them and this rule speaks instead.
 * One finding per row (not per cell), and one per table when the whole table is missing or empty.
 */
export const cellBlank = defineRule({
  meta: {
    id: 'cell/blank',
    category: 'cells',
    defaultSeverity: 'warning',
    docs: {
      description: '表格中没有数字的单元格，包括以“/”“—”“-”“无”等符号代替的；整张表缺失时每张表只报一次。',
      descriptionEn:
        'Table cells without a number, placeholders such as “/”, “—”, “-” or “无” included; a missing table is reported once.',
      rationale: '年报格式要求表格“数据准确、要素齐备”；空白或符号无法与 0 区分，勾稽关系也无从核对，没有发生的事项应填 0。',
      rationaleEn:
        'The template asks for tables that are “accurate and complete”; a blank or a symbol cannot be told from 0 and leaves the identities unchecked. Write 0 where nothing happened.',
    },
  },
  check(context) {
    const { current } = context;
    for (const table of TABLES) {
      const found = current.tables[TABLE_KEY[table]].found;
      const part = PART_OF_TABLE.get(table);
      const ids = IDS_OF_TABLE.get(table) ?? [];
      const name = `${tableName(table)}（${part?.label ?? ''}）`;
      const nameEn = `Table ${table}${part ? ` (${part.labelEn})` : ''}`;
      if (!found) {
        context.report({
          message: `未找到${name}；年报格式要求该表完整列出，没有数据的单元格填 0`,
          messageEn: `${nameEn} was not found; the template requires the whole table, with 0 where nothing happened`,
          cellIds: ids,
        });
        continue;
      }
      const blank: CellDefinition[] = [];
      for (const cell of CELLS_OF_TABLE.get(table) ?? []) {
        if (context.values[cell.id] === null && isPlaceholder(getCell(current, cell.id).raw)) blank.push(cell);
      }
      if (blank.length === ids.length) {
        context.report({
          message: `${name}已找到，但未读到任何数字；请逐格填写，没有发生的事项填 0`,
          messageEn: `${nameEn} was found but no number could be read from it; fill in every cell, 0 where nothing happened`,
          cellIds: ids,
        });
        continue;
      }
      const rows = new Map<string, CellDefinition[]>();
      for (const cell of blank) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
      for (const cells of rows.values()) {
        const first = cells[0] as CellDefinition;
        const raws = [...new Set(cells.map((cell) => shown(getCell(current, cell.id).raw)))];
        const columns = cells.map((cell) => `“${cell.columnLabel}”`).join('');
        const ids: CellId[] = cells.map((cell) => cell.id);
        context.report({
          message: `${rowName(first.id)}${columns}为${raws.join('或')}；没有数字的单元格无法与 0 区分，没有发生的事项应填 0`,
          messageEn: `${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} blank (${raws.join(', ')}); write 0 where nothing happened, so a blank cannot be mistaken for it`,
          cellIds: ids,
          ...(cells.length === 1 ? { actual: getCell(current, first.id).raw } : {}),
        });
      }
    }
  },
});
