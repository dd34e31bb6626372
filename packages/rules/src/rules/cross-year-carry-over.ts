import { TABLE3_COLUMNS, table3CellId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { isPreviousYear, reportYear } from '../prose.js';

/** 上年结转 this year = 结转下年度继续办理 last year, column by column. */
export const crossYearCarryOver = defineRule({
  meta: {
    id: 'cross-year/carry-over',
    category: 'cross-year',
    defaultSeverity: 'error',
    docs: {
      description:
        '给出上一年度年报时：表三每一列“二、上年结转政府信息公开申请数量”应等于上一年度“四、结转下年度继续办理”。两份报告年份不相邻时不比对。',
      descriptionEn:
        'With last year’s report: in every column of table 3, “carried over from last year” equals last year’s “carried forward to next year”. Reports whose years are not consecutive are not compared.',
      rationale: '表三第二项“上年结转”即上一年度表三第四项“结转下年度继续办理”的申请，两年数据应当衔接。',
      rationaleEn: 'Table 3’s “carried over” are exactly the applications last year’s table 3 carried forward; the two years must connect.',
    },
  },
  check(context) {
    const { current, previous, previousValues, values } = context;
    if (!previous || !previousValues || !isPreviousYear(current, previous)) return;
    const lastYear = reportYear(previous);
    const last = lastYear === null ? '上一年度' : `${lastYear}年度`;
    for (const column of TABLE3_COLUMNS) {
      const over = table3CellId('carriedOver', column.id);
      const forward = table3CellId('carriedForward', column.id);
      const now = values[over];
      const before = previousValues[forward];
      if (now === null || before === null || now === before) continue;
      context.report({
        message: `表三“${column.label}”列：上年结转 ${now} 应等于${last}年报的“结转下年度继续办理” ${before}`,
        messageEn: `Table 3, column “${column.label}”: carried over ${now} should equal the ${lastYear ?? 'previous'} report’s carried forward ${before}`,
        cellIds: [over],
        expected: before,
        actual: now,
      });
    }
  },
});
