import { FindingSchema, type Finding } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { check, defineRule, presets, rules, type Rule, type RuleContext } from '../src/index.js';
import { consistentReport, withCell, withPart } from './helpers.js';

function customRule(id: string, body: (context: RuleContext) => void, overrides: Partial<Rule['meta']> = {}): Rule {
  return defineRule({
    meta: {
      id,
      category: 'content',
      defaultSeverity: 'warning',
      docs: { description: '测试规则', descriptionEn: 'A test rule', rationale: '测试' },
      ...overrides,
    },
    check: body,
  });
}

/** A report with one finding from each of several rules, in several parts. */
function brokenReport() {
  let report = withCell(consistentReport(), 't3.granted.naturalPerson', 4); // row total + processed sum
  report = withCell(report, 't2.licensing.decisions', -1); // invalid number
  report = withPart(report, 'otherMatters', '本年度无其他需要报告的事项。'); // fee
  report.metadata.title = '2023年政府信息公开工作年度报告'; // title without agency
  return report;
}

describe('check', () => {
  it('returns findings that satisfy the core Finding schema', () => {
    const findings = check(brokenReport());
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) expect(FindingSchema.parse(finding)).toEqual(finding);
  });

  it('orders findings by part, then cell order, then rule id, then message', () => {
    expect(check(brokenReport()).map((f) => f.ruleId)).toEqual([
      'meta/title', // no part: report-level findings first
      'cell/invalid-number', // part 二 (table 2)
      'table3/row-total', // part 三, first cell t3.granted.total …
      'table3/processed-sum', // … comes before t3.totalProcessed.naturalPerson in template order
      'section6/fee', // part 六
    ]);
    const twoMessages = customRule('test/two', (context) => {
      context.report({ message: '乙', messageEn: 'b', part: 'problems' });
      context.report({ message: '甲', messageEn: 'a', part: 'problems' });
    });
    const ordered = check(consistentReport(), { customRules: [twoMessages] }).map((f) => f.message);
    expect(ordered).toEqual(['乙', '甲'].sort());
  });

  it('is deterministic: the same report gives the same findings in the same order', () => {
    expect(check(brokenReport())).toEqual(check(brokenReport()));
  });

  it('takes the location from the first cell, else its table, else the part', () => {
    const report = withCell(consistentReport(), 't2.licensing.decisions', { value: -1, raw: '-1', location: { line: 77, column: 3 } });
    const [invalid] = check(report).filter((f) => f.ruleId === 'cell/invalid-number');
    expect(invalid?.location).toEqual({ line: 77, column: 3 });

    const noCellLocation = withCell(consistentReport(), 't2.licensing.decisions', -1);
    expect(check(noCellLocation).find((f) => f.ruleId === 'cell/invalid-number')?.location).toEqual({ line: 60 });

    const fee = check(withPart(consistentReport(), 'otherMatters', '无。')).find((f) => f.ruleId === 'section6/fee');
    expect(fee?.location).toEqual(consistentReport().parts.otherMatters.location);
    expect(fee?.part).toBe('otherMatters');
  });

  it('derives the part from the first cell when the rule does not name one', () => {
    const [finding] = check(withCell(consistentReport(), 't4.review.total', 3)).filter((f) => f.ruleId === 'table4/block-total');
    expect(finding?.part).toBe('reviewLitigation');
  });
});

