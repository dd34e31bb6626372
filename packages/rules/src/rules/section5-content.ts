import { defineRule } from '../define-rule.js';
import { compact, reportYear } from '../prose.js';

/** 无 / 暂无 / 无。 / 没有 / 不存在问题: nothing said. */
const NOTHING = /^(?:无|暂无|没有|不存在(?:主要)?问题|无问题|无相关情况)[。.]?$/;
/** Anything shorter than this (without whitespace) says nothing about problems and their remedies. */
const MIN_LENGTH = 8;
/** How reports point back to last year: 上年度 / 上一年度 / 去年 / 上年 / 前一年. */
const LAST_YEAR = /上一?年度?|去年|前一年/;

/**
 * Part 五 says what went wrong and how last year's problems were dealt with. Empty or “无” is an
 * error; no word on last year's problems is a warning.
 */
export const section5Content = defineRule({
  meta: {
    id: 'section5/content',
    category: 'content',
    defaultSeverity: 'error',
    docs: {
      description: '第五部分为空或只写“无”（错误）；未交代上一年度所提问题的改进情况（警告）。部分缺失由 structure/sections 报告。',
      descriptionEn:
        'Part 5 empty or just “无” (error); no account of how last year’s problems were addressed (warning). A missing part is reported by structure/sections.',
      rationale: '年报格式对第五部分的要求：“实事求是、明确具体”，写明存在的主要问题及改进情况，“不得出现敷衍了事甚至年年雷同现象”。',
      rationaleEn:
        'The template on part 5: “truthful, clear and specific” about the main problems and how they were addressed, “never perfunctory, never the same year after year”.',
    },
  },
  check(context) {
    const { current } = context;
    const part = current.parts.problems;
    if (part.heading === null) return;
    const text = compact(part.text);
    if (text === '' || NOTHING.test(text) || text.length < MIN_LENGTH) {
      context.report({
        message: text === '' ? '第五部分“存在的主要问题及改进情况”没有内容；应写明存在的主要问题及改进情况' : `第五部分“存在的主要问题及改进情况”只写了“${text}”；应实事求是、明确具体地写明存在的主要问题及改进情况`,
        messageEn: text === '' ? 'Part 5 (problems and improvements) is empty; state the main problems and what was done about them' : `Part 5 (problems and improvements) only says “${text}”; state the main problems and what was done about them`,
        part: 'problems',
        actual: text,
      });
      return;
    }
    const year = reportYear(current);
    if (LAST_YEAR.test(text) || (year !== null && text.includes(`${year - 1}年`))) return;
    context.report({
      message: '第五部分未交代上一年度报告所列问题的改进情况；应说明上年度问题是否整改、如何整改',
      messageEn: 'Part 5 gives no account of how the problems named in last year’s report were addressed',
      part: 'problems',
      severity: 'warning',
    });
  },
});
