import { TABLE3_COLUMNS, type CellId } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { compareReports, renderComparison } from '../src/index.js';
import { reportWith } from './support/reports.js';
import { markdownTables, textTables } from './support/tables.js';

const older = reportWith(
  {
    't2.regulations.issued': 2,
    't2.regulations.repealed': 0,
    't2.fees.amount': 1.1,
    't3.newReceived.naturalPerson': 10,
    't3.newReceived.total': 10,
    't3.granted.total': 0,
    't3.carriedForward.naturalPerson': 3,
    't3.carriedForward.commercial': 1,
    't3.carriedForward.research': 0,
    't3.carriedForward.total': 4,
    't4.review.total': 1,
    't4.review.upheld': 1,
  },
  { year: 2022 },
);
const newer = reportWith(
  {
    't2.regulations.issued': 3,
    't2.regulations.repealed': 0,
    't2.fees.amount': 1.2,
    't3.newReceived.naturalPerson': 0,
    't3.newReceived.total': 0,
    't3.granted.total': 0,
    't3.carriedOver.naturalPerson': 3,
    't3.carriedOver.commercial': 0,
    't3.carriedOver.research': 0,
    't3.carriedOver.total': 3,
    't3.denied.stateSecret.total': 4,
    't4.review.total': 0,
    't4.review.upheld': 0,
  },
  { year: 2023 },
);

describe('compareReports', () => {
  it('keeps the rows non-zero in either year, in template order, totals only by default', () => {
    const { rows } = compareReports(older, newer);
    expect(rows.map((row) => row.cellId)).toEqual([
      't2.regulations.issued',
      't2.fees.amount',
      't3.newReceived.total',
      't3.carriedOver.total',
      't3.denied.stateSecret.total',
      't3.carriedForward.total',
      't4.review.total',
    ]);
  });

  it('computes the change and its ratio, exactly for decimals, null where a year is blank or zero', () => {
    const rows = new Map(compareReports(older, newer).rows.map((row) => [row.cellId, row]));
    expect(rows.get('t2.regulations.issued')).toMatchObject({ older: 2, newer: 3, change: 1, changeRatio: 0.5, label: '规章 · 本年制发件数' });
    expect(rows.get('t2.fees.amount')).toMatchObject({ change: 0.1 });
    expect(rows.get('t3.newReceived.total')).toMatchObject({ change: -10, changeRatio: -1, label: '一、本年新收政府信息公开申请数量' });
    expect(rows.get('t3.denied.stateSecret.total')).toMatchObject({ older: null, newer: 4, change: null, changeRatio: null, label: '（三）不予公开 1.属于国家秘密' });
    expect(rows.get('t4.review.total')).toMatchObject({ label: '行政复议', changeRatio: -1 });
  });

  it('shows every cell with detail `all`', () => {
    const ids = compareReports(older, newer, { detail: 'all' }).rows.map((row) => row.cellId);
    expect(ids).toContain('t3.newReceived.naturalPerson');
    expect(ids).toContain('t3.carriedForward.commercial');
    expect(ids).toContain('t4.review.upheld');
    expect(ids).not.toContain('t3.carriedForward.research');
  });

  it('checks the carry-over column by column', () => {
    const checks = compareReports(older, newer).carryOver;
    expect(checks.map((check) => check.column)).toEqual(TABLE3_COLUMNS.map((column) => column.id));
    expect(checks.map((check) => check.status)).toEqual(['match', 'mismatch', 'match', 'blank', 'blank', 'blank', 'mismatch']);
    expect(checks[1]).toMatchObject({ label: '法人或其他组织·商业企业', carriedForward: 1, carriedOver: 0 });
  });

  it('skips the carry-over check for years that do not follow each other', () => {
    const later = reportWith({ 't3.carriedOver.naturalPerson': 3 }, { year: 2025 });
    const comparison = compareReports(older, later);
    expect(comparison.consecutive).toBe(false);
    expect(comparison.carryOver.every((check) => check.status === 'skipped')).toBe(true);
  });
});

