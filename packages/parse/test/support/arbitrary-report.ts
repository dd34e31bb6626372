/**
 * fast-check arbitraries for property-based tests: random but CONSISTENT annual reports in the 2021
 * template. Every generated report satisfies all of the template's identities (with `blanks`, an
 * identity may be `incomplete` because a cell it needs is blank, but never `fails`).
 *
 * Test code only.
 */
import fc from 'fast-check';
import {
  CELL_IDS,
  PARTS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  createEmptyReport,
  getCellDefinition,
  table3CellId,
  table4CellId,
  unflattenCells,
  type CellId,
  type CellValues,
  type PartId,
  type Report,
  type Table3ColumnId,
} from '@nianbao/core';

/** Options of {@link arbitraryReport}. */
export interface ArbitraryReportOptions {
  /**
   * Leave some cells blank (`null`): zero cells left empty, whole rows left empty, or a few cells
   * anywhere. Default false: every cell holds a number.
   */
  readonly blanks?: boolean;
}

// ───────────────────────────── agencies ─────────────────────────────

const CITIES = ['曲阜市', '昆明市', '合肥市', '南阳市', '绍兴市', '宜宾市', '赣州市', '泉州市', '包头市', '柳州市', '六安市', '郑州市'];
const DISTRICTS = ['官渡区', '新华区', '叶集区', '高新区', '城关区', '鼓楼区', '西湖区', '金水区', '开福区', '雨花区'];
const COUNTIES = ['平阴县', '长丰县', '宁乡县', '德清县', '安吉县', '仙居县', '霍邱县', '舒城县'];
const STREETS = ['六甲街道', '时庄街道', '青石山街道', '东城街道', '南湖街道', '城南街道', '五里墩街道', '花园街道'];
const TOWNS = ['柳林镇', '石桥镇', '大河镇', '青山乡', '白马镇', '孙岗乡'];
const BUREAUS = [
  '人力资源和社会保障局',
  '自然资源和规划局',
  '生态环境分局',
  '卫生健康委员会',
  '交通运输局',
  '市场监督管理局',
  '农业农村局',
  '住房和城乡建设局',
  '民政局',
  '教育体育局',
  '财政局',
  '应急管理局',
  '医疗保障局',
  '机关事务管理服务中心',
];
const COMMUNITIES = ['官塘社区', '幸福社区', '新村社区', '东风社区', '花园社区', '建设路社区'];

/** A realistic publishing agency: 某某市某某区人民政府办公室, XX街道办事处, XX县XX局, XX社区 … */
export function arbitraryAgency(): fc.Arbitrary<string> {
  const city = fc.constantFrom(...CITIES);
  const district = fc.constantFrom(...DISTRICTS);
  const county = fc.constantFrom(...COUNTIES);
  const street = fc.constantFrom(...STREETS);
  const town = fc.constantFrom(...TOWNS);
  const bureau = fc.constantFrom(...BUREAUS);
  const community = fc.constantFrom(...COMMUNITIES);
  return fc.oneof(
    fc.tuple(city, district).map(([c, d]) => `${c}${d}人民政府办公室`),
    city.map((c) => `${c}人民政府办公室`),
    fc.tuple(district, street).map(([d, s]) => `${d}${s}办事处`),
    fc.tuple(city, district, street).map(([c, d, s]) => `${c}${d}人民政府${s}办事处`),
    fc.tuple(county, bureau).map(([c, b]) => `${c}${b}`),
    fc.tuple(city, bureau).map(([c, b]) => `${c}${b}`),
    fc.tuple(district, bureau).map(([d, b]) => `${d}${b}`),
    fc.tuple(county, town).map(([c, t]) => `${c}${t}人民政府`),
    fc.tuple(district, community).map(([d, c]) => `${d}${c}`),
    community,
  );
}

// ───────────────────────────── numbers ─────────────────────────────

/** A count: mostly 0–30, now and then up to 5000 (to exercise thousands separators). */
export function arbitraryCount(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 10, arbitrary: fc.integer({ min: 1, max: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 31, max: 5000 }) },
  );
}

/** A table-3 count: usually 0 (most outcomes never happen), else small. */
const sparseCount = fc.oneof(
  { weight: 20, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 13, max: 60 }) },
);

