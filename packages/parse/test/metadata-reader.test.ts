import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';

describe('metadata', () => {
  it('reads labelled lines under the title, and keeps sentences within their line', () => {
    const text = [
      '2024年政府信息公开工作年度报告',
      '发布机关：某某县交通运输局',
      '发布日期：2025年1月20日',
      '统计期限：2024年1月1日至2024年12月31日',
      '一、总体情况',
      '本局全年主动公开政府信息120条。',
    ].join('\n');
    const { metadata } = parseText(text).report;
    expect(metadata).toMatchObject({ title: '2024年政府信息公开工作年度报告', agency: '某某县交通运输局', year: 2024, publishedOn: '2025-01-20' });
    expect(metadata.period).toEqual({ start: '2024-01-01', end: '2024-12-31', text: '统计期限：2024年1月1日至2024年12月31日' });
  });

  it('takes the agency from the title first, and reads a Chinese-numeral year', () => {
    const { metadata } = parseText('某市生态环境局二〇二三年政府信息公开工作年度报告\n一、总体情况\n正文。').report;
    expect(metadata).toMatchObject({ agency: '某市生态环境局', year: 2023 });
  });

  it('says when it cannot find the year or the agency', () => {
    const { report, diagnostics } = parseText('一、总体情况\n本年度工作情况良好。');
    expect(report.metadata).toMatchObject({ agency: null, year: null, title: null });
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['meta/year-missing', 'meta/agency-missing']));
  });
});

describe('agency in the body, with the spaces PDFs and pasted text leave', () => {
  it('reads 编制 2023 年度 … 信息公开年度报告', () => {
    const text = ' 2023 年政府信息公开工作年度报告\n本报告根据条例编制 2023 年度 叶集区机关事务管理服务中心 信息公开年度报告。\n一、总体情况\n正文。';
    expect(parseText(text).report.metadata.agency).toBe('叶集区机关事务管理服务中心');
  });
});
