import { CELLS, getCell } from '@nianbao/core';
import { isPlaceholder } from '../cell-text.js';
import { defineRule } from '../define-rule.js';
import { cellName } from '../labels.js';
import { parseProseNumber } from '../prose-numbers.js';

/**
 * A number that cannot be right: negative, a fraction where a count belongs, or text where a
 * number belongs. Placeholders (`/`, `—`, `无`) are left to cell/blank.
 */
export const cellInvalidNumber = defineRule({
  meta: {
    id: 'cell/invalid-number',
    category: 'cells',
    defaultSeverity: 'error',
    docs: {
      description: '单元格数字不合规：负数；件数为小数（只有“行政事业性收费”金额以万元计，可有小数）；应填数字处填了文字。',
      descriptionEn:
        'Impossible cell values: negative numbers, fractions where a count belongs (only the fee amount in 10,000 yuan may have decimals), text where a number belongs.',
      rationale: '表格各项为件数或金额，只能是非负数；件数为整数，只有“本年收费金额（单位：万元）”可有小数。',
      rationaleEn:
        'Every cell is a count or an amount and cannot be negative; counts are whole numbers, only the fee amount (in 10,000 yuan) may be a decimal.',
    },
  },
  check(context) {
    const { current, values } = context;
    for (const cell of CELLS) {
      const value = values[cell.id];
      // The common case first, without touching raw text or labels: a whole non-negative number.
      if (value !== null && value >= 0 && (Number.isInteger(value) || (!cell.integer && Number.isFinite(value)))) continue;
      const raw = getCell(current, cell.id).raw;
      const name = cellName(cell.id);
      if (value === null) {
        if (isPlaceholder(raw)) continue;
        const text = (raw ?? '').trim();
        const read = parseProseNumber(text);
        context.report({
          message:
            read === null
              ? `${name}填写了文字“${text}”，此处应填数字`
              : `${name}填写为“${text}”，应写作阿拉伯数字 ${read}`,
          messageEn:
            read === null
              ? `${cell.id} holds the text “${text}” where a number belongs`
              : `${cell.id} is written “${text}”; write it as the digits ${read}`,
          cellIds: [cell.id],
          ...(read === null ? {} : { expected: read }),
          actual: text,
        });
      } else if (!Number.isFinite(value)) {
        context.report({
          message: `${name}不是有效数字（${raw ?? value}）`,
          messageEn: `${cell.id} is not a valid number (${raw ?? value})`,
          cellIds: [cell.id],
          actual: raw ?? String(value),
        });
      } else if (value < 0) {
        context.report({
          message: `${name}为负数 ${value}；件数和金额都不能为负`,
          messageEn: `${cell.id} is negative (${value}); counts and amounts cannot be negative`,
          cellIds: [cell.id],
          actual: value,
        });
      } else if (cell.integer && !Number.isInteger(value)) {
        context.report({
          message: `${name}为小数 ${value}；件数应为整数（只有“行政事业性收费”金额以万元计，可有小数）`,
          messageEn: `${cell.id} is a fraction (${value}); counts are whole numbers (only the fee amount in 10,000 yuan may have decimals)`,
          cellIds: [cell.id],
          actual: value,
        });
      }
    }
  },
});
