/**
 * The 2021 annual-report template (国办公开办函〔2021〕30号) as data: the six parts and the rows and
 * columns of tables 2, 3 and 4, with the labels the template prints and the variants agencies write.
 * Cell ids, parsers, rules and renderers are all derived from these lists, so a label lives here once.
 *
 * @module
 */

/** A label as the template prints it, with the variants found in published reports. */
export interface LabelDefinition {
  /** The label exactly as the 2021 template prints it. */
  readonly label: string;
  /** Other spellings seen in published reports (older wording, abbreviations). */
  readonly aliases: readonly string[];
}

// ───────────────────────────── the six parts ─────────────────────────────

/** Ids of the six parts, in template order. */
export const PART_IDS = [
  'overview',
  'activeDisclosure',
  'applications',
  'reviewLitigation',
  'problems',
  'otherMatters',
] as const;

/** One of the six parts of the report. */
export type PartId = (typeof PART_IDS)[number];

/** What the template says about one of its six parts. */
export interface PartDefinition extends LabelDefinition {
  readonly id: PartId;
  /** 1–6. */
  readonly number: number;
  /** The Chinese numeral that numbers the heading: 一 … 六. */
  readonly numeral: string;
  /** Prose parts are free text; the other three are tables 2, 3 and 4. */
  readonly kind: 'prose' | 'table';
  readonly table?: TableNumber;
  /** English name, for messages and docs. */
  readonly labelEn: string;
}

/** The six parts, in the order the template requires. */
export const PARTS: readonly PartDefinition[] = [
  {
    id: 'overview',
    number: 1,
    numeral: '一',
    label: '总体情况',
    aliases: ['基本情况', '概述'],
    kind: 'prose',
    labelEn: 'Overview',
  },
  {
    id: 'activeDisclosure',
    number: 2,
    numeral: '二',
    label: '主动公开政府信息情况',
    aliases: ['行政机关主动公开政府信息情况', '主动公开情况'],
    kind: 'table',
    table: 2,
    labelEn: 'Proactive disclosure',
  },
  {
    id: 'applications',
    number: 3,
    numeral: '三',
    label: '收到和处理政府信息公开申请情况',
    aliases: ['收到和处理政府信息公开申请的情况', '依申请公开政府信息情况'],
    kind: 'table',
    table: 3,
    labelEn: 'Applications received and handled',
  },
  {
    id: 'reviewLitigation',
    number: 4,
    numeral: '四',
    label: '政府信息公开行政复议、行政诉讼情况',
    aliases: ['政府信息公开行政复议和行政诉讼情况', '因政府信息公开申请行政复议、提起行政诉讼情况', '行政复议、行政诉讼情况'],
    kind: 'table',
    table: 4,
    labelEn: 'Administrative reconsideration and litigation',
  },
  {
    id: 'problems',
    number: 5,
    numeral: '五',
    label: '存在的主要问题及改进情况',
    aliases: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况', '存在的主要问题及改进措施'],
    kind: 'prose',
    labelEn: 'Main problems and improvements',
  },
  {
    id: 'otherMatters',
    number: 6,
    numeral: '六',
    label: '其他需要报告的事项',
    aliases: ['其他需要报告的事情', '其他事项'],
    kind: 'prose',
    labelEn: 'Other matters to report',
  },
];

// ───────────────────────────── tables ─────────────────────────────

/** The template's tables carry numbers 2, 3 and 4, after the parts they belong to. */
export type TableNumber = 2 | 3 | 4;

/** Table 2 (主动公开政府信息情况): its rows, each with the columns that row has. */
export const TABLE2_ROWS = [
  { id: 'regulations', label: '规章', aliases: [], clause: '第二十条第（一）项', columns: ['issued', 'repealed', 'inForce'] },
  {
    id: 'normativeDocuments',
    label: '行政规范性文件',
    aliases: ['规范性文件'],
    clause: '第二十条第（一）项',
    columns: ['issued', 'repealed', 'inForce'],
  },
  { id: 'licensing', label: '行政许可', aliases: [], clause: '第二十条第（五）项', columns: ['decisions'] },
  { id: 'punishment', label: '行政处罚', aliases: [], clause: '第二十条第（六）项', columns: ['decisions'] },
  { id: 'coercion', label: '行政强制', aliases: [], clause: '第二十条第（六）项', columns: ['decisions'] },
  { id: 'fees', label: '行政事业性收费', aliases: [], clause: '第二十条第（八）项', columns: ['amount'] },
] as const satisfies readonly (LabelDefinition & { id: string; clause: string; columns: readonly string[] })[];