/** 行政事业性收费 in 万元: 0, or a decimal with at most two places, sometimes large. */
const feeAmount = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 99_999 }).map((cents) => cents / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 500 }).map((tenths) => tenths / 10) },
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 500_000 }).map((cents) => cents / 100) },
);

const applicantColumns = TABLE3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id as Table3ColumnId);
const outcomeRows = TABLE3_ROWS.filter((r) => r.outcome).map((r) => r.id);

interface ApplicantColumnDraw {
  readonly active: boolean;
  readonly outcomes: readonly number[];
  readonly carriedOver: number;
  readonly carriedForward: number;
}

const applicantColumnDraw: fc.Arbitrary<ApplicantColumnDraw> = fc.record({
  active: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
  outcomes: fc.array(sparseCount, { minLength: outcomeRows.length, maxLength: outcomeRows.length }),
  carriedOver: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) }),
  carriedForward: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) }),
});

interface CellDraw {
  readonly t2: readonly number[];
  readonly fee: number;
  readonly columns: readonly ApplicantColumnDraw[];
  /** Now and then one large natural-person outcome (1000–5000). */
  readonly large: { readonly row: number; readonly value: number } | null;
  readonly t4: readonly (readonly number[])[];
}

const t2Integers = TABLE2_ROWS.flatMap((row) => row.columns.map((column) => `${row.id}.${column}`)).filter((id) => !id.startsWith('fees.'));

const cellDraw: fc.Arbitrary<CellDraw> = fc.record({
  t2: fc.array(arbitraryCount(), { minLength: t2Integers.length, maxLength: t2Integers.length }),
  fee: feeAmount,
  columns: fc.array(applicantColumnDraw, { minLength: applicantColumns.length, maxLength: applicantColumns.length }),
  large: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ row: fc.integer({ min: 0, max: outcomeRows.length - 1 }), value: fc.integer({ min: 1000, max: 5000 }) }) },
  ),
  t4: fc.array(
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }) }), {
      minLength: TABLE4_COLUMNS.length - 1,
      maxLength: TABLE4_COLUMNS.length - 1,
    }),
    { minLength: TABLE4_BLOCKS.length, maxLength: TABLE4_BLOCKS.length },
  ),
});

/** Builds the 200 cell values from a draw so that every identity holds. */
function consistentValues(draw: CellDraw): CellValues {
  const values = Object.fromEntries(CELL_IDS.map((id) => [id, 0])) as CellValues;

  // Table 2: independent counts; the fee may be a decimal.
  t2Integers.forEach((key, i) => {
    values[`t2.${key}` as CellId] = draw.t2[i] ?? 0;
  });
  values['t2.fees.amount'] = draw.fee;

  // Table 3: per applicant column, outcomes first, then totals and the balance.
  applicantColumns.forEach((column, ci) => {
    const col = draw.columns[ci];
    // Natural persons always apply; each kind of organisation only sometimes.
    const active = column === 'naturalPerson' || (col?.active ?? false);
    let processed = 0;
    outcomeRows.forEach((row, ri) => {
      let value = active ? (col?.outcomes[ri] ?? 0) : 0;
      if (column === 'naturalPerson' && draw.large?.row === ri) value = draw.large.value;
      values[table3CellId(row, column)] = value;
      processed += value;
    });
    const carriedForward = active ? (col?.carriedForward ?? 0) : 0;
    // new + carriedOver = processed + carriedForward, with new ≥ 0.
    const carriedOver = Math.min(active ? (col?.carriedOver ?? 0) : 0, processed + carriedForward);
    values[table3CellId('totalProcessed', column)] = processed;
    values[table3CellId('carriedForward', column)] = carriedForward;
    values[table3CellId('carriedOver', column)] = carriedOver;
    values[table3CellId('newReceived', column)] = processed + carriedForward - carriedOver;
  });
  for (const row of TABLE3_ROWS) {
    values[table3CellId(row.id, 'total')] = applicantColumns.reduce((sum, column) => sum + (values[table3CellId(row.id, column)] ?? 0), 0);
  }

  // Table 4: four outcome columns, total their sum.
  TABLE4_BLOCKS.forEach((block, bi) => {
    const counts = draw.t4[bi] ?? [];
    let total = 0;
    TABLE4_COLUMNS.filter((c) => c.id !== 'total').forEach((column, i) => {
      const value = counts[i] ?? 0;
      values[table4CellId(block.id, column.id)] = value;
      total += value;
    });
    values[table4CellId(block.id, 'total')] = total;
  });
  return values;
}

