import { identityRule } from '../identity-rule.js';

/** 表三注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”. */
export const table3ColumnBalance = identityRule('t3-balance', {
  id: 'table3/column-balance',
  category: 'tables',
  defaultSeverity: 'error',
  docs: {
    description: '表三每一列：本年新收（一）+ 上年结转（二）= 办理结果总计（三之（七））+ 结转下年度继续办理（四）。',
    descriptionEn:
      'Table 3, every column: new applications (1) + carried over (2) = total processed (3, item 7) + carried forward (4).',
    rationale: '表三注：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。',
    rationaleEn: 'The note printed on table 3: “in each column, item one plus item two equals item three plus item four”.',
  },
});
