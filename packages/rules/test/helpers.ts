/**
 * Reports built by hand for the rule tests: no parser involved. `consistentReport` is one agency's
 * year in which every table identity holds and the prose agrees with the tables; `generateReport`
 * makes more of them from a seed; small setters break one thing at a time.
 */
import {
  CELL_IDS,
  PARTS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  createEmptyReport,
  setCell,
  table3CellId,
  table4CellId,
  unflattenCells,
  type CellId,
  type Finding,
  type PartId,
  type Report,
  type Table3ColumnId,
  type Table3RowId,
} from '@nianbao/core';
import { check, type CheckOptions } from '../src/index.js';

export type Values = Partial<Record<CellId, number | null>>;

const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id) as Table3ColumnId[];
const OUTCOMES = TABLE3_ROWS.filter((r) => r.outcome).map((r) => r.id) as Table3RowId[];

/** Every cell 0. */
export function zeroValues(): Values {
  return Object.fromEntries(CELL_IDS.map((id) => [id, 0])) as Values;
}

/** Fills table 3's 总计 column and table 4's totals from the other cells. */
export function withTotals(values: Values): Values {
  const out = { ...values };
  for (const row of TABLE3_ROWS) {
    out[table3CellId(row.id, 'total')] = APPLICANTS.reduce((sum, c) => sum + (out[table3CellId(row.id, c)] ?? 0), 0);
  }
  for (const block of TABLE4_BLOCKS) {
    out[table4CellId(block.id, 'total')] = (['upheld', 'corrected', 'other', 'pending'] as const).reduce(
      (sum, c) => sum + (out[table4CellId(block.id, c)] ?? 0),
      0,
    );
  }
  return out;
}

/** The parts' texts of a consistent report, from its numbers. */
export interface Story {
  agency: string;
  year: number;
  published: number;
  publishedItems: readonly [string, number][];
  newReceived: number;
  carriedOver: number;
  carriedForward: number;
  review: number;
  litigation: number;
  overdueFee: number;
  /** Varies part 五 between reports so consecutive years do not read the same. */
  problemsVariant: number;
}

const PROBLEMS = [
  ['政策解读形式较为单一，图解、视频解读偏少', '信息更新不够及时，个别栏目存在空白'],
  ['依申请公开答复文书不够规范，说理不充分', '基层工作人员业务能力参差不齐，培训覆盖面不足'],
  ['政务新媒体与门户网站联动不够，信息发布渠道分散', '公开目录梳理不及时，部分信息分类不准确'],
  ['重点领域信息公开深度不足，群众关切回应不够', '保密审查流程衔接不畅，审核时间较长'],
];

export function overviewText(story: Story): string {
  const items = story.publishedItems.map(([name, n]) => `${name}${n}条`).join('，');
  return [
    '（一）主动公开情况',
    `${story.year}年，${story.agency}全年共主动公开政府信息${story.published}条，其中${items}。`,
    '（二）依申请公开情况',
    `${story.year}年，本单位共收到政府信息公开申请${story.newReceived}件，上年结转${story.carriedOver}件，结转下年度继续办理${story.carriedForward}件。因政府信息公开申请引起的行政复议${story.review}件，行政诉讼${story.litigation}件。`,
    '（三）政府信息管理情况',
    '严格落实信息发布审核制度，所有拟公开信息均经保密审查。',
    '（四）政府信息公开平台建设情况',
    '依托政府门户网站和政务新媒体公开信息，在便民服务中心设置查阅点。',
    '（五）监督保障情况',
    '将政务公开工作纳入年度考核，未发生责任追究情况。',
  ].join('\n');
}

export function problemsText(story: Story): string {
  const [first, second] = PROBLEMS[story.problemsVariant % PROBLEMS.length] as string[];
  const [lastFirst] = PROBLEMS[(story.problemsVariant + PROBLEMS.length - 1) % PROBLEMS.length] as string[];
  return [
    '（一）存在的主要问题',
    `一是${first}；二是${second}。`,
    '（二）上年度问题整改情况',
    `针对上年度报告提出的“${lastFirst}”问题，本单位逐项制定整改措施，已全部整改到位。`,
    '（三）下一步改进措施',
    `针对${first}的问题，将加强统筹、细化分工，定期开展自查。`,
  ].join('\n');
}