// ───────────────────────────── blanks ─────────────────────────────

type BlankStyle = 'none' | 'zeros' | 'rows' | 'scattered';

interface BlankDraw {
  readonly style: BlankStyle;
  /** One number 0–99 per cell, in CELL_IDS order. */
  readonly mask: readonly number[];
}

const blankDraw: fc.Arbitrary<BlankDraw> = fc.record({
  style: fc.constantFrom<BlankStyle>('none', 'zeros', 'zeros', 'rows', 'rows', 'scattered'),
  mask: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: CELL_IDS.length, maxLength: CELL_IDS.length }),
});

/** Blanks some cells: as reports do, mostly zeros left empty or whole rows left empty. */
function applyBlanks(values: CellValues, draw: BlankDraw): void {
  const rowKey = (id: CellId) => {
    const cell = getCellDefinition(id);
    return `${cell.table}:${cell.row}`;
  };
  // For 'rows': a row is blank when the mask of its first cell is low.
  const blankRows = new Set<string>();
  if (draw.style === 'rows') {
    const seen = new Set<string>();
    CELL_IDS.forEach((id, i) => {
      const key = rowKey(id);
      if (seen.has(key)) return;
      seen.add(key);
      if ((draw.mask[i] ?? 99) < 8) blankRows.add(key);
    });
    if (blankRows.size === 0) blankRows.add(rowKey('t2.coercion.decisions'));
  }
  CELL_IDS.forEach((id, i) => {
    const m = draw.mask[i] ?? 99;
    const blank =
      draw.style === 'zeros'
        ? values[id] === 0 && m < 50
        : draw.style === 'rows'
          ? blankRows.has(rowKey(id))
          : draw.style === 'scattered'
            ? m < 6
            : false;
    if (blank) values[id] = null;
  });
}

// ───────────────────────────── prose ─────────────────────────────

/** How an agency refers to itself in its report. */
function selfReference(agency: string, generic: boolean): string {
  if (generic) return '本机关';
  for (const [ending, self] of [
    ['街道办事处', '我街道'],
    ['社区', '我社区'],
    ['局', '我局'],
    ['中心', '我中心'],
    ['委员会', '我委'],
    ['镇人民政府', '我镇'],
    ['乡人民政府', '我乡'],
  ] as const) {
    if (agency.endsWith(ending)) return self;
  }
  return '我单位';
}
const OPENING = [
  '认真贯彻落实《中华人民共和国政府信息公开条例》，按照上级关于政务公开工作的部署要求，扎实推进政府信息公开工作',
  '坚持以公开为常态、不公开为例外，不断完善政府信息公开制度，持续提升政务公开质量',
  '严格执行《中华人民共和国政府信息公开条例》，围绕中心工作，积极回应社会关切',
];
const TOPICS = ['政策文件', '工作动态', '通知公告', '财政预决算', '人事信息', '社会救助'];
const MANAGEMENT = [
  '严格落实信息发布“三审三校”制度，对拟公开信息进行保密审查，确保信息准确、规范。',
  '安排专人负责政府信息的收集、整理和发布，定期开展已公开信息的自查清理。',
  '健全政府信息公开审核机制，坚持先审后发，做到应公开尽公开。',
];
const PLATFORM = [
  '依托政府门户网站政府信息公开专栏，及时更新各类信息，同时利用微信公众号拓展公开渠道。',
  '在便民服务中心设立政府信息公开查阅点，方便群众就近查阅。',
  '加强政务新媒体管理，规范信息发布流程，提升平台服务能力。',
];
const OVERSIGHT = [
  '将政府信息公开工作纳入年度考核，强化监督检查，全年未发生责任追究情况。',
  '成立政务公开工作领导小组，明确分管领导和工作人员，定期组织业务培训。',
  '主动接受社会监督，畅通意见反馈渠道，对发现的问题及时整改。',
];
const PROBLEMS = [
  '一是信息公开的深度和广度有待拓展；二是政策解读形式较为单一；三是工作人员业务能力有待提高。',
  '一是部分栏目更新不够及时；二是依申请公开办理规范化水平有待提升。',
  '一是信息公开内容不够全面；二是政务公开队伍人员变动较大，业务衔接不够顺畅。',
];
const IMPROVEMENTS = [
  '下一步，将加强业务培训，规范信息发布流程，及时更新各栏目内容。',
  '下一步，将进一步丰富政策解读形式，提高解读质量，加强与群众的互动交流。',
  '针对上述问题，将完善工作机制，压实工作责任，推动政府信息公开工作提质增效。',
];
const OTHER_EXTRA = [
  '本年度认真落实政务公开工作要点，重点领域信息公开工作有序推进。',
  '本年度无其他需要报告的事项。',
  '本年度人大代表建议和政协提案办理结果已按要求公开。',
];