describe('configuration', () => {
  it('turns a rule off, or sets its level', () => {
    const report = withCell(consistentReport(), 't2.licensing.decisions', -1);
    expect(check(report, { rules: { 'cell/invalid-number': 'off' } }).some((f) => f.ruleId === 'cell/invalid-number')).toBe(false);
    const [finding] = check(report, { rules: { 'cell/invalid-number': 'info' } }).filter((f) => f.ruleId === 'cell/invalid-number');
    expect(finding?.severity).toBe('info');
  });

  it('recommended runs every rule at its default severity', () => {
    for (const rule of rules) expect(presets.recommended.level(rule.meta)).toBe(rule.meta.defaultSeverity);
  });

  it('strict raises info rules to warning and keeps errors', () => {
    const long = withPart(consistentReport(), 'overview', '主动公开'.repeat(400));
    expect(check(long).find((f) => f.ruleId === 'section1/length')?.severity).toBe('info');
    expect(check(long, { preset: 'strict' }).find((f) => f.ruleId === 'section1/length')?.severity).toBe('warning');
    for (const rule of rules) expect(presets.strict.level(rule.meta)).not.toBe('info');
    expect(presets.strict.level(rules.find((r) => r.meta.id === 'table3/row-total')!.meta)).toBe('error');
  });

  it('tables-only keeps table3/*, table4/* and cell/* and nothing else', () => {
    const on = rules.filter((rule) => presets['tables-only'].level(rule.meta) !== 'off').map((rule) => rule.meta.id);
    expect(on.every((id) => /^(table3|table4|cell)\//.test(id))).toBe(true);
    expect(on).toEqual(rules.map((r) => r.meta.id).filter((id) => /^(table3|table4|cell)\//.test(id)));
    const findings = check(brokenReport(), { preset: 'tables-only' });
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['cell/invalid-number', 'table3/row-total', 'table3/processed-sum']));
  });

  it('lets options.rules override the preset', () => {
    const findings = check(brokenReport(), { preset: 'tables-only', rules: { 'meta/title': 'error' } });
    expect(findings.find((f) => f.ruleId === 'meta/title')?.severity).toBe('error');
  });

  it('reports a two-level finding at the lower of its own and the configured severity', () => {
    const noLastYear = withPart(consistentReport(), 'problems', '一是信息更新不够及时；二是解读形式单一。下一步将加强培训。');
    expect(check(noLastYear).find((f) => f.ruleId === 'section5/content')?.severity).toBe('warning');
    expect(check(noLastYear, { rules: { 'section5/content': 'info' } }).find((f) => f.ruleId === 'section5/content')?.severity).toBe('info');
    expect(check(noLastYear, { rules: { 'section5/content': 'off' } }).some((f) => f.ruleId === 'section5/content')).toBe(false);
  });

  it('throws on an unknown rule id, level or preset', () => {
    const report = consistentReport();
    expect(() => check(report, { rules: { 'table3/colum-balance': 'off' } })).toThrow(/Unknown rule "table3\/colum-balance"/);
    expect(() => check(report, { rules: { 'table3/row-total': 'fatal' as never } })).toThrow(/level/);
    expect(() => check(report, { preset: 'lenient' as never })).toThrow(/Unknown preset/);
  });
});

describe('custom rules', () => {
  const contact = customRule('my-office/contact', (context) => {
    if (!context.current.metadata.contact) context.report({ message: '未写明联系方式', messageEn: 'No contact given' });
  });

  it('run with the built-in ones, under the same configuration', () => {
    const report = consistentReport();
    report.metadata.contact = null;
    const [finding] = check(report, { customRules: [contact] }).filter((f) => f.ruleId === 'my-office/contact');
    expect(finding).toEqual<Finding>({ ruleId: 'my-office/contact', severity: 'warning', message: '未写明联系方式', messageEn: 'No contact given', cellIds: [] });
    expect(check(report, { customRules: [contact], rules: { 'my-office/contact': 'off' } })).toEqual([]);
    expect(check(report, { customRules: [contact], preset: 'tables-only' })).toEqual([]);
  });

  it('see the values, the previous report and their configured level', () => {
    const seen: unknown[] = [];
    const spy = customRule('test/spy', (context) => {
      seen.push(context.values['t3.newReceived.total'], context.previousValues?.['t3.carriedForward.total'], context.severity);
    });
    check(consistentReport(), { customRules: [spy], previous: consistentReport(), rules: { 'test/spy': 'error' } });
    expect(seen).toEqual([10, 2, 'error']);
  });

  it('may report cells, a part, expected and actual', () => {
    const rule = customRule('test/cells', (context) =>
      context.report({ message: '示例', messageEn: 'Example', cellIds: ['t3.granted.total', 't3.granted.total'], expected: 1, actual: 2 }),
    );
    const [finding] = check(consistentReport(), { customRules: [rule] }).filter((f) => f.ruleId === 'test/cells');
    expect(finding).toMatchObject({ cellIds: ['t3.granted.total'], part: 'applications', expected: 1, actual: 2, location: { line: 100 } });
  });

  it('cannot take a built-in id, and must be well-formed', () => {
    expect(() => check(consistentReport(), { customRules: [customRule('table3/row-total', () => {})] })).toThrow(/already taken/);
    expect(() => customRule('Not An Id', () => {})).toThrow(TypeError);
    expect(() => customRule('a/b', () => {}, { category: 'misc' as never })).toThrow(/category/);
    expect(() => customRule('a/b', () => {}, { defaultSeverity: 'fatal' as never })).toThrow(/defaultSeverity/);
    expect(() => customRule('a/b', () => {}, { docs: { description: '', descriptionEn: 'x', rationale: 'x' } })).toThrow(/docs/);
  });

  it('name the rule when they throw', () => {
    const broken = customRule('test/broken', () => {
      throw new Error('boom');
    });
    expect(() => check(consistentReport(), { customRules: [broken] })).toThrow('Rule test/broken failed: boom');
  });
});

describe('the built-in rules', () => {
  it('have unique, well-formed ids and complete bilingual docs', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(() => defineRule(rule)).not.toThrow();
      expect(rule.meta.docs.rationaleEn).toBeTruthy();
    }
  });

  it('are the 21 the issue lists', () => {
    expect(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])).toEqual([
      ['table3/column-balance', 'error'],
      ['table3/processed-sum', 'error'],
      ['table3/row-total', 'error'],
      ['table4/block-total', 'error'],
      ['cell/blank', 'warning'],
      ['cell/invalid-number', 'error'],
      ['structure/sections', 'error'],
      ['template/outdated', 'error'],
      ['meta/year', 'error'],
      ['meta/title', 'warning'],
      ['narrative/applications', 'error'],
      ['narrative/review-litigation', 'error'],
      ['narrative/disclosure-breakdown', 'warning'],
      ['section1/length', 'info'],
      ['section5/content', 'error'],
      ['section6/fee', 'error'],
      ['plausibility/regulations', 'warning'],
      ['plausibility/other-processing', 'info'],
      ['cross-year/carry-over', 'error'],
      ['cross-year/in-force', 'warning'],
      ['cross-year/repeated-text', 'warning'],
    ]);
  });
});
