import { defineRule } from '../define-rule.js';
import { compact } from '../prose.js';

/** 篇幅原则上不超过一千字. */
const LIMIT = 1000;
/** “原则上”: a margin of a tenth before saying anything, so counting punctuation or a heading does not tip it. */
const MARGIN = 1.1;

/** 总体情况 longer than about a thousand characters. */
export const section1Length = defineRule({
  meta: {
    id: 'section1/length',
    category: 'content',
    defaultSeverity: 'info',
    docs: {
      description: `“总体情况”超过约一千字（不计空白，超过 ${Math.round(LIMIT * MARGIN)} 字时提示）。`,
      descriptionEn: `The overview runs over about a thousand characters (whitespace not counted; reported above ${Math.round(LIMIT * MARGIN)}).`,
      rationale: '年报格式对总体情况的要求：“重在聚焦主题、简明客观，篇幅原则上不超过一千字”。',
      rationaleEn: 'The template on the overview: “focused, concise and objective, in principle no longer than a thousand characters”.',
    },
  },
  check(context) {
    const part = context.current.parts.overview;
    if (part.heading === null) return;
    const length = compact(part.text).length;
    if (length <= LIMIT * MARGIN) return;
    context.report({
      message: `“总体情况”约 ${length} 字，超过“篇幅原则上不超过一千字”的要求；请聚焦主题、精简表述`,
      messageEn: `The overview runs to about ${length} characters, over the template’s “in principle no more than a thousand”; tighten it`,
      part: 'overview',
      expected: LIMIT,
      actual: length,
    });
  },
});