export function otherMattersText(story: Story): string {
  const fee = '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。';
  return story.overdueFee > 0
    ? `依据《政府信息公开信息处理费管理办法》，本年度发出收费通知${story.overdueFee}件，申请人均逾期未缴纳，未实际收取信息处理费。`
    : fee;
}

/** Sets the six parts with template headings, one after another in the source. */
export function setParts(report: Report, texts: Partial<Record<PartId, string>>): Report {
  PARTS.forEach((part, i) => {
    report.parts[part.id] = {
      heading: `${part.numeral}、${part.label}`,
      text: texts[part.id] ?? '',
      location: { line: 10 + i * 40 },
    };
  });
  return report;
}

/** A report from cell values and a story: tables found, metadata set, parts written. */
export function buildReport(values: Values, story: Story): Report {
  const report = unflattenCells(values);
  report.templateVersion = '2021';
  report.metadata = {
    title: `${story.agency}${story.year}年政府信息公开工作年度报告`,
    titleLocation: null,
    agency: story.agency,
    year: story.year,
    period: {
      start: `${story.year}-01-01`,
      end: `${story.year}-12-31`,
      text: `本报告所列数据的统计期限自${story.year}年1月1日起至${story.year}年12月31日止。`,
    },
    publishedOn: `${story.year + 1}-01-20`,
    contact: '如对本报告有疑问，请与本单位办公室联系。',
  };
  setParts(report, {
    overview: overviewText(story),
    problems: problemsText(story),
    otherMatters: otherMattersText(story),
  });
  report.tables.t2.location = { line: 60 };
  report.tables.t3.location = { line: 100 };
  report.tables.t4.location = { line: 140 };
  return report;
}

/**
 * The hand-made consistent report: 青石山街道办事处, 2023. Nine applications from people and one from
 * a law firm, one carried over from 2022, two carried forward to 2024; one reconsideration upheld.
 */
export function consistentValues(): Values {
  const values = zeroValues();
  const rows: Partial<Record<Table3RowId, Partial<Record<Table3ColumnId, number>>>> = {
    newReceived: { naturalPerson: 9, legalService: 1 },
    carriedOver: { naturalPerson: 1 },
    granted: { naturalPerson: 3 },
    partiallyGranted: { naturalPerson: 1, legalService: 1 },
    'denied.thirdPartyRights': { naturalPerson: 1 },
    'unable.notHeld': { naturalPerson: 2 },
    'notProcessed.duplicate': { naturalPerson: 1 },
    totalProcessed: { naturalPerson: 8, legalService: 1 },
    carriedForward: { naturalPerson: 2 },
  };
  for (const [row, columns] of Object.entries(rows) as [Table3RowId, Partial<Record<Table3ColumnId, number>>][]) {
    for (const [column, value] of Object.entries(columns) as [Table3ColumnId, number][]) values[table3CellId(row, column)] = value;
  }
  values['t4.review.upheld'] = 1;
  values['t2.normativeDocuments.inForce'] = 4;
  values['t2.licensing.decisions'] = 12;
  values['t2.fees.amount'] = 1.5;
  return withTotals(values);
}

export function consistentStory(): Story {
  return {
    agency: '青石山街道办事处',
    year: 2023,
    published: 118,
    publishedItems: [
      ['工作动态', 80],
      ['通知公告', 30],
      ['政策文件', 8],
    ],
    newReceived: 10,
    carriedOver: 1,
    carriedForward: 2,
    review: 1,
    litigation: 0,
    overdueFee: 0,
    problemsVariant: 0,
  };
}

export function consistentReport(): Report {
  return buildReport(consistentValues(), consistentStory());
}

