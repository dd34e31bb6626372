import { defineRule } from '../define-rule.js';
import { yearInText } from '../prose.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(iso: string | null): { year: number; monthDay: string } | null {
  const match = iso ? ISO_DATE.exec(iso) : null;
  return match ? { year: Number(match[1]), monthDay: `${match[2]}-${match[3]}` } : null;
}

/** `2023年1月1日` from an ISO date, for messages. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The year the title names, the year the report says it covers and the statistical period agree,
 * and the period is a whole calendar year.
 */
export const metaYear = defineRule({
  meta: {
    id: 'meta/year',
    category: 'metadata',
    defaultSeverity: 'error',
    docs: {
      description: '标题中的年份、报告所属年度与统计期限一致；统计期限应为该年 1 月 1 日至 12 月 31 日。',
      descriptionEn:
        'The year in the title, the year the report covers and the statistical period agree; the period runs from 1 January to 31 December of that year.',
      rationale:
        '《政府信息公开条例》第四十九条：每年公布本行政机关上一年度的政府信息公开工作年度报告；年报所列数据的统计期限为该年度 1 月 1 日至 12 月 31 日。',
      rationaleEn:
        'Regulations art. 49: each year an agency publishes its report on the previous year; the statistics cover 1 January to 31 December of that year.',
    },
  },
  check(context) {
    const { metadata } = context.current;
    const titleYear = yearInText(metadata.title);
    const year = metadata.year;
    if (titleYear !== null && year !== null && titleYear !== year) {
      context.report({
        message: `标题中的年份 ${titleYear} 与报告所属年度 ${year} 不一致`,
        messageEn: `The title names ${titleYear} but the report covers ${year}`,
        expected: year,
        actual: titleYear,
        ...(metadata.titleLocation ? { location: metadata.titleLocation } : {}),
      });
    }
    const period = metadata.period;
    if (!period) return;
    const start = dateParts(period.start);
    const end = dateParts(period.end);
    const reference = titleYear ?? year;
    const referenceText = titleYear !== null ? '标题' : '报告所属年度';
    const referenceTextEn = titleYear !== null ? 'the title' : 'the report year';
    const periodYear = start?.year ?? end?.year ?? null;
    if (reference !== null && periodYear !== null && (start?.year ?? reference) === (end?.year ?? reference) && periodYear !== reference) {
      context.report({
        message: `统计期限“${period.text.trim()}”是 ${periodYear} 年，而${referenceText}为 ${reference} 年；统计期限应为 ${reference}年1月1日至${reference}年12月31日`,
        messageEn: `The statistical period “${period.text.trim()}” is ${periodYear}, but ${referenceTextEn} says ${reference}; it should run from 1 January to 31 December ${reference}`,
        expected: `${reference}-01-01/${reference}-12-31`,
        actual: `${period.start ?? ''}/${period.end ?? ''}`,
      });
      return;
    }
    const wholeYear =
      start !== null && end !== null && start.year === end.year && start.monthDay === '01-01' && end.monthDay === '12-31';
    if (start !== null && end !== null && !wholeYear) {
      const y = reference ?? start.year;
      context.report({
        message: `统计期限为 ${chineseDate(period.start as string)} 至 ${chineseDate(period.end as string)}，应为 ${y}年1月1日至${y}年12月31日`,
        messageEn: `The statistical period runs from ${period.start} to ${period.end}; it should cover 1 January to 31 December ${y}`,
        expected: `${y}-01-01/${y}-12-31`,
        actual: `${period.start}/${period.end}`,
      });
    }
  },
});
