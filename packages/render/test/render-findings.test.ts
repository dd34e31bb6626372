import type { Diagnostic, Finding } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { cellName, renderFindings, summarizeFindings } from '../src/index.js';

// Findings built by hand, shaped as @nianbao/rules reports them, deliberately out of order.
const FINDINGS: Finding[] = [
  {
    ruleId: 'structure/sections',
    severity: 'info',
    message: '第五部分标题编号写作“5、”，模板为“五、”',
    messageEn: 'Part 5 is numbered “5、”; the template has “五、”',
    part: 'problems',
    location: { line: 40, column: 1 },
  },
  {
    ruleId: 'table3/row-total',
    severity: 'error',
    message: '表三“（一）予以公开”行：总计 = 六类申请人之和',
    messageEn: 'Table 3, row “（一）予以公开”: total = sum of the six applicant columns',
    part: 'applications',
    cellIds: ['t3.granted.total', 't3.granted.naturalPerson'],
    expected: 5,
    actual: 4,
    location: { line: 12, column: 5 },
  },
  {
    ruleId: 'meta/title',
    severity: 'warning',
    message: '标题应写明发布机关名称和年度',
    messageEn: 'The title should name the agency and the year',
    actual: '2023年政府信息公开工作年度报告',
  },
  {
    ruleId: 'cell/blank',
    severity: 'warning',
    message: '表三“（三）不予公开 1.属于国家秘密 · 商业企业”为空',
    messageEn: 'Table 3 cell is blank',
    part: 'applications',
    cellIds: ['t3.denied.stateSecret.commercial'],
    actual: null,
  },
  {
    ruleId: 'plausibility/other-processing',
    severity: 'info',
    message: '“（六）其他处理”合计超过“（七）总计”的三分之一',
    messageEn: '“Other processing” exceeds a third of the total',
    part: 'applications',
  },
  {
    ruleId: 'table4/block-total',
    severity: 'error',
    message: '表四“行政复议”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    messageEn: 'Table 4, “行政复议”: total = upheld + corrected + other + pending',
    part: 'reviewLitigation',
    cellIds: ['t4.review.total'],
    expected: 2,
    actual: 3,
    location: { path: 'table[3]/tr[4]/td[5]' },
  },
  {
    ruleId: 'narrative/applications',
    severity: 'error',
    message: '“总体情况”称收到申请 9 件，表三为 8 件',
    messageEn: 'Part 1 says 9 applications; table 3 says 8',
    part: 'overview',
    expected: 8,
    actual: 9,
  },
];

/** Lines of the text rendering that start a finding: `  <severity> [<rule>] …`. */
function findingLines(text: string): string[] {
  return text.split('\n').filter((line) => /^ {2}\S/.test(line));
}

const ruleOf = (line: string) => /\[([^\]]+)\]/.exec(line)![1];

describe('renderFindings, text', () => {
  const text = renderFindings(FINDINGS, { format: 'text' });

  it('groups by part in template order, then the findings without a part', () => {
    const headings = text.split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    expect(headings).toEqual([
      '一、总体情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '报告整体',
      '3 个错误，2 个警告，2 条提示',
    ]);
  });

  it('orders each part’s findings error, warning, info, otherwise as given', () => {
    expect(findingLines(text).map(ruleOf)).toEqual([
      'narrative/applications',
      'table3/row-total',
      'cell/blank',
      'plausibility/other-processing',
      'table4/block-total',
      'structure/sections',
      'meta/title',
    ]);
    expect(findingLines(text).map((line) => line.trim().split(' ')[0])).toEqual(['错误', '错误', '警告', '提示', '错误', '提示', '警告']);
  });

  it('shows each finding’s message, cells with their names, expected and actual, and location', () => {
    const block = text.slice(text.indexOf('[table3/row-total]'), text.indexOf('[cell/blank]'));
    expect(block).toContain('表三“（一）予以公开”行：总计 = 六类申请人之和');
    expect(block).toContain(`单元格：t3.granted.total ${cellName('t3.granted.total')}；t3.granted.naturalPerson ${cellName('t3.granted.naturalPerson')}`);
    expect(cellName('t3.granted.naturalPerson')).toBe('表三 （一）予以公开 · 自然人');
    expect(block).toContain('应为 5，实为 4');
    expect(block).toContain('位置：12:5');
    expect(text).toContain(`t3.denied.stateSecret.commercial 表三 （三）不予公开 1.属于国家秘密 · 法人或其他组织·商业企业`);
    expect(text).toContain('实为 空白');
    expect(text).toContain('实为 “2023年政府信息公开工作年度报告”');
    expect(text).toContain('位置：table[3]/tr[4]/td[5]');
  });

  it('ends with the summary line', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 个错误，2 个警告，2 条提示');
  });

  it('writes English, or Chinese then English', () => {
    const en = renderFindings(FINDINGS, { language: 'en' });
    expect(en).toContain('Part 3: Applications received and handled');
    expect(en).toContain('  error [table3/row-total] Table 3, row “（一）予以公开”: total = sum of the six applicant columns');
    expect(en).toContain('expected 5, actual 4');
    expect(en).toContain('Location: 12:5');
    expect(en).not.toContain('六类申请人之和');
    expect(en.trimEnd().split('\n').at(-1)).toBe('3 errors, 2 warnings, 2 info');

    const both = renderFindings(FINDINGS, { language: 'both' });
    const zhAt = both.indexOf('表三“（一）予以公开”行');
    const enAt = both.indexOf('Table 3, row “（一）予以公开”');
    expect(zhAt).toBeGreaterThan(-1);
    expect(enAt).toBeGreaterThan(zhAt);
    expect(both.trimEnd().split('\n').at(-1)).toBe('3 个错误，2 个警告，2 条提示 / 3 errors, 2 warnings, 2 info');
  });

  it('shows parse diagnostics by their code', () => {
    const diagnostic: Diagnostic = {
      code: 'cell/placeholder',
      severity: 'warning',
      message: '表二“规章 · 本年制发件数”填写为“/”，按空白（null）读取；无数据应填 0',
      messageEn: 'placeholder',
      cellIds: ['t2.regulations.issued'],
      location: { line: 30, column: 4 },
    };
    const text = renderFindings([diagnostic]);
    expect(text).toContain('  警告 [cell/placeholder] 表二“规章 · 本年制发件数”');
    expect(text).toContain('t2.regulations.issued 表二 规章 · 本年制发件数');
  });

  it('says when there is nothing to report', () => {
    expect(renderFindings([])).toBe('未发现问题。\n\n0 个错误，0 个警告，0 条提示\n');
    expect(renderFindings([], { language: 'en' })).toBe('No findings.\n\n0 errors, 0 warnings, 0 info\n');
  });

  it('rejects unknown formats and languages', () => {
    expect(() => renderFindings(FINDINGS, { format: 'html' as 'text' })).toThrow(TypeError);
    expect(() => renderFindings(FINDINGS, { language: 'fr' as 'zh' })).toThrow(TypeError);
  });
});

