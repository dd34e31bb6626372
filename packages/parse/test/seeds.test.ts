// The five real published reports: every one of the 200 cells, the year, the agency and the six
// parts must come out as the hand-checked truth says.
import { CELL_IDS, PART_IDS, flattenCells, getCell } from '@nianbao/core';
import { loadSeeds, seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from '../src/index.js';

describe.each(loadSeeds().map((s) => [s.name, s] as const))('seed %s', (_name, s) => {
  const result = parseText(s.text, { fileName: s.file });

  it('reads all 200 cells as the truth has them', () => {
    expect(result.format).toBe('text');
    const cells = flattenCells(result.report);
    expect(Object.keys(s.truth.cells)).toEqual([...CELL_IDS]);
    expect(cells).toEqual(s.truth.cells);
  });

  it('reads the year and the agency', () => {
    expect(result.report.metadata.year).toBe(s.truth.year);
    expect(result.report.metadata.agency).toBe(s.truth.agency);
  });

  it('finds the six parts, each with its text', () => {
    for (const part of PART_IDS) {
      expect(result.report.parts[part].heading, part).not.toBeNull();
      expect(result.report.parts[part].location?.line, part).toBeGreaterThan(0);
    }
    expect(result.report.parts.overview.text.length).toBeGreaterThan(100);
    expect(result.report.parts.otherMatters.text).toMatch(/处理费/);
    expect(result.report.templateVersion).toBe('2021');
    expect(result.report.tables.t3.found).toBe(true);
  });

  it('reports no error and no missing part', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('seed specifics', () => {
  it('002: the blank 行政强制 cell is null, with a diagnostic at its line', () => {
    const { report, diagnostics } = parseText(seed('002').text);
    expect(getCell(report, 't2.coercion.decisions')).toMatchObject({ value: null, raw: '', location: { line: 26 } });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'cell/blank', severity: 'warning', cellIds: ['t2.coercion.decisions'], location: expect.objectContaining({ line: 26 }) }),
    ]);
  });

  it('003: the agency comes from the body, the 5、 heading is kept as written', () => {
    const { report } = parseText(seed('003').text);
    expect(report.metadata.title).toBe('2023年政府信息公开工作年度报告');
    expect(report.metadata.agency).toBe('叶集区机关事务管理服务中心');
    expect(report.parts.problems.heading).toBe('5、 存在的主要问题及改进情况');
    expect(report.metadata.period).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
      text: expect.stringContaining('统计期限为2023年1月1日至2023年12月31日'),
    });
  });

  it('001: a title split over two lines is joined; Word bookmarks do not disturb labels', () => {
    const { report } = parseText(seed('001').text);
    expect(report.metadata.title).toBe('曲阜市时庄街道办事处2024年政府信息公开工作年度报告');
    // Where the title starts: its first line, line 3 of the file.
    expect(report.metadata.titleLocation).toEqual({ line: 3, column: 1 });
    expect(getCell(report, 't3.newReceived.naturalPerson')).toEqual({ value: 9, raw: '9', location: { line: 89, column: 2 } });
    expect(getCell(report, 't4.review.total')).toMatchObject({ value: 2, location: { line: 396 } });
  });

  it('000: tab-separated rows give each value its line and column', () => {
    const { report } = parseText(seed('000').text);
    expect(getCell(report, 't3.newReceived.naturalPerson').location).toEqual({ line: 49, column: 19 });
    expect(getCell(report, 't4.litigationAfterReview.total').location).toMatchObject({ line: 80 });
  });

  it('004: （1） numbering inside part 一 is not taken for a part heading', () => {
    const { report } = parseText(seed('004').text);
    expect(report.parts.overview.text).toContain('（1） 主动公开情况');
    expect(report.parts.activeDisclosure.heading).toBe('二、主动公开政府信息情况');
  });

  it('parseReport reads the same from bytes', async () => {
    const s = seed('001');
    const fromBytes = await parseReport(new TextEncoder().encode(s.text), { fileName: s.file });
    expect(flattenCells(fromBytes.report)).toEqual(s.truth.cells);
    expect(fromBytes.format).toBe('text');
  });
});
