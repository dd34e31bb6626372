import { identityRule } from '../identity-rule.js';

/** The 总计 column adds up the applicant columns: 自然人 and the five kinds of 法人或其他组织. */
export const table3RowTotal = identityRule('t3-row-total', {
  id: 'table3/row-total',
  category: 'tables',
  defaultSeverity: 'error',
  docs: {
    description: '表三每一行：“总计”等于自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
    descriptionEn:
      'Table 3, every row: “total” equals natural persons plus the five kinds of legal persons and other organisations.',
    rationale: '表三“申请人情况”按申请人类别分列，“总计”列为各类申请人之和。',
    rationaleEn: 'Table 3 splits applications by applicant; its “total” column is the sum over applicants.',
  },
});
