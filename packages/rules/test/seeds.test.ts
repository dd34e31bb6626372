// The five real reports, parsed and checked: each gives exactly the findings a reviewer would
// write down by hand, and nothing else. Each entry below was checked against the report's text.
import { seed } from '@nianbao/fixtures';
import { parseText } from '@nianbao/parse';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

type Expected = [ruleId: string, severity: string, part: string | undefined, cellIds: string[], line: number | undefined];

const expected: Record<string, Expected[]> = {
  // 未收到依申请公开 = table 3 all 0; part 五 has “(二) 2022 年度改进情况”; fee sentence present.
  '000': [],
  // Part 五 lists this year's problems and next steps, nothing on last year's problems.
  '001': [['section5/content', 'warning', 'problems', [], 410]],
  '002': [
    // 总体情况 runs to 1,222 characters (whitespace not counted).
    ['section1/length', 'info', 'overview', [], 3],
    // 行政强制 | ||| — the cell is left blank.
    ['cell/blank', 'warning', 'activeDisclosure', ['t2.coercion.decisions'], 26],
    ['section5/content', 'warning', 'problems', [], 64],
  ],
  // The title “2023年政府信息公开工作年度报告” has no agency; part 五 is headed “5、”.
  '003': [
    ['meta/title', 'warning', undefined, [], 1],
    ['structure/sections', 'info', 'problems', [], 404],
  ],
  // “（1） 主动公开情况” beside “（二）依申请公开情况”; part 五 without last year's problems.
  '004': [
    ['structure/sections', 'info', 'overview', [], 4],
    ['section5/content', 'warning', 'problems', [], 407],
  ],
};

describe.each(Object.keys(expected))('seed %s', (prefix) => {
  it('has exactly the hand-checked findings', () => {
    const findings = check(parseText(seed(prefix).text).report);
    expect(findings.map((f) => [f.ruleId, f.severity, f.part, f.cellIds ?? [], f.location?.line])).toEqual(expected[prefix]);
    for (const f of findings) {
      expect(f.message).toMatch(/[\p{Script=Han}]/u);
      expect(f.messageEn).toMatch(/[A-Za-z]/);
    }
  });
});

describe('seed messages say what to fix', () => {
  it('003: names the agency the title lacks', () => {
    const [title] = check(parseText(seed('003').text).report, { rules: { 'structure/sections': 'off' } });
    expect(title!.message).toContain('叶集区机关事务管理服务中心');
  });

  it('003: the numbering slip says what it should be', () => {
    const findings = check(parseText(seed('003').text).report);
    expect(findings.find((f) => f.ruleId === 'structure/sections')!.message).toContain('五、');
  });
});