interface ProseDraw {
  readonly genericSelf: boolean;
  readonly opening: string;
  readonly published: number;
  readonly topic: string;
  readonly topicShare: number;
  readonly management: string;
  readonly platform: string;
  readonly oversight: string;
  readonly problems: string;
  readonly improvements: string;
  readonly otherExtra: string | null;
  readonly feeNotices: number;
  readonly subheadings: boolean;
  readonly tableIntros: readonly boolean[];
  readonly headingAliases: readonly number[];
}

const proseDraw: fc.Arbitrary<ProseDraw> = fc.record({
  genericSelf: fc.boolean(),
  opening: fc.constantFrom(...OPENING),
  published: fc.integer({ min: 0, max: 2000 }),
  topic: fc.constantFrom(...TOPICS),
  topicShare: fc.integer({ min: 0, max: 100 }),
  management: fc.constantFrom(...MANAGEMENT),
  platform: fc.constantFrom(...PLATFORM),
  oversight: fc.constantFrom(...OVERSIGHT),
  problems: fc.constantFrom(...PROBLEMS),
  improvements: fc.constantFrom(...IMPROVEMENTS),
  otherExtra: fc.option(fc.constantFrom(...OTHER_EXTRA), { freq: 2 }),
  feeNotices: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) }),
  subheadings: fc.boolean(),
  tableIntros: fc.array(fc.integer({ min: 0, max: 4 }).map((n) => n === 0), { minLength: 3, maxLength: 3 }),
  // Index into [label, ...aliases] per part; mostly 0 (the template's own wording).
  headingAliases: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }), {
    minLength: PARTS.length,
    maxLength: PARTS.length,
  }),
});

