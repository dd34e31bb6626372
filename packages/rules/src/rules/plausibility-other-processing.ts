import { TABLE3_ROWS, TABLE3_ROW_GROUPS, table3CellId, type CellId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { cellName } from '../labels.js';

/** The rows of （六）其他处理. */
const OTHER_ROWS: readonly CellId[] = TABLE3_ROWS.filter((row) => row.group === 'other').map((row) => table3CellId(row.id, 'total'));
const TOTAL = table3CellId('totalProcessed', 'total');
/** More than a third of all outcomes, and at least this many, before it looks like a catch-all. */
const SHARE = 1 / 3;
const MIN_COUNT = 3;

/** 其他处理 used for a large share of outcomes: the specific outcome rows were probably skipped. */
export const plausibilityOtherProcessing = defineRule({
  meta: {
    id: 'plausibility/other-processing',
    category: 'plausibility',
    defaultSeverity: 'info',
    docs: {
      description: `表三“（六）其他处理”三项合计超过“（七）总计”的三分之一（且不少于 ${MIN_COUNT} 件）——可能把应归入具体办理结果的申请笼统计入了“其他处理”。`,
      descriptionEn: `Table 3’s “(6) other handling” rows together exceed a third of “(7) total” (and at least ${MIN_COUNT}) — outcomes that belong in specific rows may have been lumped together.`,
      rationale: '表三按办理结果逐项分列，“其他处理”仅用于前列各项都不适用的情形；年报格式要求表三“重在数据准确、要素齐备”。',
      rationaleEn:
        'Table 3 itemises outcomes; “other handling” is for what fits no listed outcome, and the template wants table 3 “accurate and complete”.',
    },
  },
  check(context) {
    const total = context.values[TOTAL];
    const others = OTHER_ROWS.map((id) => context.values[id]);
    if (total === null || total <= 0 || others.some((value) => value === null)) return;
    const sum = (others as number[]).reduce((a, b) => a + b, 0);
    if (sum < MIN_COUNT || sum <= total * SHARE) return;
    const percent = Math.round((sum / total) * 100);
    context.report({
      message: `${TABLE3_ROW_GROUPS.other.label}合计 ${sum} 件，占${cellName(TOTAL)} ${total} 件的 ${percent}%；请核实能否归入予以公开、不予公开、无法提供、不予处理等具体结果`,
      messageEn: `“Other handling” accounts for ${sum} of ${total} outcomes (${percent}%); check whether they belong under a specific outcome`,
      cellIds: [...OTHER_ROWS.filter((_, i) => (others[i] ?? 0) > 0), TOTAL],
      expected: `≤ ${Math.floor(total * SHARE)}`,
      actual: sum,
    });
  },
});
