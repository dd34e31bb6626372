import { identityRule } from '../identity-rule.js';

/** Each block of table 4 (行政复议, 未经复议直接起诉, 复议后起诉) totals its four outcomes. */
export const table4BlockTotal = identityRule('t4-block-total', {
  id: 'table4/block-total',
  category: 'tables',
  defaultSeverity: 'error',
  docs: {
    description: '表四每一栏（行政复议、未经复议直接起诉、复议后起诉）：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    descriptionEn:
      'Table 4, each block (reconsideration, direct suit, suit after reconsideration): total = upheld + corrected + other + pending.',
    rationale: '表四每栏“总计”为结果维持、结果纠正、其他结果、尚未审结四项之和。',
    rationaleEn: 'In table 4 each block’s “total” is the sum of its four outcome columns.',
  },
});
