import { TABLE2_ROWS, type CellId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { isPreviousYear, reportYear } from '../prose.js';

/** The rows of table 2 with 本年制发 / 本年废止 / 现行有效. */
const STOCK_ROWS = TABLE2_ROWS.filter((row) => (row.columns as readonly string[]).includes('inForce'));
/**
 * Documents also lapse when their validity period ends (行政规范性文件 usually run five years) without
 * being repealed, so the stock does not add up exactly: allow a tenth of the expected count, at least 1.
 */
const TOLERANCE_SHARE = 0.1;
const TOLERANCE_MIN = 1;

/** 现行有效 this year ≈ last year's 现行有效 + 本年制发 − 本年废止. */
export const crossYearInForce = defineRule({
  meta: {
    id: 'cross-year/in-force',
    category: 'cross-year',
    defaultSeverity: 'warning',
    docs: {
      description:
        '给出上一年度年报时：表二“规章”“行政规范性文件”的现行有效件数应约等于上年现行有效 + 本年制发 − 本年废止（允许相差十分之一、至少 1 件，因文件也会到期失效）。',
      descriptionEn:
        'With last year’s report: in table 2, rules and normative documents in force ≈ last year’s in force + issued − repealed (within a tenth, at least 1, since documents also lapse).',
      rationale: '表二第二十条第（一）项按“本年制发件数、本年废止件数、现行有效件数”统计存量与增减，三者与上年现行有效件数应能衔接。',
      rationaleEn: 'Table 2 reports the stock (in force) and its changes (issued, repealed); they must connect with last year’s stock.',
    },
  },
  check(context) {
    const { current, previous, previousValues, values } = context;
    if (!previous || !previousValues || !isPreviousYear(current, previous)) return;
    const lastYear = reportYear(previous);
    for (const row of STOCK_ROWS) {
      const id = (column: string) => `t2.${row.id}.${column}` as CellId;
      const inForce = values[id('inForce')];
      const issued = values[id('issued')];
      const repealed = values[id('repealed')];
      const before = previousValues[id('inForce')];
      if (inForce === null || issued === null || repealed === null || before === null) continue;
      const expected = before + issued - repealed;
      if (Math.abs(inForce - expected) <= Math.max(TOLERANCE_MIN, Math.abs(expected) * TOLERANCE_SHARE)) continue;
      context.report({
        message: `表二“${row.label}”：现行有效 ${inForce} 件，而上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}；请核实是否有文件到期失效或统计口径变化，并在报告中说明`,
        messageEn: `Table 2, ${row.id}: ${inForce} in force, but the ${lastYear ?? 'previous'} report’s ${before} + ${issued} issued − ${repealed} repealed = ${expected}`,
        cellIds: [id('inForce'), id('issued'), id('repealed')],
        expected,
        actual: inForce,
      });
    }
  },
});
