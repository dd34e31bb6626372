import { table4CellId, type CellId, type PartId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { cellName } from '../labels.js';
import { aboutAnotherPeriod, compareMentions, quote, splitClauses, splitSentences } from '../prose.js';
import { NUMBER_CHARS, NUMBER_SOURCE, parseProseNumber } from '../prose-numbers.js';
import type { RuleContext } from '../types.js';

/** As for narrative/applications: 总体情况 is where the template has agencies describe this. */
const PARTS_READ: readonly PartId[] = ['overview'];

const UNIT = '(?:件|起|宗|次|例|个)';
const FILL = `[^${NUMBER_CHARS}，。；;,、]{0,6}?`;
const REVIEW = new RegExp(`行政复议(?!法)(?:案件|申请)?${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g');
const LITIGATION = new RegExp(`行政诉讼(?!法)(?:案件)?${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g');
/** 行政复议、行政诉讼均为0 / 各1件. */
const BOTH = new RegExp(`行政复议(?:案件)?[和、与及或]行政诉讼(?:案件)?(?:数量)?(?:均|都|各)为?(${NUMBER_SOURCE})\\s*${UNIT}?`, 'g');
/** 未引发 / 未发生 / 没有 … 行政复议; 无行政复议. Not 未收到: a reconsideration body may say so of its own caseload. */
const NO_REVIEW = /(?:(?:未|没有)(?:发生|引发|引起|产生|出现|涉及|有)[^，。；;,0-9]{0,20}?|无(?:涉及|相关)?(?:政府信息公开)?的?)行政复议/;
const NO_LITIGATION = /(?:(?:未|没有)(?:发生|引发|引起|产生|出现|涉及|有)[^，。；;,0-9]{0,20}?|无(?:涉及|相关)?(?:政府信息公开)?的?)(?:行政复议[、和或及与])?行政诉讼/;

/** The sentence must be about disclosure: this agency's decisions being challenged. */
const CONTEXT = /信息公开|依申请|公开申请/;
/** Outcomes said in the same clause: the number may count only some cases. */
const OUTCOME = /纠正|纠错|败诉|胜诉|撤销|维持|确认违法/;
/**
 * Handling cases as the reconsideration body, registering them, appearing in court for others:
 * 受理行政复议案件134件, 办理各类案件其中行政复议…, 备案…行政复议案件. The agency's own table 4 is not that.
 */
const AS_HANDLER = /(?:受理|办理|审理|审结|承办|备案|代理|出庭|应诉)[^，。；;,]{0,6}?(?:行政复议|行政诉讼|案件)/;

const REVIEW_TOTAL = table4CellId('review', 'total');
const LITIGATION_TOTALS: readonly CellId[] = [table4CellId('litigationDirect', 'total'), table4CellId('litigationAfterReview', 'total')];

interface Mention {
  readonly kind: 'review' | 'litigation';
  readonly count: number;
  readonly text: string;
}

/** 行政复议 N 件 / 行政诉讼 N 件 (and 未引发行政复议、行政诉讼) in 总体情况 against table 4's totals. */
export const narrativeReviewLitigation = defineRule({
  meta: {
    id: 'narrative/review-litigation',
    category: 'narrative',
    defaultSeverity: 'error',
    docs: {
      description:
        '“总体情况”中因政府信息公开引起的行政复议、行政诉讼件数（含“未引发行政复议、行政诉讼”即 0）应与表四总计一致；行政诉讼比对“未经复议直接起诉”与“复议后起诉”两栏总计之和。作为复议机关受理、办理、备案的案件不比对。',
      descriptionEn:
        'Reconsideration and litigation counts about disclosure in the overview (“none” = 0) match table 4’s totals; litigation is compared with direct suits plus suits after reconsideration. Cases the agency handled as a reconsideration body are ignored.',
      rationale: '年报第四部分以表格列明政府信息公开行政复议、行政诉讼情况；总体情况中的相关表述应与之一致。',
      rationaleEn: 'Part 4 tabulates reconsideration and litigation about disclosure; what the overview says about them must agree.',
    },
  },
  check(context) {
    compareMentions(context, PARTS_READ, mentions, compare);
  },
});

function mentions(text: string, year: number | null): Mention[] {
  const found: Mention[] = [];
  for (const sentence of splitSentences(text)) {
    if (!CONTEXT.test(sentence) || !/行政复议|行政诉讼/.test(sentence)) continue;
    let before = '';
    for (const clause of splitClauses(sentence)) {
      const skip = OUTCOME.test(clause) || aboutAnotherPeriod(clause, year) || AS_HANDLER.test(`${before}${clause}`);
      before += `${clause}，`;
      if (skip) continue;
      const counted = { review: false, litigation: false };
      for (const match of clause.matchAll(BOTH)) {
        const count = parseProseNumber(match[1] ?? '');
        if (count === null) continue;
        found.push({ kind: 'review', count, text: clause }, { kind: 'litigation', count, text: clause });
        counted.review = counted.litigation = true;
      }
      for (const [kind, regex] of [
        ['review', REVIEW],
        ['litigation', LITIGATION],
      ] as const) {
        if (counted[kind]) continue;
        for (const match of clause.matchAll(regex)) {
          const count = parseProseNumber(match[1] ?? '');
          if (count === null) continue;
          found.push({ kind, count, text: clause });
          counted[kind] = true;
        }
      }
      const noReview = counted.review ? null : NO_REVIEW.exec(clause);
      if (noReview) found.push({ kind: 'review', count: 0, text: clause });
      const noLitigation = counted.litigation ? null : NO_LITIGATION.exec(clause);
      if (noLitigation) found.push({ kind: 'litigation', count: 0, text: clause });
    }
  }
  return found;
}

function compare(context: RuleContext, part: PartId, mention: Mention): void {
  const { values } = context;
  const said = `总体情况称“${quote(mention.text)}”`;
  const saidEn = `The overview says “${quote(mention.text)}”`;
  if (mention.kind === 'review') {
    const total = values[REVIEW_TOTAL];
    if (total === null || total === mention.count) return;
    context.report({
      message: `${said}（行政复议 ${mention.count} 件），而${cellName(REVIEW_TOTAL)}为 ${total}；正文与表四应一致`,
      messageEn: `${saidEn} (${mention.count} reconsiderations) but ${REVIEW_TOTAL} is ${total}; prose and table 4 must agree`,
      cellIds: [REVIEW_TOTAL],
      part,
      expected: total,
      actual: mention.count,
    });
    return;
  }
  const [direct, afterReview] = LITIGATION_TOTALS.map((id) => values[id]);
  if (direct === null || direct === undefined || afterReview === null || afterReview === undefined) return;
  const total = direct + afterReview;
  if (total === mention.count) return;
  context.report({
    message: `${said}（行政诉讼 ${mention.count} 件），而表四行政诉讼总计为 ${total}（未经复议直接起诉 ${direct} + 复议后起诉 ${afterReview}）；正文与表四应一致`,
    messageEn: `${saidEn} (${mention.count} suits) but table 4 has ${total} (direct ${direct} + after reconsideration ${afterReview}); prose and table 4 must agree`,
    cellIds: [...LITIGATION_TOTALS],
    part,
    expected: total,
    actual: mention.count,
  });
}
