import type { PartId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { aboutAnotherPeriod, quote, reportYear, splitSentences } from '../prose.js';
import { NUMBER_CHARS, NUMBER_SOURCE, parseProseNumber } from '../prose-numbers.js';

const PART: PartId = 'overview';
const UNIT = '(?:条|件|篇|份|项|个)';
/** 主动公开（各类）信息 N 条. */
const TOTAL = new RegExp(`主动公开[^${NUMBER_CHARS}，。；;,]{0,12}?(${NUMBER_SOURCE})\\s*${UNIT}`, 'g');
const ITEM = new RegExp(`(${NUMBER_SOURCE})\\s*${UNIT}`, 'g');
/** Bracketed asides (含解读3条) count inside another item; leave them out of the sum. */
const BRACKETED = /[（(][^（）()]*[)）]/g;
const OPEN_LIST = /等/;
const WHEREOF = '其中';

/**
 * “主动公开 N 条，其中 A 条 … B 条”: the parts add up to N. The breakdown may follow in the same
 * sentence or open the next one (官塘社区: “…774条，…。其中政策文件公开5条…”).
 */
export const narrativeDisclosureBreakdown = defineRule({
  meta: {
    id: 'narrative/disclosure-breakdown',
    category: 'narrative',
    defaultSeverity: 'warning',
    docs: {
      description:
        '“总体情况”中“主动公开 N 条，其中 A 条……B 条”的分项之和应等于 N。分项少于两项、括号内的说明、以“等”结尾而合计偏少的不报。',
      descriptionEn:
        'In the overview, “proactively disclosed N items, of which A … B …”: the parts add up to N. Breakdowns with fewer than two parts, bracketed asides, and lists ending in 等 that fall short are not reported.',
      rationale: '年报格式要求总体情况“重在聚焦主题、简明客观”；分项与合计对不上，数据就不可信。',
      rationaleEn: 'The template wants the overview “focused, concise and objective”; a breakdown that does not add up undermines the figures.',
    },
  },
  check(context) {
    const year = reportYear(context.current);
    const sentences = splitSentences(context.current.parts[PART].text);
    sentences.forEach((sentence, index) => {
      for (const match of sentence.matchAll(TOTAL)) {
        const total = parseProseNumber(match[1] ?? '');
        if (total === null) continue;
        const after = sentence.slice((match.index ?? 0) + match[0].length);
        if (aboutAnotherPeriod(sentence.slice(0, (match.index ?? 0) + match[0].length), year)) continue;
        const next = sentences[index + 1];
        const at = after.indexOf(WHEREOF);
        const breakdown = at >= 0 ? after.slice(at + WHEREOF.length) : next?.startsWith(WHEREOF) ? next.slice(WHEREOF.length) : null;
        if (breakdown === null) continue;
        // A second 其中 opens a breakdown of one of the items: stop before it.
        const items = breakdown.split(WHEREOF)[0]?.replace(BRACKETED, '') ?? '';
        const counts = [...items.matchAll(ITEM)].map((item) => parseProseNumber(item[1] ?? ''));
        if (counts.length < 2 || counts.some((count) => count === null)) continue;
        const sum = (counts as number[]).reduce((a, b) => a + b, 0);
        if (sum === total || (sum < total && OPEN_LIST.test(items))) continue;
        context.report({
          message: `总体情况称“${quote(match[0])}”，其后分项 ${(counts as number[]).join(' + ')} = ${sum}，与合计 ${total} 不符`,
          messageEn: `The overview says “${quote(match[0])}” but the items listed after 其中 add up to ${(counts as number[]).join(' + ')} = ${sum}, not ${total}`,
          part: PART,
          expected: total,
          actual: sum,
        });
      }
    });
  },
});
