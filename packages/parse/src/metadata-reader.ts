import type { Metadata, SourceLocation, StatisticalPeriod } from '@nianbao/core';
import { chineseNumeralValue } from './cell-value.js';
import { compact } from './normalize-text.js';

/** A paragraph as the metadata reader sees it. */
export interface MetadataParagraph {
  readonly text: string;
  readonly location: SourceLocation;
}

const TITLE_MARK = /年度?报告|年报/;
const TITLE_MAX = 90;
const YEAR = /((?:19|20)\d{2})\s*年/;
const CHINESE_YEAR = /([〇零一二三四五六七八九]{4})\s*年/;
const PERIOD =
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:起\s*)?(?:至|到|-|—|–|～|~)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const PUBLISHED_ON = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
// Labelled lines some reports (and nianbao's own renderers) put under the title.
const AGENCY_LINE = /^(?:发布机关|发布单位|编制单位|报告单位)[:：]\s*(.{2,60})$/;
const PUBLISHED_LINE = /^(?:发布日期|发布时间|印发日期)[:：]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const AGENCY_IN_BODY = [
  /本报告由\s*(.{2,40}?)\s*(?:按照|根据|依据|依照|编制|制作|发布)/,
  /编制(?:了)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(.{2,40}?)\s*(?:政府)?信息公开(?:工作)?年度报告/,
  /请与\s*(.{2,40}?)\s*(?:联系|联络)/,
];
const AGENCY_NOISE = /^关于|(?:关于|的|\s)+$/g;
const GENERIC_AGENCY = /^(?:政府信息公开|信息公开|政府|本单位|本机关|我单位|我局|我中心)$/;
const SENTENCE_END = /[。；;!！?？\n]/;

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The sentence of `text` that holds position `index`. */
function sentenceAround(text: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = index + length;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** The title: the short paragraph naming the report, joined with the line before when split in two. */
function findTitle(front: readonly MetadataParagraph[]): { text: string; location: SourceLocation } | null {
  const index = front.findIndex((p) => p.text.length <= TITLE_MAX && TITLE_MARK.test(compact(p.text)));
  if (index === -1) return null;
  const line = front[index]!.text.trim();
  const previous = front[index - 1];
  const before = previous?.text.trim();
  // 曲阜市时庄街道办事处2024年政府信息公开 / 工作年度报告
  if (before && before.length <= TITLE_MAX && /^(?:工作)?年度报告|^工作报告/.test(compact(line)) && !TITLE_MARK.test(before)) {
    return { text: `${before}${line}`, location: previous!.location };
  }
  return { text: line, location: front[index]!.location };
}

function yearOf(text: string): { year: number; index: number } | null {
  const digits = YEAR.exec(text);
  if (digits) return { year: Number(digits[1]), index: digits.index };
  const numeral = CHINESE_YEAR.exec(text);
  if (numeral) {
    const year = chineseNumeralValue(numeral[1]!);
    if (year !== null && year >= 1990 && year <= 2100) return { year, index: numeral.index };
  }
  return null;
}

function cleanAgency(text: string): string | null {
  const agency = text.replace(AGENCY_NOISE, '').trim();
  return agency.length >= 2 && !GENERIC_AGENCY.test(agency) ? agency : null;
}

function agencyFromTitle(title: string, yearIndex: number | null): string | null {
  if (yearIndex !== null) return cleanAgency(title.slice(0, yearIndex));
  const topic = title.search(/(?:政府)?信息公开/);
  return topic > 0 ? cleanAgency(title.slice(0, topic)) : null;
}

function agencyFromBody(text: string): string | null {
  for (const pattern of AGENCY_IN_BODY) {
    const match = pattern.exec(text);
    const agency = match ? cleanAgency(match[1]!) : null;
    if (agency) return agency;
  }
  return null;
}

function findPeriod(text: string): StatisticalPeriod | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const [, y1, m1, d1, y2, m2, d2] = match as unknown as [string, string, string, string, string, string, string];
  return { start: isoDate(y1, m1, d1), end: isoDate(y2, m2, d2), text: sentenceAround(text, match.index, match[0].length) };
}

function findContact(text: string): string | null {
  const index = text.search(/联系(?:电话|方式|地址)?[:：]?|咨询电话/);
  return index === -1 ? null : sentenceAround(text, index, 2);
}

/**
 * Reads metadata from the paragraphs before part 一 (`front`), falling back to the body (`body`)
 * for what the front lacks, and from the document's last paragraph for the publication date.
 */
export function readMetadata(front: readonly MetadataParagraph[], body: string, last: string | null): Metadata {
  const found = findTitle(front);
  const title = found?.text ?? null;
  const titleYear = title ? yearOf(title) : null;
  const frontText = front.map((p) => p.text).join('\n');
  const period = findPeriod(frontText) ?? findPeriod(body);
  const periodYear = period?.end ? Number(period.end.slice(0, 4)) : null;
  const year = titleYear?.year ?? periodYear ?? yearOf(frontText)?.year ?? null;
  const labelled = (pattern: RegExp) => {
    for (const p of front) {
      const match = pattern.exec(p.text.trim());
      if (match) return match;
    }
    return null;
  };
  const agencyLine = labelled(AGENCY_LINE);
  const agency =
    (title ? agencyFromTitle(title, titleYear?.index ?? null) : null) ??
    (agencyLine ? cleanAgency(agencyLine[1]!) : null) ??
    agencyFromBody(frontText) ??
    agencyFromBody(body);
  const published = labelled(PUBLISHED_LINE) ?? (last ? PUBLISHED_ON.exec(compact(last)) : null);
  return {
    title,
    titleLocation: found?.location ?? null,
    agency,
    year,
    period,
    publishedOn: published ? isoDate(published[1]!, published[2]!, published[3]!) : null,
    contact: findContact(frontText),
  };
}
