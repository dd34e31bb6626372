import { PARTS, TABLE3_ROWS } from '@nianbao/core';
import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { displayWidth, renderText, type DisplayWidthOptions } from '../src/index.js';
import { reportWith, seedReport } from './support/reports.js';
import { isRule, textTableLines, textTables } from './support/tables.js';

const report001 = seedReport(seed('001'));
const text001 = renderText(report001);

/** Display columns at which a line has `|` or `+` (rules), so column boundaries can be compared. */
function boundaries(line: string, options: DisplayWidthOptions = {}): number[] {
  const found: number[] = [];
  let column = 0;
  for (const character of line) {
    if (character === '|' || character === '+') found.push(column);
    column += displayWidth(character, options);
  }
  return found;
}

describe('renderText', () => {
  it('draws three tables, every line of a table equally wide', () => {
    const tables = textTableLines(text001);
    expect(tables).toHaveLength(3);
    for (const lines of tables) {
      const widths = new Set(lines.map((line) => displayWidth(line)));
      expect(widths.size, lines.join('\n')).toBe(1);
    }
  });

  it('aligns columns by display width: every cell border sits on a column boundary of the rules', () => {
    for (const options of [{}, { ambiguousWidth: 2 } as const]) {
      for (const lines of textTableLines(renderText(report001, options))) {
        const rule = new Set(boundaries(lines.find(isRule)!, options));
        for (const line of lines) for (const at of boundaries(line, options)) expect(rule.has(at), line).toBe(true);
      }
    }
  });

  it('table 3: every row in template order, seed 001’s values in the last seven cells', () => {
    const [, table3 = []] = textTables(text001);
    const body = table3.filter((cells) => TABLE3_ROWS.some((row) => cells.includes(row.label)));
    expect(body.map((cells) => TABLE3_ROWS.find((row) => cells.includes(row.label))!.id)).toEqual(TABLE3_ROWS.map((row) => row.id));
    const granted = body.find((cells) => cells.includes('（一）予以公开'))!;
    expect(granted.slice(-7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    const header = table3.find((cells) => cells.includes('自然人'))!;
    expect(header.slice(-3)).toEqual(['自然人', '法人或其他组织', '总计']);
  });

  it('right-aligns values and left-aligns labels', () => {
    const line = text001.split('\n').find((l) => l.includes('| 规章 '))!;
    expect(line).toMatch(/^\| 规章 +\| +0 \| +0 \| +0 \|$/);
  });

  it('wraps prose to the width, by display width, and centres the title', () => {
    const report = seedReport(seed('001'));
    report.parts.overview.text = '2024年，时庄街道认真贯彻《中华人民共和国政府信息公开条例》，按照省市委决策部署，深入推进法治政府建设，加大政府信息公开力度。';
    for (const width of [30, 40, 80]) {
      const lines = renderText(report, { width }).split('\n');
      // Title and headings are never wrapped: parsers read each from one line.
      const headings = new Set(PARTS.map((part) => `${part.numeral}、${part.label}`));
      const prose = lines.slice(1).filter((line) => !line.startsWith('|') && !headings.has(line));
      for (const line of prose) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      const title = lines[0]!;
      const titleWidth = displayWidth(title.trim());
      if (titleWidth < width) expect(title.length - title.trimStart().length).toBe(Math.floor((width - titleWidth) / 2));
    }
    const unwrapped = renderText(report, { width: Infinity });
    expect(unwrapped).toContain(`\n${report.parts.overview.text}\n`);
    expect(unwrapped.split('\n')[0]).toBe(report.metadata.title);
  });

  it('puts every part heading on a line of its own, blank lines around', () => {
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '六、其他需要报告的事项']) expect(text001).toContain(`\n\n${heading}\n\n`);
  });

  it('leaves blank cells empty and writes decimals as they are', () => {
    const [table2 = []] = textTables(renderText(reportWith({ 't2.fees.amount': 12.5, 't2.regulations.issued': 3 })));
    expect(table2.find((cells) => cells[0] === '规章')).toEqual(['规章', '3', '', '']);
    expect(table2.find((cells) => cells[0] === '行政事业性收费')).toEqual(['行政事业性收费', '12.5']);
  });

  it('writes no tabs and no Markdown table separators', () => {
    expect(text001).not.toContain('\t');
    expect(text001).not.toMatch(/^\|?\s*:?-{3,}:?\s*\|/m);
  });

  it('rejects a width that is not a number', () => {
    expect(() => renderText(report001, { width: Number.NaN })).toThrow(TypeError);
  });
});
