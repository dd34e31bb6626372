import { describe, expect, it } from 'vitest';
import { consistentReport, run, withPart } from './helpers.js';

describe('structure/sections', () => {
  it('says nothing when the six parts are there, in order, numbered as the template numbers them', () => {
    expect(run(consistentReport(), 'structure/sections')).toEqual([]);
  });

  it('reports a missing part as an error', () => {
    const findings = run(withPart(consistentReport(), 'problems', null), 'structure/sections');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      part: 'problems',
      message: '缺少第五部分“五、存在的主要问题及改进情况”；年报格式规定六个部分缺一不可，且按顺序排列',
      cellIds: [],
    });
  });

  it('reports a part out of order as an error', () => {
    const report = consistentReport();
    report.parts.otherMatters.location = { line: 90 };
    const findings = run(report, 'structure/sections');
    expect(findings.map((f) => [f.part, f.severity])).toEqual([['otherMatters', 'error']]);
    expect(findings[0]?.message).toBe('第六部分“其他需要报告的事项”不在模板规定的位置，应排在第五部分之后');
  });

  it('orders by page, then line, and skips parts without a location', () => {
    const report = consistentReport();
    report.parts.overview.location = { page: 2, line: 1 }; // page 2 comes after every part on page 0
    report.parts.activeDisclosure.location = null;
    const findings = run(report, 'structure/sections');
    expect(findings.map((f) => f.part)).toEqual(['overview']);
    expect(findings[0]?.message).toBe('第一部分“总体情况”不在模板规定的位置，应排在第三部分之前');

    const swapped = consistentReport();
    swapped.parts.applications.location = { line: 135 }; // 三 and 四 swapped: one of them is reported, with where it belongs
    expect(run(swapped, 'structure/sections').map((f) => f.message)).toEqual([
      '第四部分“政府信息公开行政复议、行政诉讼情况”不在模板规定的位置，应排在第三部分之后、第五部分之前',
    ]);
  });

  it('reports numbering slips in headings at info: 5、 for 五、', () => {
    const report = consistentReport();
    report.parts.problems.heading = '5、 存在的主要问题及改进情况';
    const findings = run(report, 'structure/sections');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', part: 'problems', message: '第五部分标题编号“5、”应为“五、”', expected: '五、存在的主要问题及改进情况' });
  });

  it('reports other heading slips at info: wrong numeral, no number, bracketed, wording', () => {
    const report = consistentReport();
    report.parts.problems.heading = '四、存在的主要问题及改进情况';
    report.parts.otherMatters.heading = '其他需要报告的事项';
    report.parts.overview.heading = '（一）总体情况';
    report.parts.reviewLitigation.heading = '四、政府信息公开行政复议和行政诉讼情况';
    const messages = run(report, 'structure/sections').map((f) => [f.severity, f.message]);
    expect(messages).toEqual([
      ['info', '第一部分标题编号“（一）”应为“一、”'],
      ['info', '第四部分标题“政府信息公开行政复议和行政诉讼情况”与模板不同，应为“政府信息公开行政复议、行政诉讼情况”'],
      ['info', '第五部分标题编号“四、”应为“五、”'],
      ['info', '第六部分标题“其他需要报告的事项”缺少编号，应为“六、其他需要报告的事项”'],
    ]);
  });

  it('accepts a heading with a trailing colon and spaces', () => {
    const report = consistentReport();
    report.parts.overview.heading = '一、 总体情况：';
    expect(run(report, 'structure/sections')).toEqual([]);
  });

  it('reports （1） among （二）（三） sub-headings at info, but not a consistent （1）（2） list', () => {
    const slip = withPart(consistentReport(), 'overview', '（1） 主动公开情况\n2023年主动公开各类信息774条。\n（二）依申请公开情况\n未收到申请。\n（三）政府信息管理情况\n……');
    const findings = run(slip, 'structure/sections');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', part: 'overview', expected: '（一）' });
    expect(findings[0]?.message).toBe('第一部分小标题“（1） 主动公开情况”编号与同级的“（二）”不一致，应为“（一）”');

    const nested = withPart(consistentReport(), 'problems', '（一）存在的问题\n（1）解读不足。\n（2）更新不及时。\n（二）改进情况\n上年度问题已整改。');
    expect(run(nested, 'structure/sections')).toEqual([]);
  });
});

describe('template/outdated', () => {
  it('says nothing on a 2021-format report, or a 2019-trial report for 2020', () => {
    expect(run(consistentReport(), 'template/outdated')).toEqual([]);
    const old = consistentReport();
    old.templateVersion = '2019-trial';
    old.metadata.year = 2020;
    old.metadata.title = '某局2020年政府信息公开工作年度报告';
    expect(run(old, 'template/outdated')).toEqual([]);
  });

  it('reports the 2019 trial layout in a 2021-or-later report', () => {
    const report = consistentReport();
    report.templateVersion = '2019-trial';
    const findings = run(report, 'template/outdated');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message: '2023 年度报告使用的是 2019 年试行格式（国办公开办函〔2019〕60号）；2021 年度及以后的年报应使用国办公开办函〔2021〕30号格式',
      expected: '2021',
      actual: '2019-trial',
    });
  });

  it('reports it as a warning when the year is unknown', () => {
    const report = consistentReport();
    report.templateVersion = '2019-trial';
    report.metadata.year = null;
    report.metadata.title = null;
    expect(run(report, 'template/outdated').map((f) => f.severity)).toEqual(['warning']);
  });
});