/** A small deterministic PRNG (mulberry32), so generated reports are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = ['青石山街道办事处', '时庄街道办事处', '某市人民政府', '某市生态环境局', '官塘社区'];

/** A consistent report made from a seed: random numbers, every identity holding, prose agreeing. */
export function generateReport(seed: number, year = 2023, carriedOver?: Partial<Record<Table3ColumnId, number>>): Report {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const values = zeroValues();
  for (const column of APPLICANTS) {
    const fresh = column === 'naturalPerson' ? int(20) : next() < 0.3 ? int(4) : 0;
    const over = carriedOver ? (carriedOver[column] ?? 0) : next() < 0.3 ? int(2) : 0;
    const forward = Math.min(fresh + over, next() < 0.3 ? int(2) : 0);
    values[table3CellId('newReceived', column)] = fresh;
    values[table3CellId('carriedOver', column)] = over;
    values[table3CellId('carriedForward', column)] = forward;
    values[table3CellId('totalProcessed', column)] = fresh + over - forward;
    for (let left = fresh + over - forward; left > 0; left--) {
      // Mostly the common outcomes, so 其他处理 stays a small share.
      const row = next() < 0.8 ? (['granted', 'partiallyGranted', 'unable.notHeld'] as const)[int(2)] : OUTCOMES[int(OUTCOMES.length - 1)];
      const id = table3CellId(row as Table3RowId, column);
      values[id] = (values[id] ?? 0) + 1;
    }
  }
  for (const block of TABLE4_BLOCKS) {
    for (const column of ['upheld', 'corrected', 'other', 'pending'] as const) values[table4CellId(block.id, column)] = next() < 0.2 ? int(2) : 0;
  }
  const agency = AGENCIES[seed % AGENCIES.length] as string;
  const makesRules = !/街道|社区/.test(agency);
  values['t2.regulations.issued'] = makesRules ? int(3) : 0;
  values['t2.regulations.inForce'] = makesRules ? 10 + int(20) : 0;
  values['t2.normativeDocuments.issued'] = int(5);
  values['t2.normativeDocuments.inForce'] = 5 + int(30);
  values['t2.licensing.decisions'] = int(500);
  values['t2.punishment.decisions'] = int(50);
  values['t2.fees.amount'] = Math.round(next() * 1000) / 100;
  const totals = withTotals(values);
  const items: [string, number][] = [
    ['工作动态', 10 + int(100)],
    ['通知公告', int(40)],
    ['政策文件', int(10)],
  ];
  const story: Story = {
    agency,
    year,
    published: items.reduce((sum, [, n]) => sum + n, 0),
    publishedItems: items,
    newReceived: totals['t3.newReceived.total'] ?? 0,
    carriedOver: totals['t3.carriedOver.total'] ?? 0,
    carriedForward: totals['t3.carriedForward.total'] ?? 0,
    review: totals['t4.review.total'] ?? 0,
    litigation: (totals['t4.litigationDirect.total'] ?? 0) + (totals['t4.litigationAfterReview.total'] ?? 0),
    overdueFee: totals['t3.other.overdueFee.total'] ?? 0,
    problemsVariant: seed + year,
  };
  return buildReport(totals, story);
}

/** Sets one cell (value and raw) on a copy. */
export function withCell(report: Report, id: CellId, update: Parameters<typeof setCell>[2]): Report {
  return setCell(structuredClone(report), id, update);
}

/** A copy with one part's text (or the whole part) replaced. */
export function withPart(report: Report, id: PartId, text: string | null): Report {
  const copy = structuredClone(report);
  copy.parts[id] = text === null ? { heading: null, text: '', location: null } : { ...copy.parts[id], text };
  return copy;
}

/** The findings of one rule, with everything else off. */
export function run(report: Report, ruleId: string, options: Omit<CheckOptions, 'rules'> = {}): Finding[] {
  return check(report, options).filter((finding) => finding.ruleId === ruleId);
}

/** A report with nothing in it but the parts given: for prose rules. */
export function proseReport(texts: Partial<Record<PartId, string>>, values: Values = consistentValues(), year = 2023): Report {
  const report = buildReport(values, { ...consistentStory(), year });
  for (const [id, text] of Object.entries(texts) as [PartId, string][]) report.parts[id].text = text;
  return report;
}

export { createEmptyReport };