describe('renderComparison', () => {
  const text = renderComparison(older, newer);
  const [t2 = [], t3 = [], t4 = [], carry = []] = textTables(text);

  it('titles the comparison with the agency and both years', () => {
    expect(text.split('\n')[0]).toBe('新华区青石山街道办事处：2022年与2023年政府信息公开工作年度报告对比');
  });

  it('shows a table per template table, with both years, the change and the change in per cent', () => {
    expect(t2[0]).toEqual(['项目', '2022年', '2023年', '增减', '增减率']);
    expect(t2.slice(1)).toEqual([
      ['规章 · 本年制发件数', '2', '3', '+1', '+50.0%'],
      ['行政事业性收费 · 本年收费金额（单位：万元）', '1.1', '1.2', '+0.1', '+9.1%'],
    ]);
    expect(t3.slice(1).map((row) => row[0])).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（三）不予公开 1.属于国家秘密',
      '四、结转下年度继续办理',
    ]);
    expect(t3[1]).toEqual(['一、本年新收政府信息公开申请数量', '10', '0', '-10', '-100.0%']);
    expect(t3[3]).toEqual(['（三）不予公开 1.属于国家秘密', '', '4', '—', '—']);
    expect(t4.slice(1)).toEqual([['行政复议', '1', '0', '-1', '-100.0%']]);
    expect(text).toContain('表三 收到和处理政府信息公开申请情况（总计列）');
  });

  it('marks the carry-over per column ✓ or ✗, and counts them', () => {
    expect(carry.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['自然人', '✓'],
      ['法人或其他组织·商业企业', '✗'],
      ['法人或其他组织·科研机构', '✓'],
      ['法人或其他组织·社会公益组织', '?'],
      ['法人或其他组织·法律服务机构', '?'],
      ['法人或其他组织·其他', '?'],
      ['总计', '✗'],
    ]);
    expect(carry[0]).toEqual(['申请人', '2022年“四、结转下年度继续办理”', '2023年“二、上年结转政府信息公开申请数量”', '核对']);
    expect(text).toContain('上年结转核对：2 列一致，2 列不一致，3 列有空白无法核对');
  });

  it('says so when a table has nothing non-zero in either year', () => {
    const text = renderComparison(reportWith({ 't2.coercion.decisions': 0 }, { year: 2022 }), reportWith({}, { year: 2023 }));
    expect(text).toContain('表二 主动公开政府信息情况\n\n两年均为 0 或空白。');
  });

  it('writes Markdown tables with the same rows', () => {
    const markdown = renderComparison(older, newer, { format: 'markdown' });
    const tables = markdownTables(markdown);
    expect(tables.map((table) => table.length)).toEqual([t2.length, t3.length, t4.length, carry.length]);
    expect(tables[0]![1]).toEqual(['规章 · 本年制发件数', '2', '3', '+1', '+50.0%']);
    expect(tables[3]!.slice(1).map((row) => row[3])).toEqual(['✓', '✗', '✓', '?', '?', '?', '✗']);
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# 新华区青石山街道办事处：2022年与2023年政府信息公开工作年度报告对比',
      '## 表二 主动公开政府信息情况',
      '## 表三 收到和处理政府信息公开申请情况（总计列）',
      '## 表四 政府信息公开行政复议、行政诉讼情况（各栏总计）',
      '## 上年结转核对',
    ]);
  });

  it('writes English headings, keeping the template’s labels', () => {
    const en = renderComparison(older, newer, { language: 'en' });
    expect(en.split('\n')[0]).toBe('新华区青石山街道办事处: annual reports 2022 and 2023 compared');
    expect(textTables(en)[0]![0]).toEqual(['Item', '2022', '2023', 'Change', 'Change %']);
    expect(en).toContain('Carry-over: 2 match, 2 differ, 3 cannot be checked');
  });

  it('notes years that do not follow each other and agencies that differ', () => {
    const other = reportWith({ ['t3.carriedOver.total' as CellId]: 4 }, { year: 2025, agency: '新华区教育局' });
    const text = renderComparison(older, other);
    expect(text).toContain('两份报告的年度（2022年、2025年）不相邻，不核对上年结转。');
    expect(text).toContain('注意：两份报告的发布机关不同（新华区青石山街道办事处、新华区教育局）。');
    expect(textTables(text).at(-1)!.slice(1).every((row) => row[3] === '—')).toBe(true);
  });
});
