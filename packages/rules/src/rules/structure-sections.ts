import { PARTS, type PartDefinition, type SourceLocation } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { chineseNumeral, partName, partNameEn } from '../labels.js';
import { compact } from '../prose.js';
import { parseProseNumber } from '../prose-numbers.js';
import type { RuleContext } from '../types.js';

/**
 * How a part heading is numbered: 五、 (right), 五. / 五 (delimiter slip), 5、 (Arabic), （五） (bracketed),
 * 第五部分. Groups: 1 第N部分, 2–3 Chinese numeral + delimiter, 4–5 Arabic + delimiter, 6 bracketed.
 */
const HEADING_NUMBER =
  /^\s*(?:第([一二三四五六七八九十]+)部分[、：:.．\s]*|([一二三四五六七八九十]+)\s*([、.．，,:：]|\s|(?=[^一二三四五六七八九十]))|([0-9０-９]+)\s*([、.．，,:：)）]|\s)|[（(]\s*([一二三四五六七八九十0-9０-９]+)\s*[)）])\s*/;
const TRAILING_PUNCTUATION = /[：:。.]+$/;

/** Sub-headings inside a prose part: （一） and （1）, at the start of a line. */
const SUB_CHINESE = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]/;
const SUB_ARABIC = /^\s*[（(]\s*([0-9０-９]+)\s*[)）]/;
const PROSE_PARTS = PARTS.filter((part) => part.kind === 'prose');

/** A position that orders parts: page first (PDF), then line. */
function position(location: SourceLocation | null): number | null {
  if (!location || (location.line === undefined && location.page === undefined)) return null;
  return (location.page ?? 0) * 1_000_000 + (location.line ?? 0);
}

/**
 * The six parts, present and in template order; numbering slips in their headings (`5、` for `五、`)
 * and in the sub-headings of the prose parts (`（1）` among `（二）（三）`) at info.
 */
export const structureSections = defineRule({
  meta: {
    id: 'structure/sections',
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      description:
        '六个部分齐全且按模板顺序排列（缺失、错序为错误）；标题编号与模板不一致（如“5、”应为“五、”，“（1）”与“（二）”混用应为“（一）”）、标题文字与模板不同为提示。',
      descriptionEn:
        'All six parts present and in template order (missing or out of order: error); numbering slips such as “5、” for “五、” or “（1）” among “（二）” siblings, and headings worded differently from the template: info.',
      rationale:
        '《中华人民共和国政府信息公开工作年度报告格式》规定年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成，依次以“一、”至“六、”编号。',
      rationaleEn:
        'The 2021 template prescribes six parts, numbered 一、 to 六、 in this order: overview, proactive disclosure, applications, reconsideration and litigation, problems and improvements, other matters.',
    },
  },
  check(context) {
    const { current } = context;
    const placed: { part: PartDefinition; at: number }[] = [];
    for (const part of PARTS) {
      const found = current.parts[part.id];
      if (found.heading === null) {
        context.report({
          message: `缺少第${part.numeral}部分“${partName(part.id)}”；年报格式规定六个部分缺一不可，且按顺序排列`,
          messageEn: `${partNameEn(part.id)} is missing; the template requires all six parts, in order`,
          part: part.id,
          expected: partName(part.id),
          actual: null,
        });
        continue;
      }
      const at = position(found.location);
      if (at !== null) placed.push({ part, at });
      checkHeading(context, part, found.heading);
    }
    reportOutOfOrder(context, placed);
    for (const part of PROSE_PARTS) checkSubHeadings(context, part, current.parts[part.id].text);
  },
});

/**
 * The parts not in the longest run already in template order are the misplaced ones: one part moved
 * to the end is one finding, not five.
 */