function partTexts(agency: string, year: number, values: CellValues, draw: ProseDraw): Record<PartId, string> {
  const self = selfReference(agency, draw.genericSelf);
  const n = (id: CellId) => values[id];
  const sub = (numeral: string, title: string) => (draw.subheadings ? [`（${numeral}）${title}`] : []);

  const received = n('t3.newReceived.total');
  const carriedOver = n('t3.carriedOver.total');
  const processed = n('t3.totalProcessed.total');
  const carriedForward = n('t3.carriedForward.total');
  const applications =
    received === null
      ? `${year}年，${self}依法依规办理政府信息公开申请，均在法定期限内予以答复。`
      : received === 0 && (carriedOver ?? 0) === 0
        ? `${year}年度，${self}未收到政府信息公开申请。`
        : `${year}年，${self}共收到政府信息公开申请${received}件` +
          (carriedOver ? `，上年结转${carriedOver}件` : '') +
          (processed !== null ? `，办结${processed}件` : '') +
          (carriedForward ? `，结转下年度继续办理${carriedForward}件` : '') +
          '。';
  const topicCount = Math.floor((draw.published * draw.topicShare) / 100);
  const overview = [
    `${year}年，${self}${draw.opening}。`,
    ...sub('一', '主动公开情况'),
    `全年共主动公开政府信息${draw.published}条，其中${draw.topic}类信息${topicCount}条。`,
    ...sub('二', '依申请公开情况'),
    applications,
    ...sub('三', '政府信息管理情况'),
    draw.management,
    ...sub('四', '政府信息公开平台建设情况'),
    draw.platform,
    ...sub('五', '监督保障情况'),
    draw.oversight,
  ];

  const review = n('t4.review.total');
  const direct = n('t4.litigationDirect.total');
  const afterReview = n('t4.litigationAfterReview.total');
  const litigation = direct === null || afterReview === null ? null : direct + afterReview;
  const [introT2, introT3, introT4] = draw.tableIntros;
  const fee = n('t2.fees.amount');

  return {
    overview: overview.join('\n'),
    activeDisclosure: introT2 ? `${year}年，${self}主动公开政府信息情况如下表：` : '',
    applications: introT3 ? '收到和处理政府信息公开申请情况见下表。' : '',
    reviewLitigation:
      introT4 && review !== null && litigation !== null
        ? `${year}年，因政府信息公开引起的行政复议${review}件，行政诉讼${litigation}件。`
        : '',
    problems: [...sub('一', '存在的主要问题'), draw.problems, ...sub('二', '改进情况'), draw.improvements].join('\n'),
    otherMatters: [
      draw.feeNotices === 0
        ? '依据《政府信息公开信息处理费管理办法》，本年度未收取政府信息公开信息处理费。'
        : `依据《政府信息公开信息处理费管理办法》，本年度发出收费通知${draw.feeNotices}件，实际收取信息处理费${draw.feeNotices * 100}元。`,
      ...(fee !== null && fee > 0 ? [`本年度行政事业性收费金额共计${fee}万元，已按规定公开。`] : []),
      ...(draw.otherExtra ? [draw.otherExtra] : []),
    ].join('\n'),
  };
}

// ───────────────────────────── the report ─────────────────────────────

const PHONE_AREAS = ['0537', '0871', '0564', '0371', '0551', '0575'];

/**
 * A random but consistent report: metadata, six parts of short prose, and all 200 cells, such that
 * every identity of the template holds (`evaluateIdentities` reports no `fails`).
 */
export function arbitraryReport(options: ArbitraryReportOptions = {}): fc.Arbitrary<Report> {
  return fc
    .record({
      agency: arbitraryAgency(),
      year: fc.integer({ min: 2021, max: 2026 }),
      publishedDay: fc.option(fc.integer({ min: 1, max: 31 }), { freq: 2 }),
      contact: fc.option(
        fc.record({
          office: fc.constantFrom('办公室', '党政办公室', '综合办公室', '政务公开办公室'),
          area: fc.constantFrom(...PHONE_AREAS),
          number: fc.integer({ min: 2_000_000, max: 8_999_999 }),
        }),
        { freq: 3 },
      ),
      cells: cellDraw,
      blanks: options.blanks ? blankDraw : fc.constant<BlankDraw>({ style: 'none', mask: [] }),
      prose: proseDraw,
    })
    .map(({ agency, year, publishedDay, contact, cells, blanks, prose }) => {
      const values = consistentValues(cells);
      applyBlanks(values, blanks);

      const base = createEmptyReport();
      base.templateVersion = '2021';
      base.metadata = {
        title: `${agency}${year}年政府信息公开工作年度报告`,
        agency,
        year,
        period: {
          start: `${year}-01-01`,
          end: `${year}-12-31`,
          text: `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
        },
        publishedOn: publishedDay === null ? null : `${year + 1}-01-${String(publishedDay).padStart(2, '0')}`,
        contact:
          contact === null
            ? null
            : `如对本报告有疑问，请与${agency}${agency.endsWith('办公室') ? '' : contact.office}联系（电话：${contact.area}-${contact.number}）。`,
      };
      const texts = partTexts(agency, year, values, prose);
      PARTS.forEach((part, i) => {
        const wordings = [part.label, ...part.aliases];
        const wording = wordings[(prose.headingAliases[i] ?? 0) % wordings.length] ?? part.label;
        base.parts[part.id] = { heading: `${part.numeral}、${wording}`, text: texts[part.id], location: null };
      });
      return unflattenCells(values, base);
    });
}
