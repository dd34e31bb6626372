/**
 * Random reports for property tests: every identity of the template holds, blanks where reports
 * leave cells empty, a fee with decimals now and then, large counts, and short prose in parts whose
 * headings are written as the template has them, as a variant, or not at all. Test code only.
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
  type Report,
} from '@nianbao/core';

const applicantColumns = TABLE3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);
const outcomeRows = TABLE3_ROWS.filter((r) => r.outcome).map((r) => r.id);
const table2Integers = TABLE2_ROWS.filter((row) => row.id !== 'fees').flatMap((row) => row.columns.map((c) => `t2.${row.id}.${c}` as CellId));

const count = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 4000 }) },
);
const fee = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 99999 }).map((n) => n / 100));

interface Draw {
  readonly table2: readonly number[];
  readonly fee: number;
  readonly outcomes: readonly (readonly number[])[];
  readonly carriedForward: readonly number[];
  readonly carriedOver: readonly number[];
  readonly table4: readonly (readonly number[])[];
}

const cellDraw: fc.Arbitrary<Draw> = fc.record({
  table2: fc.array(count, { minLength: table2Integers.length, maxLength: table2Integers.length }),
  fee,
  outcomes: fc.array(fc.array(count, { minLength: outcomeRows.length, maxLength: outcomeRows.length }), {
    minLength: applicantColumns.length,
    maxLength: applicantColumns.length,
  }),
  carriedForward: fc.array(count, { minLength: applicantColumns.length, maxLength: applicantColumns.length }),
  carriedOver: fc.array(count, { minLength: applicantColumns.length, maxLength: applicantColumns.length }),
  table4: fc.array(fc.array(count, { minLength: TABLE4_COLUMNS.length - 1, maxLength: TABLE4_COLUMNS.length - 1 }), {
    minLength: TABLE4_BLOCKS.length,
    maxLength: TABLE4_BLOCKS.length,
  }),
});

/** The 200 cells from a draw, such that every identity holds. */
function consistentValues(draw: Draw): CellValues {
  const values = Object.fromEntries(CELL_IDS.map((id) => [id, 0])) as CellValues;
  table2Integers.forEach((id, i) => (values[id] = draw.table2[i] ?? 0));
  values['t2.fees.amount'] = draw.fee;
  applicantColumns.forEach((column, c) => {
    let processed = 0;
    outcomeRows.forEach((row, r) => {
      const value = draw.outcomes[c]?.[r] ?? 0;
      values[table3CellId(row, column)] = value;
      processed += value;
    });
    const carriedForward = draw.carriedForward[c] ?? 0;
    const carriedOver = Math.min(draw.carriedOver[c] ?? 0, processed + carriedForward);
    values[table3CellId('totalProcessed', column)] = processed;
    values[table3CellId('carriedForward', column)] = carriedForward;
    values[table3CellId('carriedOver', column)] = carriedOver;
    values[table3CellId('newReceived', column)] = processed + carriedForward - carriedOver;
  });
  for (const row of TABLE3_ROWS) {
    values[table3CellId(row.id, 'total')] = applicantColumns.reduce((sum, column) => sum + (values[table3CellId(row.id, column)] ?? 0), 0);
  }
  TABLE4_BLOCKS.forEach((block, b) => {
    let total = 0;
    TABLE4_COLUMNS.filter((c) => c.id !== 'total').forEach((column, i) => {
      const value = draw.table4[b]?.[i] ?? 0;
      values[table4CellId(block.id, column.id)] = value;
      total += value;
    });
    values[table4CellId(block.id, 'total')] = total;
  });
  return values;
}

/** How blanks fall: none, some zeros left empty, whole rows empty, or anywhere. */
const blankDraw = fc.record({
  style: fc.constantFrom('none', 'zeros', 'rows', 'scattered'),
  mask: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: CELL_IDS.length, maxLength: CELL_IDS.length }),
});

function applyBlanks(values: CellValues, draw: { style: string; mask: readonly number[] }): void {
  const rowOf = (id: CellId) => {
    const cell = getCellDefinition(id);
    return `${cell.table}:${cell.row}`;
  };
  const firstOfRow = new Map<string, number>();
  CELL_IDS.forEach((id, i) => {
    if (!firstOfRow.has(rowOf(id))) firstOfRow.set(rowOf(id), i);
  });
  CELL_IDS.forEach((id, i) => {
    const m = draw.mask[i] ?? 99;
    const blank =
      draw.style === 'zeros'
        ? values[id] === 0 && m < 40
        : draw.style === 'rows'
          ? (draw.mask[firstOfRow.get(rowOf(id))!] ?? 99) < 10
          : draw.style === 'scattered'
            ? m < 8
            : false;
    if (blank) values[id] = null;
  });
}

const PLACES = ['曲阜市', '新华区', '合肥市蜀山区', '昆明市五华区', '青石山', '绍兴市越城区'];
const BODIES = ['时庄街道办事处', '人民政府', '教育局', '自然资源和规划局', '市场监督管理局', '人民政府办公室', '卫生健康委员会'];
const SENTENCES = [
  '认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
  '（一）主动公开情况',
  '全年共主动公开政府信息128条，其中政策文件12条、工作动态56条。',
  '依托门户网站“政府信息公开”专栏，及时更新各类信息（详见www.example.gov.cn）。',
  '一是信息公开的深度和广度有待拓展；二是政策解读形式较为单一。',
  '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。',
  'Open data: 3 datasets, 1,204 records.',
];

const partDraw = fc.record({
  heading: fc.constantFrom('template', 'template', 'alias', 'none'),
  lines: fc.array(fc.constantFrom(...SENTENCES), { maxLength: 3 }),
});

/** A random consistent report; with `blanks`, some cells are blank (null). */
export function arbitraryReport(options: { blanks?: boolean } = {}): fc.Arbitrary<Report> {
  return fc
    .record({
      place: fc.constantFrom(...PLACES),
      body: fc.constantFrom(...BODIES),
      year: fc.integer({ min: 2021, max: 2026 }),
      writtenTitle: fc.boolean(),
      period: fc.boolean(),
      published: fc.boolean(),
      cells: cellDraw,
      blanks: options.blanks ? blankDraw : fc.constant({ style: 'none', mask: [] as number[] }),
      parts: fc.array(partDraw, { minLength: PARTS.length, maxLength: PARTS.length }),
    })
    .map(({ place, body, year, writtenTitle, period, published, cells, blanks, parts }) => {
      const values = consistentValues(cells);
      applyBlanks(values, blanks);
      const report = unflattenCells(values, createEmptyReport());
      const agency = `${place}${body}`;
      report.templateVersion = '2021';
      report.metadata = {
        title: writtenTitle ? `${agency}${year}年政府信息公开工作年度报告` : null,
        agency,
        year,
        period: period ? { start: `${year}-01-01`, end: `${year}-12-31`, text: `统计期限为${year}年1月1日至${year}年12月31日。` } : null,
        publishedOn: published ? `${year + 1}-01-31` : null,
        contact: null,
      };
      PARTS.forEach((part, i) => {
        const draw = parts[i]!;
        const wording = draw.heading === 'alias' ? (part.aliases[0] ?? part.label) : part.label;
        report.parts[part.id] = {
          heading: draw.heading === 'none' ? null : `${part.numeral}、${wording}`,
          text: draw.lines.join('\n'),
          location: null,
        };
      });
      return report;
    });
}
