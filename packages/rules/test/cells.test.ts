import { cellIdsOfTable, createEmptyReport } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { consistentReport, run, withCell } from './helpers.js';

describe('cell/blank', () => {
  it('says nothing when every cell has a number', () => {
    expect(run(consistentReport(), 'cell/blank')).toEqual([]);
  });

  it('reports a blank cell and placeholders, one finding per row', () => {
    let report = withCell(consistentReport(), 't2.coercion.decisions', { value: null, raw: null });
    report = withCell(report, 't3.newReceived.research', { value: null, raw: '/' });
    report = withCell(report, 't3.newReceived.socialWelfare', { value: null, raw: '—' });
    report = withCell(report, 't4.review.pending', { value: null, raw: '-' });
    const findings = run(report, 'cell/blank');
    expect(findings.map((f) => f.cellIds)).toEqual([
      ['t2.coercion.decisions'],
      ['t3.newReceived.research', 't3.newReceived.socialWelfare'],
      ['t4.review.pending'],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]?.message).toBe('表二“行政强制”“本年处理决定数量”为空白；没有数字的单元格无法与 0 区分，没有发生的事项应填 0');
    expect(findings[1]?.message).toContain('“科研机构”“社会公益组织”为“/”或“—”');
    expect(findings[2]?.actual).toBe('-');
  });

  it('reports a missing table once, not cell by cell', () => {
    const report = consistentReport();
    report.tables.t4.found = false;
    for (const id of cellIdsOfTable(4)) report.tables.t4.cells[id] = { value: null, raw: null, location: null };
    const findings = run(report, 'cell/blank');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('未找到表四（政府信息公开行政复议、行政诉讼情况）');
    expect(findings[0]?.part).toBe('reviewLitigation');
    expect(findings[0]?.cellIds).toHaveLength(15);
    expect(run(createEmptyReport(), 'cell/blank')).toHaveLength(3);
  });

  it('reports a found but empty table once', () => {
    const report = consistentReport();
    for (const id of cellIdsOfTable(3)) report.tables.t3.cells[id] = { value: null, raw: '', location: null };
    const findings = run(report, 'cell/blank');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('已找到，但未读到任何数字');
  });

  it('leaves text that is not a placeholder to cell/invalid-number', () => {
    const report = withCell(consistentReport(), 't2.punishment.decisions', { value: null, raw: '五' });
    expect(run(report, 'cell/blank')).toEqual([]);
    expect(run(report, 'cell/invalid-number')).toHaveLength(1);
  });

  it('treats 无 as a placeholder', () => {
    const report = withCell(consistentReport(), 't2.punishment.decisions', { value: null, raw: '无' });
    expect(run(report, 'cell/blank')).toHaveLength(1);
    expect(run(report, 'cell/invalid-number')).toEqual([]);
  });
});

describe('cell/invalid-number', () => {
  it('says nothing on whole non-negative counts and a decimal fee amount', () => {
    expect(run(consistentReport(), 'cell/invalid-number')).toEqual([]);
  });

  it('reports a negative count', () => {
    const [finding] = run(withCell(consistentReport(), 't3.granted.naturalPerson', { value: -3, raw: '-3' }), 'cell/invalid-number');
    expect(finding).toMatchObject({
      severity: 'error',
      message: '表三“（一）予以公开 · 自然人”为负数 -3；件数和金额都不能为负',
      cellIds: ['t3.granted.naturalPerson'],
      actual: -3,
    });
  });

  it('reports a negative fee amount, and a fraction only where a count belongs', () => {
    expect(run(withCell(consistentReport(), 't2.fees.amount', -0.5), 'cell/invalid-number')).toHaveLength(1);
    expect(run(withCell(consistentReport(), 't2.fees.amount', 2.5), 'cell/invalid-number')).toEqual([]);
    const [fraction] = run(withCell(consistentReport(), 't4.review.upheld', 2.5), 'cell/invalid-number');
    expect(fraction?.message).toBe('表四“行政复议 · 结果维持”为小数 2.5；件数应为整数（只有“行政事业性收费”金额以万元计，可有小数）');
  });

  it('reports text where a number belongs, reading Chinese numerals', () => {
    const [numeral] = run(withCell(consistentReport(), 't2.punishment.decisions', { value: null, raw: '五' }), 'cell/invalid-number');
    expect(numeral).toMatchObject({ message: '表二“行政处罚 · 本年处理决定数量”填写为“五”，应写作阿拉伯数字 5', expected: 5, actual: '五' });
    const [text] = run(withCell(consistentReport(), 't3.denied.stateSecret.total', { value: null, raw: '若干' }), 'cell/invalid-number');
    expect(text?.message).toBe('表三“（三）不予公开 / 1.属于国家秘密 · 总计”填写了文字“若干”，此处应填数字');
    expect(text?.expected).toBeUndefined();
  });

  it('names table-4 litigation cells with their group', () => {
    const [finding] = check(withCell(consistentReport(), 't4.litigationDirect.pending', -1)).filter((f) => f.ruleId === 'cell/invalid-number');
    expect(finding?.message).toContain('表四“行政诉讼 / 未经复议直接起诉 · 尚未审结”');
  });
});
