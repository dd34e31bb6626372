import { identityRule } from '../identity-rule.js';

/** （七）总计 is the total of the outcomes above it: （一）予以公开 … （六）其他处理 3.其他. */
export const table3ProcessedSum = identityRule('t3-processed', {
  id: 'table3/processed-sum',
  category: 'tables',
  defaultSeverity: 'error',
  docs: {
    description: '表三每一列：“（七）总计”等于其上 21 项办理结果（予以公开至其他处理·其他）之和。',
    descriptionEn: 'Table 3, every column: “(7) total” equals the sum of the 21 outcome rows above it.',
    rationale: '表三“三、本年度办理结果”下（一）至（六）各项之和即“（七）总计”；年报格式要求“重在数据准确、要素齐备”。',
    rationaleEn:
      'Under “3. outcomes of this year”, items (1)–(6) add up to “(7) total”; the template asks for tables that are “accurate and complete”.',
  },
});
