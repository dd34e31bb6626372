import { describe, expect, it } from 'vitest';
import { consistentReport, run, withCell, withPart } from './helpers.js';

describe('section1/length', () => {
  it('says nothing on an overview of about a thousand characters or less', () => {
    expect(run(consistentReport(), 'section1/length')).toEqual([]);
    expect(run(withPart(consistentReport(), 'overview', '字'.repeat(1100)), 'section1/length')).toEqual([]);
  });

  it('reports an overview well over a thousand characters, whitespace not counted, at info', () => {
    const findings = run(withPart(consistentReport(), 'overview', `${'字'.repeat(1222)}\n\n   `), 'section1/length');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      part: 'overview',
      expected: 1000,
      actual: 1222,
      message: '“总体情况”约 1222 字，超过“篇幅原则上不超过一千字”的要求；请聚焦主题、精简表述',
    });
  });

  it('leaves a missing part to structure/sections', () => {
    expect(run(withPart(consistentReport(), 'overview', null), 'section1/length')).toEqual([]);
  });
});

describe('section5/content', () => {
  it('says nothing when part 五 names problems and last year’s follow-up', () => {
    expect(run(consistentReport(), 'section5/content')).toEqual([]);
    const seed000 =
      '(一) 2023 年度存在的主要问题：一是政府信息公开队伍协调配合度有待提高。\n(二) 2022 年度改进情况：针对“部分公开内容不够全面”的问题，及时准确的发布信息。';
    expect(run(withPart(consistentReport(), 'problems', seed000), 'section5/content')).toEqual([]);
  });

  it.each(['', '无', '无。', '暂无', '  无  '])('reports an empty part 五 (%j) as an error', (text) => {
    const findings = run(withPart(consistentReport(), 'problems', text), 'section5/content');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.part).toBe('problems');
  });

  it('reports no account of last year’s problems as a warning', () => {
    const text = '2023年，我社区的信息公开工作虽取得一定成效，但也存在一些问题：一是信息公开的实时性有待进一步加强。社区将从以下方面加以改进：建立及时的信息更新机制。';
    const findings = run(withPart(consistentReport(), 'problems', text), 'section5/content');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      message: '第五部分未交代上一年度报告所列问题的改进情况；应说明上年度问题是否整改、如何整改',
    });
  });

  it('leaves a missing part to structure/sections', () => {
    expect(run(withPart(consistentReport(), 'problems', null), 'section5/content')).toEqual([]);
  });
});

describe('section6/fee', () => {
  it.each([
    '按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生政府信息公开处理费。',
    '（一）依据《政府信息公开信息处理费管理办法》，本单位年内未收取任何政府信息公开信息处理费。\n（二）落实年度政务公开工作要点情况：……',
    '（一）收取信息处理费情况\n依申请公开收费情况:本年度六甲街道未发出政府信息处理费收取通知书，未收取信息处理费。',
    '本年度收取信息处理费0.02万元。',
  ])('says nothing when part 六 states the fee: %s', (text) => {
    expect(run(withPart(consistentReport(), 'otherMatters', text), 'section6/fee')).toEqual([]);
  });

  it('reports part 六 without a word on the fee', () => {
    const findings = run(withPart(consistentReport(), 'otherMatters', '本年度无其他需要报告的事项。'), 'section6/fee');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      part: 'otherMatters',
      message: '第六部分未说明收取信息处理费的情况；应依据《政府信息公开信息处理费管理办法》写明本年度收取的金额，或写明未收取',
    });
  });

  it('requires fee notices to be mentioned when applications lapsed for an unpaid fee', () => {
    const report = withCell(consistentReport(), 't3.other.overdueFee.total', 2);
    const findings = run(report, 'section6/fee');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cellIds: ['t3.other.overdueFee.total'],
      part: 'otherMatters',
      actual: 2,
      message:
        '表三“（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计”为 2，说明发出过收费通知；第六部分应说明发出收费通知及收费情况',
    });
    const mentioned = withPart(report, 'otherMatters', '本年度发出收费通知2件，申请人均逾期未缴纳，未实际收取信息处理费。');
    expect(run(mentioned, 'section6/fee')).toEqual([]);
  });

  it('reports part 六 denying fee notices that table 3 shows were sent', () => {
    const report = withPart(
      withCell(consistentReport(), 't3.other.overdueFee.total', 1),
      'otherMatters',
      '本年度未发出政府信息处理费收取通知书，未收取信息处理费。',
    );
    const findings = run(report, 'section6/fee');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('第六部分称“未发出政府信息处理费收取通知');
    // “收取通知书” is a fee notice too.
  });

  it('leaves a missing part to structure/sections', () => {
    expect(run(withPart(consistentReport(), 'otherMatters', null), 'section6/fee')).toEqual([]);
  });
});
