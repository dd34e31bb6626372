import { CELLS } from '../cell-id.js';
import { IDENTITIES } from '../identities.js';
import { PARTS } from '../template-2021.js';

/**
 * docs/data-model.md, written from the template's data so that the table every user looks up
 * cell ids in can never drift from the code. Regenerate with `pnpm generate`.
 */
export function renderDataModelDoc(): string {
  const lines: string[] = [
    '# Data model / 数据模型',
    '',
    '<!-- Generated from @nianbao/core by `pnpm generate`; do not edit by hand. -->',
    '',
    'A parsed report (`Report` in `@nianbao/core`, JSON Schema in',
    '[`packages/core/schema/report.schema.json`](../packages/core/schema/report.schema.json)) holds:',
    '',
    '- `templateVersion`: `2021`, `2019-trial` or `unknown`;',
    '- `metadata`: `title`, `agency`, `year`, `period` (`start`, `end`, `text`), `publishedOn`, `contact`;',
    '- `parts`: the six parts by id, each `{ heading, text, location }` (`heading` is null when not found);',
    '- `tables.t2`, `tables.t3`, `tables.t4`: `{ found, location, cells }`, each cell',
    '  `{ value, raw, location }` — `value` is a number or `null` (blank or unreadable, never silently 0),',
    '  `raw` the text as found.',
    '',
    '## Parts / 六个部分',
    '',
    '| id | 编号 | heading 标题 | kind |',
    '|---|---|---|---|',
    ...PARTS.map((p) => `| \`${p.id}\` | ${p.numeral} | ${p.label} | ${p.kind === 'table' ? `table ${p.table}` : 'prose'} |`),
    '',
    `## Cell ids / 单元格编号 (${CELLS.length})`,
    '',
  ];
  for (const table of [2, 3, 4] as const) {
    const cells = CELLS.filter((c) => c.table === table);
    lines.push(`### Table ${table} / 表${'二三四'[table - 2]} (${cells.length})`, '', '| id | row 行 | column 列 |', '|---|---|---|');
    for (const cell of cells) {
      const row = cell.rowGroup ? `${cell.rowGroup} ${cell.rowLabel}` : cell.rowLabel;
      const column = cell.columnGroup ? `${cell.columnGroup} · ${cell.columnLabel}` : cell.columnLabel;
      lines.push(`| \`${cell.id}\` | ${row} | ${column}${cell.integer ? '' : '（可为小数 / may be a decimal）'} |`);
    }
    lines.push('');
  }
  lines.push(`## Identities / 勾稽关系 (${IDENTITIES.length})`, '', '| id | 说明 | meaning |', '|---|---|---|');
  for (const identity of IDENTITIES) lines.push(`| \`${identity.id}\` | ${identity.description} | ${identity.descriptionEn} |`);
  lines.push('');
  return lines.join('\n');
}
