import { defineRule } from '../define-rule.js';
import { isPreviousYear } from '../prose.js';

/** Letters only: digits (years change), punctuation and whitespace left out. */
const NOT_WORDS = /[\s\p{P}\p{S}0-9０-９]+/gu;
/** Dice similarity of character bigrams above which two texts are “nearly the same”. */
const THRESHOLD = 0.8;
/** Too short to judge; section5/content deals with near-empty parts. */
const MIN_LENGTH = 30;

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams (with multiplicity): 1 = identical. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [gram, count] of x) shared += Math.min(count, y.get(gram) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Part 五 nearly the same as last year's. */
export const crossYearRepeatedText = defineRule({
  meta: {
    id: 'cross-year/repeated-text',
    category: 'cross-year',
    defaultSeverity: 'warning',
    docs: {
      description: `给出上一年度年报时：第五部分“存在的主要问题及改进情况”与上年几乎相同（字符二元组相似度 ≥ ${THRESHOLD}，不计数字和标点）。`,
      descriptionEn: `With last year’s report: part 5 (problems and improvements) nearly the same as last year’s (character-bigram similarity ≥ ${THRESHOLD}, digits and punctuation ignored).`,
      rationale: '年报格式对第五部分的要求：“实事求是、明确具体”，“不得出现敷衍了事甚至年年雷同现象”。',
      rationaleEn: 'The template on part 5: “truthful, clear and specific … never perfunctory, never the same year after year”.',
    },
  },
  check(context) {
    const { current, previous } = context;
    if (!previous || !isPreviousYear(current, previous)) return;
    const now = current.parts.problems.text.replace(NOT_WORDS, '');
    const before = previous.parts.problems.text.replace(NOT_WORDS, '');
    if (now.length < MIN_LENGTH || before.length < MIN_LENGTH) return;
    const score = similarity(now, before);
    if (score < THRESHOLD) return;
    const percent = Math.round(score * 100);
    context.report({
      message: `第五部分“存在的主要问题及改进情况”与上一年度年报的相似度达 ${percent}%；应实事求是写明本年度的问题和改进，不得年年雷同`,
      messageEn: `Part 5 (problems and improvements) is ${percent}% the same as last year’s; describe this year’s problems and improvements`,
      part: 'problems',
      expected: `< ${Math.round(THRESHOLD * 100)}%`,
      actual: `${percent}%`,
    });
  },
});
