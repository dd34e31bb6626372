import { describe, expect, it } from 'vitest';
import { consistentReport, run } from './helpers.js';

describe('meta/year', () => {
  it('says nothing when title, year and period agree on a whole calendar year', () => {
    expect(run(consistentReport(), 'meta/year')).toEqual([]);
  });

  it('says nothing when the period is not stated', () => {
    const report = consistentReport();
    report.metadata.period = null;
    expect(run(report, 'meta/year')).toEqual([]);
  });

  it('reports a title year that differs from the report year', () => {
    const report = consistentReport();
    report.metadata.title = '青石山街道办事处2022年政府信息公开工作年度报告';
    const [finding] = run(report, 'meta/year');
    expect(finding).toMatchObject({ severity: 'error', message: '标题中的年份 2022 与报告所属年度 2023 不一致', expected: 2023, actual: 2022 });
  });

  it('reports a period in another year than the title', () => {
    const report = consistentReport();
    report.metadata.period = { start: '2022-01-01', end: '2022-12-31', text: '统计期限为2022年1月1日至2022年12月31日' };
    const [finding] = run(report, 'meta/year');
    expect(finding?.message).toBe(
      '统计期限“统计期限为2022年1月1日至2022年12月31日”是 2022 年，而标题为 2023 年；统计期限应为 2023年1月1日至2023年12月31日',
    );
    expect(finding?.expected).toBe('2023-01-01/2023-12-31');
  });

  it('reports a period that is not 1 January to 31 December', () => {
    const report = consistentReport();
    report.metadata.period = { start: '2023-01-01', end: '2023-11-30', text: '2023年1月1日至2023年11月30日' };
    const [finding] = run(report, 'meta/year');
    expect(finding?.message).toBe('统计期限为 2023年1月1日 至 2023年11月30日，应为 2023年1月1日至2023年12月31日');
  });

  it('uses the report year when the title has none', () => {
    const report = consistentReport();
    report.metadata.title = '政府信息公开工作年度报告';
    report.metadata.period = { start: '2024-01-01', end: '2024-12-31', text: '2024年全年' };
    expect(run(report, 'meta/year').map((f) => f.message)).toEqual([
      '统计期限“2024年全年”是 2024 年，而报告所属年度为 2023 年；统计期限应为 2023年1月1日至2023年12月31日',
    ]);
  });
});

describe('meta/title', () => {
  it('says nothing when the title names the agency and the year', () => {
    expect(run(consistentReport(), 'meta/title')).toEqual([]);
    const report = consistentReport();
    report.metadata.agency = '新华区青石山街道办事处';
    report.metadata.title = '青石山街道办事处 2023 年政府信息公开工作年度报告';
    expect(run(report, 'meta/title')).toEqual([]);
    report.metadata.agency = null;
    expect(run(report, 'meta/title')).toEqual([]);
  });

  it('reports a title without the agency (叶集区 seed: the agency only in the body)', () => {
    const report = consistentReport();
    report.metadata.agency = '叶集区机关事务管理服务中心';
    report.metadata.title = ' 2023年政府信息公开工作年度报告';
    const [finding] = run(report, 'meta/title');
    expect(finding).toMatchObject({
      severity: 'warning',
      message: '标题“2023年政府信息公开工作年度报告”未写明机关名称（叶集区机关事务管理服务中心）',
      expected: '叶集区机关事务管理服务中心2023年政府信息公开工作年度报告',
    });
  });

  it('reports a title without the year, and a missing title', () => {
    const report = consistentReport();
    report.metadata.title = '青石山街道办事处政府信息公开工作年度报告';
    expect(run(report, 'meta/title').map((f) => f.message)).toEqual(['标题“青石山街道办事处政府信息公开工作年度报告”未写明年度']);
    report.metadata.title = null;
    expect(run(report, 'meta/title').map((f) => f.message)).toEqual(['未找到报告标题；标题应写明机关名称和年度']);
  });
});