function reportOutOfOrder(context: RuleContext, placed: readonly { part: PartDefinition; at: number }[]): void {
  const length = placed.map(() => 1);
  const before = placed.map(() => -1);
  placed.forEach((item, i) => {
    for (let j = 0; j < i; j++) {
      const earlier = placed[j] as (typeof placed)[number];
      if (earlier.at < item.at && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        before[i] = j;
      }
    }
  });
  const inOrder = new Set<number>();
  let last = length.indexOf(Math.max(...length));
  while (last >= 0) {
    inOrder.add(last);
    last = before[last] as number;
  }
  placed.forEach(({ part }, i) => {
    if (inOrder.has(i)) return;
    const previous = [...inOrder].filter((j) => j < i).sort((a, b) => b - a)[0];
    const next = [...inOrder].filter((j) => j > i).sort((a, b) => a - b)[0];
    const after = previous === undefined ? undefined : placed[previous]?.part;
    const ahead = next === undefined ? undefined : placed[next]?.part;
    const where = [after ? `第${after.numeral}部分之后` : '', ahead ? `第${ahead.numeral}部分之前` : ''].filter(Boolean).join('、');
    const whereEn = [after ? `after part ${after.number}` : '', ahead ? `before part ${ahead.number}` : ''].filter(Boolean).join(' and ');
    context.report({
      message: `第${part.numeral}部分“${part.label}”不在模板规定的位置，应排在${where}`,
      messageEn: `${partNameEn(part.id)} is out of place; the template puts it ${whereEn}`,
      part: part.id,
    });
  });
}

function checkHeading(context: RuleContext, part: PartDefinition, heading: string): void {
  const expected = `${part.numeral}、${part.label}`;
  const match = HEADING_NUMBER.exec(heading);
  const numbering = match ? match[0].trim() : '';
  const title = compact(heading.slice(match ? match[0].length : 0)).replace(TRAILING_PUNCTUATION, '');
  const slip = (message: string, messageEn: string) =>
    context.report({ message, messageEn, part: part.id, severity: 'info', expected, actual: heading.trim() });

  if (!match) {
    slip(`第${part.numeral}部分标题“${heading.trim()}”缺少编号，应为“${expected}”`, `The heading “${heading.trim()}” of ${partNameEn(part.id)} has no number; write “${expected}”`);
  } else {
    const chinese = match[1] ?? match[2];
    const number = parseProseNumber(chinese ?? match[4] ?? match[6] ?? '');
    const right = match[2] !== undefined && match[3] === '、' && number === part.number;
    if (!right) {
      slip(
        `第${part.numeral}部分标题编号“${numbering}”应为“${part.numeral}、”`,
        `${partNameEn(part.id)} is numbered “${numbering}”; the template numbers it “${part.numeral}、”`,
      );
    }
  }
  if (title !== '' && title !== part.label) {
    slip(
      `第${part.numeral}部分标题“${title}”与模板不同，应为“${part.label}”`,
      `The heading of ${partNameEn(part.id)} reads “${title}”; the template’s wording is “${part.label}”`,
    );
  }
}

/** `（1）` right after `（一）`-style siblings, or right before one: the number should be Chinese. */
function checkSubHeadings(context: RuleContext, part: PartDefinition, text: string): void {
  if (!text.includes('(') && !text.includes('（')) return;
  const marks: { chinese: boolean; number: number; line: string }[] = [];
  for (const line of text.split('\n')) {
    const chinese = SUB_CHINESE.exec(line);
    const arabic = chinese ? null : SUB_ARABIC.exec(line);
    const number = parseProseNumber((chinese ?? arabic)?.[1] ?? '');
    if (number !== null) marks.push({ chinese: chinese !== null, number, line: line.trim() });
  }
  marks.forEach((mark, i) => {
    if (mark.chinese) return;
    const before = marks[i - 1];
    const after = marks[i + 1];
    const sibling =
      (before?.chinese && before.number === mark.number - 1 ? before : undefined) ??
      (after?.chinese && after.number === mark.number + 1 ? after : undefined);
    if (!sibling) return;
    const numeral = chineseNumeral(mark.number);
    const label = mark.line.length > 24 ? `${mark.line.slice(0, 24)}…` : mark.line;
    context.report({
      message: `第${part.numeral}部分小标题“${label}”编号与同级的“（${chineseNumeral(sibling.number)}）”不一致，应为“（${numeral}）”`,
      messageEn: `A sub-heading of ${partNameEn(part.id)}, “${label}”, is numbered in Arabic among Chinese-numbered siblings; write “（${numeral}）”`,
      part: part.id,
      severity: 'info',
      expected: `（${numeral}）`,
      actual: label,
    });
  });
}