describe('renderFindings, Markdown', () => {
  const markdown = renderFindings(FINDINGS, { format: 'markdown', language: 'both' });

  it('has a heading per part in template order, then the findings without a part', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## 一、总体情况 · Part 1: Overview',
      '## 三、收到和处理政府信息公开申请情况 · Part 3: Applications received and handled',
      '## 四、政府信息公开行政复议、行政诉讼情况 · Part 4: Administrative reconsideration and litigation',
      '## 五、存在的主要问题及改进情况 · Part 5: Main problems and improvements',
      '## 报告整体 Whole report',
    ]);
  });

  it('lists findings with severity, rule id in code, details as sub-items, and the summary last', () => {
    const items = markdown.split('\n').filter((line) => line.startsWith('- '));
    expect(items.map((line) => /`([^`]+)`/.exec(line)![1])).toEqual([
      'narrative/applications',
      'table3/row-total',
      'cell/blank',
      'plausibility/other-processing',
      'table4/block-total',
      'structure/sections',
      'meta/title',
    ]);
    expect(items[1]).toBe('- **错误 error** `table3/row-total` 表三“（一）予以公开”行：总计 = 六类申请人之和');
    expect(markdown).toContain('  - 单元格 Cells：`t3.granted.total` 表三 （一）予以公开 · 总计；');
    expect(markdown).toContain('  - 应为 expected 5，实为 actual 4');
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('**3 个错误，2 个警告，2 条提示 / 3 errors, 2 warnings, 2 info**');
  });

  it('escapes Markdown in messages', () => {
    const finding: Finding = { ruleId: 'x/y', severity: 'info', message: '含 *星号* 与 <标签>', messageEn: 'a_b', part: 'overview' };
    expect(renderFindings([finding], { format: 'markdown' })).toContain('含 \\*星号\\* 与 \\<标签\\>');
  });
});

describe('summarizeFindings', () => {
  it('counts by severity, with English plurals', () => {
    expect(summarizeFindings([], 'both')).toBe('0 个错误，0 个警告，0 条提示 / 0 errors, 0 warnings, 0 info');
    expect(summarizeFindings(FINDINGS.slice(0, 3), 'en')).toBe('1 error, 1 warning, 1 info');
  });
});

describe('long cell lists', () => {
  it('names the first three cells and counts the rest', () => {
    const finding = {
      ruleId: 'table3/processed-sum',
      severity: 'error' as const,
      message: '表三“自然人”列：（七）总计 9 应等于 各项办理结果之和 10',
      messageEn: 'Table 3, column 自然人: total processed 9 should equal the outcomes, 10',
      cellIds: ['t3.totalProcessed.naturalPerson', 't3.granted.naturalPerson', 't3.partiallyGranted.naturalPerson', 't3.denied.stateSecret.naturalPerson', 't3.other.other.naturalPerson'] as const,
      part: 'applications' as const,
    };
    const zh = renderFindings([{ ...finding, cellIds: [...finding.cellIds] }], { format: 'text' });
    expect(zh).toContain('t3.partiallyGranted.naturalPerson');
    expect(zh).not.toContain('t3.denied.stateSecret.naturalPerson');
    expect(zh).toContain('等共 5 个单元格');
    const en = renderFindings([{ ...finding, cellIds: [...finding.cellIds] }], { format: 'text', language: 'en' });
    expect(en).toContain('and 2 more');
  });
});
