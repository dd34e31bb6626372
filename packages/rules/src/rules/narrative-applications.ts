import { table3CellId, type CellId, type PartId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { cellName } from '../labels.js';
import { aboutAnotherPeriod, compareMentions, quote, sentencesWithSections, splitClauses } from '../prose.js';
import { NUMBER_CHARS, NUMBER_SOURCE, parseProseNumber } from '../prose-numbers.js';
import type { RuleContext } from '../types.js';

/**
 * Only 总体情况 is read: the template puts the account of 依申请公开 there. The table parts' text may
 * hold table rows, and 其他需要报告的事项 counts other things (人大代表建议, 提案) with the same verbs.
 */
const PARTS_READ: readonly PartId[] = ['overview'];

const UNIT = '(?:件|条|份|宗|个|项)';
/** Between the verb and the number: no digits, no clause break, at most 16 characters. */
const FILL = `[^${NUMBER_CHARS}，。；;,]{0,16}?`;

type Kind = 'newReceived' | 'received' | 'carriedOver' | 'carriedForward';
const PATTERNS: readonly { kind: Kind; regex: RegExp }[] = [
  { kind: 'newReceived', regex: new RegExp(`新收${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g') },
  { kind: 'received', regex: new RegExp(`(?:收到|接收|受理|接到)${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g') },
  { kind: 'carriedOver', regex: new RegExp(`上一?年度?结转${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g') },
  { kind: 'carriedForward', regex: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?${FILL}(${NUMBER_SOURCE})\\s*${UNIT}`, 'g') },
  { kind: 'carriedForward', regex: new RegExp(`(${NUMBER_SOURCE})\\s*${UNIT}[^${NUMBER_CHARS}，。；;,]{0,8}?结转(?:至|到)?下一?年`, 'g') },
];
/** 未收到 / 没有收到 / 未受理 … 申请, 无依申请公开: nothing new this year. */
const NONE = /(?:未|没有)(?:收到|接到|受理)(?:过|任何)?[^，。；;,]{0,16}?(?:申请|办件)|无依申请公开/;

/** Every pattern above needs one of these words: clauses without them are skipped before the costlier tests. */
const KEYWORD = /收|受理|结转|无依申请/;

/** The clause is about applications for government information (申请人 masked out first). */
const CONTEXT = /依申请|信息公开申请|公开申请|申请公开|要求公开|公开政府信息的申请|信息公开的申请/;
const MENTIONS_APPLICATION = /申请|办件/;
const APPLICANT = /申请人/g;
/** Other things counted with the same verbs: reconsideration, suits, petitions, proposals, hotlines. */
const ELSEWHERE = /复议|诉讼|信访|投诉|举报|提案|建议|来信|来访|咨询|热线|留言|12345|备案|听证/;

const TOTAL = {
  newReceived: table3CellId('newReceived', 'total'),
  carriedOver: table3CellId('carriedOver', 'total'),
  carriedForward: table3CellId('carriedForward', 'total'),
} as const;

interface Mention {
  readonly kind: Kind;
  readonly count: number;
  readonly text: string;
}

/** Counts of applications stated in 总体情况 (收到/新收/上年结转/结转下年度 … N件, 未收到 = 0) against table 3. */
export const narrativeApplications = defineRule({
  meta: {
    id: 'narrative/applications',
    category: 'narrative',
    defaultSeverity: 'error',
    docs: {
      description:
        '“总体情况”中关于依申请公开的件数（收到、新收、上年结转、结转下年度 N 件，含“一件”“十二件”等中文数字，“未收到”即 0）应与表三总计列一致。只认明确指向政府信息公开申请的说法，行政复议、信访、建议提案、申请人等其他数字不比对。',
      descriptionEn:
        'Application counts stated in the overview (received, new, carried over, carried forward … N, Chinese numerals included, “none received” = 0) match table 3’s total column. Only statements clearly about disclosure applications count; numbers about reconsideration, petitions, proposals or applicants are ignored.',
      rationale: '年报格式要求总体情况概述依申请公开情况，表三“重在数据准确”；正文与表格说法不一，公众无从判断哪个准确。',
      rationaleEn:
        'The overview must describe how applications were handled and table 3 must be accurate; when prose and table disagree, readers cannot tell which is right.',
    },
  },
  check(context) {
    compareMentions(context, PARTS_READ, mentions, compare);
  },
});

function mentions(text: string, year: number | null): Mention[] {
  const found: Mention[] = [];
  for (const { sentence, heading } of sentencesWithSections(text)) {
    if (!KEYWORD.test(sentence)) continue;
    const inApplications = CONTEXT.test(heading.replace(APPLICANT, '◇'));
    let sentenceContext = false;
    for (const clause of splitClauses(sentence)) {
      const masked = clause.replace(APPLICANT, '◇');
      const clauseContext = CONTEXT.test(masked);
      if (!KEYWORD.test(clause)) {
        sentenceContext ||= clauseContext;
        continue;
      }
      // Near an application clause or under a 依申请公开 heading: 上年结转 / 结转下年度 are table 3's own
      // words, but 收到 / 新收 still need 申请 in their clause (收到上级文件3件 is not an application).
      const nearContext = inApplications || sentenceContext;
      sentenceContext ||= clauseContext;
      if ((!clauseContext && !nearContext) || ELSEWHERE.test(masked) || aboutAnotherPeriod(clause, year)) continue;
      const saysApplication = clauseContext || MENTIONS_APPLICATION.test(masked);
      const used = new Set<number>();
      for (const { kind, regex } of PATTERNS) {
        if (!saysApplication && (kind === 'newReceived' || kind === 'received')) continue;
        for (const match of clause.matchAll(regex)) {
          const number = match[1] ?? '';
          const at = (match.index ?? 0) + match[0].indexOf(number);
          const count = parseProseNumber(number);
          if (count === null || used.has(at)) continue;
          used.add(at);
          found.push({ kind, count, text: clause });
        }
      }
      const none = used.size === 0 && saysApplication ? NONE.exec(clause) : null;
      if (none) found.push({ kind: 'newReceived', count: 0, text: clause });
    }
  }
  return found;
}

function compare(context: RuleContext, part: PartId, mention: Mention): void {
  const { values } = context;
  const said = `总体情况称“${quote(mention.text)}”`;
  const saidEn = `The overview says “${quote(mention.text)}”`;
  if (mention.kind === 'received') {
    const fresh = values[TOTAL.newReceived];
    const over = values[TOTAL.carriedOver];
    if (fresh === null) return;
    // 收到 may count this year's new applications or, in some reports, those plus last year's.
    if (mention.count === fresh || (over !== null && mention.count === fresh + over)) return;
    const cells: CellId[] = over === null ? [TOTAL.newReceived] : [TOTAL.newReceived, TOTAL.carriedOver];
    context.report({
      message: `${said}（收到 ${mention.count} 件），而${cellName(TOTAL.newReceived)}为 ${fresh}${over ? `、上年结转为 ${over}` : ''}；正文与表三应一致`,
      messageEn: `${saidEn} (${mention.count} received) but table 3 has ${fresh} new (t3.newReceived.total)${over ? ` and ${over} carried over` : ''}; prose and table 3 must agree`,
      cellIds: cells,
      part,
      expected: fresh,
      actual: mention.count,
    });
    return;
  }
  const id = TOTAL[mention.kind];
  const table = values[id];
  if (table === null || table === mention.count) return;
  const what = { newReceived: '本年新收', carriedOver: '上年结转', carriedForward: '结转下年度' }[mention.kind];
  const whatEn = { newReceived: 'new', carriedOver: 'carried over', carriedForward: 'carried forward' }[mention.kind];
  context.report({
    message: `${said}（${what} ${mention.count} 件），而${cellName(id)}为 ${table}；正文与表三应一致`,
    messageEn: `${saidEn} (${mention.count} ${whatEn}) but ${id} is ${table}; prose and table 3 must agree`,
    cellIds: [id],
    part,
    expected: table,
    actual: mention.count,
  });
}