/** The columns of table 2. */
export const TABLE2_COLUMNS = {
  issued: { label: '本年制发件数', aliases: ['本年度制发数', '本年制发数', '本年新制发件数', '本年度制发件数'] },
  repealed: { label: '本年废止件数', aliases: ['本年度废止数', '本年废止数', '本年度废止件数'] },
  inForce: { label: '现行有效件数', aliases: ['现行有效数', '现行有效文件数'] },
  decisions: { label: '本年处理决定数量', aliases: ['本年度处理决定数量', '处理决定数量', '本年处理决定数'] },
  amount: { label: '本年收费金额（单位：万元）', aliases: ['本年收费金额', '本年度收费金额（单位：万元）', '收费金额（单位：万元）'] },
} as const satisfies Record<string, LabelDefinition>;

/** Table 3 (收到和处理政府信息公开申请情况): the applicant columns, 总计 last. */
export const TABLE3_COLUMNS = [
  { id: 'naturalPerson', label: '自然人', aliases: [], group: null },
  { id: 'commercial', label: '商业企业', aliases: [], group: '法人或其他组织' },
  { id: 'research', label: '科研机构', aliases: [], group: '法人或其他组织' },
  { id: 'socialWelfare', label: '社会公益组织', aliases: [], group: '法人或其他组织' },
  { id: 'legalService', label: '法律服务机构', aliases: [], group: '法人或其他组织' },
  { id: 'otherOrg', label: '其他', aliases: [], group: '法人或其他组织' },
  { id: 'total', label: '总计', aliases: ['合计'], group: null },
] as const satisfies readonly (LabelDefinition & { id: string; group: string | null })[];

/** The group headings of table 3's rows; a row's `group` refers to one of these. */
export const TABLE3_ROW_GROUPS = {
  outcomes: { label: '三、本年度办理结果', aliases: ['本年度办理结果'] },
  denied: { label: '（三）不予公开', aliases: ['不予公开'] },
  unable: { label: '（四）无法提供', aliases: ['无法提供'] },
  notProcessed: { label: '（五）不予处理', aliases: ['不予处理'] },
  other: { label: '（六）其他处理', aliases: ['其他处理'] },
} as const satisfies Record<string, LabelDefinition>;

/** A group of table-3 rows under one heading. */
export type Table3RowGroup = keyof typeof TABLE3_ROW_GROUPS;

