/**
 * Shared helpers for the rules that read prose: splitting into sentences and clauses, and the
 * report's year. Prose rules must be precise first, so these split conservatively.
 *
 * @module
 */
import type { PartId, Report } from '@nianbao/core';
import type { RuleContext } from './types.js';
import { parseProseNumber } from './prose-numbers.js';

/** Sentence ends: 。！？ and line breaks. Semicolons stay inside, because lists use them. */
const SENTENCE_END = /(?<=[。！？!?])|\n+/;
/**
 * Clause ends inside a sentence: Chinese and ASCII commas and semicolons. An ASCII comma followed by
 * exactly three digits is a thousands separator (1,234), not a clause end. Colons do not end a
 * clause: in `（二）依申请公开：本年度收到申请3件` the heading is the clause's context.
 */
const CLAUSE_END = /[，；;]|,(?![0-9]{3}(?![0-9]))/;

/** The sentences of a text, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The clauses of a sentence, trimmed, empty ones dropped. */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(CLAUSE_END)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

const WHITESPACE = /\s+/g;

/** The text without whitespace, for counting characters and comparing. */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

const TITLE_YEAR = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/;

/** The year a title names (`2023年`, `２０２３年`, `二〇二三年`), or null. */
export function yearInText(text: string | null): number | null {
  if (!text) return null;
  const match = TITLE_YEAR.exec(text);
  const year = match?.[1] ? parseProseNumber(match[1]) : null;
  return year !== null && year >= 2000 && year <= 2100 ? year : null;
}

/** The year a report covers: the parsed metadata year, else the year in its title. */
export function reportYear(report: Report): number | null {
  return report.metadata.year ?? yearInText(report.metadata.title);
}

/** Whether `previous` can be compared with `current` as last year's report: its year, when both are known, is one less. */
export function isPreviousYear(current: Report, previous: Report): boolean {
  const year = reportYear(current);
  const previousYear = reportYear(previous);
  return year === null || previousYear === null || previousYear === year - 1;
}

/** A short quote of prose for messages, cut at `max` characters. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(WHITESPACE, ' ').trim().replace(/[。！？!?]+$/, '');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const FOUR_DIGIT_YEAR = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/g;
/** 同比、较上年、去年… but not 上年结转 / 上年度结转, which is a row of table 3. */
const COMPARISON = /同比|较上年|比上年|与上年|去年|前年|上一?年度?(?!度?结转)/;
/** The whole year, said in ways that mention months: 1月1日 / 12月31日. */
const WHOLE_YEAR_DATES = /(?:1|一)月(?:1|一)日|(?:12|十二)月(?:31|三十一)日/g;
const PART_OF_YEAR = /月|季度|上半年|下半年/;

/**
 * Whether a clause talks about another period than the report year — another year, a comparison
 * with last year, part of the year — so its numbers must not be held against the year's tables.
 * When the report year is unknown, any explicit year makes the clause unusable.
 */
export function aboutAnotherPeriod(clause: string, year: number | null): boolean {
  for (const match of clause.matchAll(FOUR_DIGIT_YEAR)) {
    const mentioned = parseProseNumber(match[1] ?? '');
    if (year === null || mentioned !== year) return true;
  }
  if (COMPARISON.test(clause)) return true;
  return PART_OF_YEAR.test(clause.replace(WHOLE_YEAR_DATES, ''));
}

/** Lines that open a numbered sub-section: （一）, (二), 一、, 1、, 1. */
const SUBSECTION = /^\s*(?:[（(]\s*[一二三四五六七八九十0-9０-９]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[0-9０-９]+\s*[、.．])/;

/** A sentence of a prose part with the heading of the numbered sub-section it sits in. */
export interface SentenceInSection {
  readonly sentence: string;
  /** The first line of the enclosing sub-section (its heading), or '' before any. */
  readonly heading: string;
}

/** The sentences of a part, each with its sub-section heading, e.g. `（二）依申请公开情况`. */
export function sentencesWithSections(text: string): SentenceInSection[] {
  const result: SentenceInSection[] = [];
  let heading = '';
  for (const line of text.split('\n')) {
    if (SUBSECTION.test(line)) heading = line.trim().slice(0, 30);
    for (const sentence of splitSentences(line)) result.push({ sentence, heading });
  }
  return result;
}

/** A count stated in prose: what it counts and how many. */
export interface ProseMention {
  readonly kind: string;
  readonly count: number;
}

/**
 * The loop every prose-vs-table rule runs: read the parts, find the counts stated in them, and
 * compare each distinct statement once (a report often repeats the same count).
 */
export function compareMentions<Mention extends ProseMention>(
  context: RuleContext,
  parts: readonly PartId[],
  mentions: (text: string, year: number | null) => Mention[],
  compare: (context: RuleContext, part: PartId, mention: Mention) => void,
): void {
  const year = reportYear(context.current);
  const seen = new Set<string>();
  for (const part of parts) {
    for (const mention of mentions(context.current.parts[part].text, year)) {
      const key = `${mention.kind}:${mention.count}`;
      if (seen.has(key)) continue;
      seen.add(key);
      compare(context, part, mention);
    }
  }
}
