import { defineRule } from '../define-rule.js';
import { reportYear } from '../prose.js';

/** The 2021 format applies from the 2021 annual report on (published early 2022). */
const FIRST_YEAR_OF_2021_FORMAT = 2021;

/** A 2021-or-later report laid out in the 2019 trial format (国办公开办函〔2019〕60号). */
export const templateOutdated = defineRule({
  meta: {
    id: 'template/outdated',
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      description:
        '2021 年度及以后的年报仍使用 2019 年试行格式（表二“本年新制作数量/本年新公开数量/对外公开总数量”、政府集中采购，表三“其他处理”不分项等）。年份不明时为警告。',
      descriptionEn:
        'A report for 2021 or later still laid out in the 2019 trial format (old table 2 columns, 政府集中采购, a single 其他处理 row in table 3). Warning when the year is unknown.',
      rationale:
        '国办公开办函〔2021〕30号印发新的年度报告格式，取代国办公开办函〔2019〕60号试行格式，自 2021 年度年报起执行。',
      rationaleEn:
        'The 2021 format (国办公开办函〔2021〕30号) replaced the 2019 trial format (国办公开办函〔2019〕60号) from the 2021 annual reports on.',
    },
  },
  check(context) {
    const { current } = context;
    if (current.templateVersion !== '2019-trial') return;
    const year = reportYear(current);
    if (year !== null && year < FIRST_YEAR_OF_2021_FORMAT) return;
    context.report({
      message:
        year === null
          ? '报告使用的是 2019 年试行格式（国办公开办函〔2019〕60号）；2021 年度及以后的年报应使用国办公开办函〔2021〕30号格式'
          : `${year} 年度报告使用的是 2019 年试行格式（国办公开办函〔2019〕60号）；2021 年度及以后的年报应使用国办公开办函〔2021〕30号格式`,
      messageEn:
        year === null
          ? 'The report uses the 2019 trial format; reports for 2021 and later must use the 2021 format (国办公开办函〔2021〕30号)'
          : `The ${year} report uses the 2019 trial format; reports for 2021 and later must use the 2021 format (国办公开办函〔2021〕30号)`,
      part: 'activeDisclosure',
      expected: '2021',
      actual: '2019-trial',
      ...(year === null ? { severity: 'warning' as const } : {}),
    });
  },
});
