import { evaluateIdentities, flattenCells, type Finding, type Report } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { consistentReport, generateReport, withCell, withPart } from './helpers.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const reports: [string, Report][] = [
  ['hand-made', consistentReport()],
  ...SEEDS.map((seed): [string, Report] => [`generated #${seed}`, generateReport(seed, 2021 + (seed % 4))]),
];

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('consistent reports', () => {
  it.each(reports)('%s: every identity holds (the generator is sound)', (_, report) => {
    expect(evaluateIdentities(flattenCells(report)).filter((r) => r.status !== 'holds')).toEqual([]);
  });

  it.each(reports)('%s: no error-severity finding, and nothing at all under recommended', (_, report) => {
    expect(errors(check(report))).toEqual([]);
    expect(check(report)).toEqual([]);
  });

  it.each(reports)('%s: no error under strict either', (_, report) => {
    expect(errors(check(report, { preset: 'strict' }))).toEqual([]);
  });
});

/** One error injected at a time, and the rule that must catch it. */
const injections: [string, string, (report: Report) => Report][] = [
  ['one broken identity (table 4 total)', 'table4/block-total', (r) => withCell(r, 't4.litigationDirect.total', (r.tables.t4.cells['t4.litigationDirect.total'].value ?? 0) + 1)],
  ['one broken identity (table 3 row)', 'table3/row-total', (r) => withCell(r, 't3.unable.notHeld.total', (r.tables.t3.cells['t3.unable.notHeld.total'].value ?? 0) + 1)],
  ['one broken identity (table 3 balance)', 'table3/column-balance', (r) => {
    const fresh = (r.tables.t3.cells['t3.newReceived.naturalPerson'].value ?? 0) + 1;
    return withCell(withCell(r, 't3.newReceived.naturalPerson', fresh), 't3.newReceived.total', (r.tables.t3.cells['t3.newReceived.total'].value ?? 0) + 1);
  }],
  ['a prose count changed', 'narrative/applications', (r) =>
    withPart(r, 'overview', r.parts.overview.text.replace(/共收到政府信息公开申请(\d+)件/, (_, n: string) => `共收到政府信息公开申请${Number(n) + 3}件`))],
  ['a review count changed in prose', 'narrative/review-litigation', (r) =>
    withPart(r, 'overview', r.parts.overview.text.replace(/行政复议(\d+)件/, (_, n: string) => `行政复议${Number(n) + 1}件`))],
  ['a part removed', 'structure/sections', (r) => withPart(r, 'reviewLitigation', null)],
  ['the fee sentence removed', 'section6/fee', (r) => withPart(r, 'otherMatters', '本年度无其他需要报告的事项。')],
  ['templateVersion 2019-trial', 'template/outdated', (r) => ({ ...structuredClone(r), templateVersion: '2019-trial' })],
  ['a negative cell', 'cell/invalid-number', (r) => withCell(r, 't2.punishment.decisions', -3)],
  ['a wrong year in the period', 'meta/year', (r) => {
    const copy = structuredClone(r);
    const year = (copy.metadata.year ?? 2023) - 1;
    copy.metadata.period = { start: `${year}-01-01`, end: `${year}-12-31`, text: `统计期限为${year}年1月1日至${year}年12月31日` };
    return copy;
  }],
  ['a wrong year in the title', 'meta/year', (r) => {
    const copy = structuredClone(r);
    copy.metadata.title = (copy.metadata.title ?? '').replace(/\d{4}/, String((copy.metadata.year ?? 2023) + 1));
    return copy;
  }],
  ['part 五 emptied', 'section5/content', (r) => withPart(r, 'problems', '无')],
];

describe.each(injections)('injected: %s', (_, ruleId, inject) => {
  it.each(reports)(`${ruleId} fires as an error on %s`, (__, report) => {
    const findings = errors(check(inject(report)));
    expect(findings.map((f) => f.ruleId)).toContain(ruleId);
  });
});
