import { table3CellId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { cellName } from '../labels.js';
import { compact } from '../prose.js';

/** A statement about the information-processing fee, whether an amount or that none was charged. */
const FEE = /处理费|(?:依申请公开|信息公开)[^。；]{0,10}收费|收取[^。；]{0,10}费用/;
/** A fee notice: 收费通知, 缴费通知, 信息处理费收取通知书. */
const NOTICE_SOURCE = '(?:(?:收费|缴费|收取|缴纳)通知|处理费[^。；，,]{0,8}?通知)';
const NOTICE = new RegExp(NOTICE_SOURCE);
/** Denying any notice was sent: 未发出…收费通知. */
const NO_NOTICE = new RegExp(`(?:未|没有)(?:发出|下发|出具|送达|开具)[^。；，,]{0,15}?${NOTICE_SOURCE}`);
const OVERDUE_FEE = table3CellId('other.overdueFee', 'total');

/**
 * Part 六 reports the 信息处理费 charged (or that none was); when table 3 shows applications dropped
 * for an unpaid fee, notices were issued and part 六 must mention them.
 */
export const section6Fee = defineRule({
  meta: {
    id: 'section6/fee',
    category: 'content',
    defaultSeverity: 'error',
    docs: {
      description:
        '第六部分应说明收取信息处理费的情况（收取金额或未收取）；表三“（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用”大于 0 时，说明发出过收费通知，第六部分应有交代且不得称未发出。部分缺失由 structure/sections 报告。',
      descriptionEn:
        'Part 6 states the information-processing fee charged, or that none was; when table 3 shows applications dropped for an unpaid fee, fee notices were issued and part 6 must say so (and must not deny it). A missing part is reported by structure/sections.',
      rationale:
        '年报格式第六部分：“报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况”。',
      rationaleEn:
        'The template’s part 6: report the information-processing fees charged under the Measures on Information-Processing Fees (国办函〔2020〕109号).',
    },
  },
  check(context) {
    const part = context.current.parts.otherMatters;
    if (part.heading === null) return;
    const text = compact(part.text);
    if (!FEE.test(text)) {
      context.report({
        message: '第六部分未说明收取信息处理费的情况；应依据《政府信息公开信息处理费管理办法》写明本年度收取的金额，或写明未收取',
        messageEn: 'Part 6 does not state the information-processing fees charged; give the amount, or say that none was charged',
        part: 'otherMatters',
      });
    }
    const overdue = context.values[OVERDUE_FEE];
    if (overdue === null || overdue <= 0) return;
    const denial = NO_NOTICE.exec(text);
    if (denial) {
      context.report({
        message: `第六部分称“${denial[0]}”，但${cellName(OVERDUE_FEE)}为 ${overdue}，说明发出过收费通知；正文与表三矛盾`,
        messageEn: `Part 6 says no fee notice was issued (“${denial[0]}”) but ${OVERDUE_FEE} is ${overdue}, so notices were issued`,
        cellIds: [OVERDUE_FEE],
        part: 'otherMatters',
        actual: overdue,
      });
    } else if (!NOTICE.test(text)) {
      context.report({
        message: `${cellName(OVERDUE_FEE)}为 ${overdue}，说明发出过收费通知；第六部分应说明发出收费通知及收费情况`,
        messageEn: `${OVERDUE_FEE} is ${overdue}, so fee notices were issued; part 6 must report them and the fees charged`,
        cellIds: [OVERDUE_FEE],
        part: 'otherMatters',
        actual: overdue,
      });
    }
  },
});