/** Table 3's 25 rows in template order. `outcome` marks the 21 rows that add up to （七）总计. */
export const TABLE3_ROWS = [
  { id: 'newReceived', label: '一、本年新收政府信息公开申请数量', aliases: ['本年新收政府信息公开申请数量'], group: null, outcome: false },
  { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量', aliases: ['上年结转政府信息公开申请数量'], group: null, outcome: false },
  { id: 'granted', label: '（一）予以公开', aliases: [], group: 'outcomes', outcome: true },
  {
    id: 'partiallyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    aliases: ['（二）部分公开'],
    group: 'outcomes',
    outcome: true,
  },
  { id: 'denied.stateSecret', label: '1.属于国家秘密', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.threeSecurityOneStability', label: '3.危及“三安全一稳定”', aliases: ['3.危及三安全一稳定'], group: 'denied', outcome: true },
  { id: 'denied.thirdPartyRights', label: '4.保护第三方合法权益', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.internalAffairs', label: '5.属于三类内部事务信息', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.processInformation', label: '6.属于四类过程性信息', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.enforcementFiles', label: '7.属于行政执法案卷', aliases: [], group: 'denied', outcome: true },
  { id: 'denied.queryMatters', label: '8.属于行政查询事项', aliases: [], group: 'denied', outcome: true },
  { id: 'unable.notHeld', label: '1.本机关不掌握相关政府信息', aliases: [], group: 'unable', outcome: true },
  { id: 'unable.needsCreation', label: '2.没有现成信息需要另行制作', aliases: [], group: 'unable', outcome: true },
  { id: 'unable.unclear', label: '3.补正后申请内容仍不明确', aliases: [], group: 'unable', outcome: true },
  { id: 'notProcessed.complaint', label: '1.信访举报投诉类申请', aliases: [], group: 'notProcessed', outcome: true },
  { id: 'notProcessed.duplicate', label: '2.重复申请', aliases: [], group: 'notProcessed', outcome: true },
  { id: 'notProcessed.publication', label: '3.要求提供公开出版物', aliases: [], group: 'notProcessed', outcome: true },
  { id: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', aliases: [], group: 'notProcessed', outcome: true },
  {
    id: 'notProcessed.confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    aliases: [],
    group: 'notProcessed',
    outcome: true,
  },
  {
    id: 'other.overdueCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    aliases: [],
    group: 'other',
    outcome: true,
  },
  {
    id: 'other.overdueFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    aliases: [],
    group: 'other',
    outcome: true,
  },
  { id: 'other.other', label: '3.其他', aliases: [], group: 'other', outcome: true },
  { id: 'totalProcessed', label: '（七）总计', aliases: ['总计'], group: 'outcomes', outcome: false },
  { id: 'carriedForward', label: '四、结转下年度继续办理', aliases: ['结转下年度继续办理'], group: null, outcome: false },
] as const satisfies readonly (LabelDefinition & { id: string; group: Table3RowGroup | null; outcome: boolean })[];

/**
 * Header words the tables print above their labels and values: table 2's 信息内容 column, table 3's
 * 申请人情况 over the applicant columns, table 4's 行政诉讼 over its two litigation blocks.
 */
export const TABLE_HEADERS = {
  table2Content: '信息内容',
  table3Applicants: '申请人情况',
  table4Litigation: '行政诉讼',
} as const;

/** The note printed on table 3, which states its column identity. */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table 4 (政府信息公开行政复议、行政诉讼情况): its three blocks. */
export const TABLE4_BLOCKS = [
  { id: 'review', label: '行政复议', aliases: [], group: null },
  { id: 'litigationDirect', label: '未经复议直接起诉', aliases: ['直接起诉'], group: TABLE_HEADERS.table4Litigation },
  { id: 'litigationAfterReview', label: '复议后起诉', aliases: ['经复议后起诉'], group: TABLE_HEADERS.table4Litigation },
] as const satisfies readonly (LabelDefinition & { id: string; group: string | null })[];

/** The five columns every table-4 block has. */
export const TABLE4_COLUMNS = [
  { id: 'upheld', label: '结果维持', aliases: ['维持'] },
  { id: 'corrected', label: '结果纠正', aliases: ['纠正'] },
  { id: 'other', label: '其他结果', aliases: [] },
  { id: 'pending', label: '尚未审结', aliases: ['未审结'] },
  { id: 'total', label: '总计', aliases: ['合计'] },
] as const satisfies readonly (LabelDefinition & { id: string })[];

/** Row ids of table 2. */
export type Table2RowId = (typeof TABLE2_ROWS)[number]['id'];
/** Column ids of table 2. */
export type Table2ColumnId = keyof typeof TABLE2_COLUMNS;
/** Row ids of table 3, e.g. `denied.thirdPartyRights`. */
export type Table3RowId = (typeof TABLE3_ROWS)[number]['id'];
/** Column ids of table 3, e.g. `naturalPerson`. */
export type Table3ColumnId = (typeof TABLE3_COLUMNS)[number]['id'];
/** Block ids of table 4. */
export type Table4BlockId = (typeof TABLE4_BLOCKS)[number]['id'];
/** Column ids of table 4. */
export type Table4ColumnId = (typeof TABLE4_COLUMNS)[number]['id'];
