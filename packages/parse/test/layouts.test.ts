// Real reports come in many layouts and with much noise. Each case here rewrites a real seed the
// way other agencies' exports look, and expects the seed's hand-checked cells back.
import { flattenCells, getCell } from '@nianbao/core';
import { seed } from '@nianbao/fixtures';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';

const pipeSeed = seed('002'); // ` | `-separated rows
const tabSeed = seed('000'); // tab-separated rows
const stackedSeed = seed('001'); // one cell per line

const isPipeRow = (line: string) => line.includes(' | ') || line.endsWith(' |');
const mapLines = (text: string, fn: (line: string, index: number) => string) => text.split('\n').map(fn).join('\n');

describe('text layouts', () => {
  it('rows with a leading `| `', () => {
    const text = mapLines(pipeSeed.text, (line) => (isPipeRow(line) ? `| ${line}` : line));
    expect(flattenCells(parseText(text).report)).toEqual(pipeSeed.truth.cells);
  });

  it('cells separated by lone `|` lines, rows by blank lines', () => {
    const text = mapLines(pipeSeed.text, (line) =>
      isPipeRow(line) ? `${line.split('|').map((c) => c.trim()).join('\n|\n')}\n` : line,
    );
    expect(text).toContain('规章\n|\n0\n|\n0\n|\n0\n|\n');
    const { report } = parseText(text);
    expect(flattenCells(report)).toEqual(pipeSeed.truth.cells);
  });

  it('Markdown with GFM tables and # headings', () => {
    let inTable = false;
    const text = mapLines(tabSeed.text, (line) => {
      if (line.includes('\t')) {
        const row = `| ${line.split('\t').join(' | ')} |`;
        const first = !inTable;
        inTable = true;
        return first ? `${row}\n|${' --- |'.repeat(line.split('\t').length)}` : row;
      }
      if (line.trim() !== '') inTable = false;
      return /^[一二三四五六]、/.test(line) ? `## ${line}` : line;
    });
    const result = parseText(text, { fileName: 'report.md' });
    expect(result.format).toBe('markdown');
    expect(flattenCells(result.report)).toEqual(tabSeed.truth.cells);
    expect(result.report.parts.problems.heading).toBe('五、存在的主要问题及改进情况');
  });

  it('detects Markdown from its table separator rows', () => {
    const text = '# 某局2023年政府信息公开工作年度报告\n\n| 规章 | 0 | 0 | 0 |\n| --- | --- | --- | --- |\n';
    expect(parseText(text).format).toBe('markdown');
  });
});

describe('noise in published reports', () => {
  it('full-width digits, thousands separators and spaces around digits', () => {
    const text = stackedSeed.text
      .replace('\t9\n\t0\n\t0\n\t0\n\t0\n\t0\n\t9\n', '\t９\n\t 0 \n\t０\n\t0\n\t0\n\t0\n\t 9\n')
      .replace('行政事业性收费\n\t0', '行政事业性收费\n\t3,746.5');
    const { report, diagnostics } = parseText(text);
    expect(getCell(report, 't3.newReceived.naturalPerson')).toMatchObject({ value: 9, raw: '９' });
    expect(getCell(report, 't2.fees.amount')).toMatchObject({ value: 3746.5, raw: '3,746.5' });
    expect(flattenCells(report)).toEqual({ ...stackedSeed.truth.cells, 't2.fees.amount': 3746.5 });
    expect(diagnostics).toEqual([]);
  });

  it('placeholders / — - 无 read as null, raw text kept, each with a diagnostic', () => {
    const text = tabSeed.text
      .replace('规章\t0\t0\t0', '规章\t/\t—\t0')
      .replace('行政许可\t0', '行政许可\t无')
      .replace('行政处罚\t0', '行政处罚\t-');
    const { report, diagnostics } = parseText(text);
    expect(getCell(report, 't2.regulations.issued')).toMatchObject({ value: null, raw: '/' });
    expect(getCell(report, 't2.regulations.repealed')).toMatchObject({ value: null, raw: '—' });
    expect(getCell(report, 't2.regulations.inForce')).toMatchObject({ value: 0, raw: '0' });
    expect(getCell(report, 't2.licensing.decisions')).toMatchObject({ value: null, raw: '无' });
    expect(getCell(report, 't2.punishment.decisions')).toMatchObject({ value: null, raw: '-' });
    expect(diagnostics.map((d) => [d.code, d.cellIds?.[0], d.location?.line])).toEqual([
      ['cell/placeholder', 't2.regulations.issued', 31],
      ['cell/placeholder', 't2.regulations.repealed', 31],
      ['cell/placeholder', 't2.licensing.decisions', 35],
      ['cell/placeholder', 't2.punishment.decisions', 38],
    ]);
  });

  it('text where a number belongs is null with an error; numbers with units are read with a note', () => {
    const text = tabSeed.text.replace('行政许可\t0', '行政许可\t见附件').replace('行政处罚\t0', '行政处罚\t12件');
    const { report, diagnostics } = parseText(text);
    expect(getCell(report, 't2.licensing.decisions')).toMatchObject({ value: null, raw: '见附件' });
    expect(getCell(report, 't2.punishment.decisions')).toMatchObject({ value: 12, raw: '12件' });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['cell/unreadable', 'error'],
      ['cell/reformatted', 'info'],
    ]);
  });

  it('a label broken across lines in tab-separated rows', () => {
    const text = tabSeed.text.replace('\t\t2.其他法律行政法规禁止公开\t', '\t\t2.其他法律行政法规禁止公\n开\t');
    expect(text).toContain('禁止公\n开\t0');
    expect(flattenCells(parseText(text).report)).toEqual(tabSeed.truth.cells);
  });

  it('the table-3 header repeated after a page break', () => {
    const lines = pipeSeed.text.split('\n');
    const header = lines.slice(30, 33); // 申请人情况 / 自然人 … / 商业 企业 …
    const at = lines.findIndex((l) => l.startsWith('(四)无法提供'));
    const text = [...lines.slice(0, at), ...header, ...lines.slice(at)].join('\n');
    expect(flattenCells(parseText(text).report)).toEqual(pipeSeed.truth.cells);
  });

  it('numbering variants: 1、 for 一、, （1） inside a part', () => {
    const text = tabSeed.text.replace('一、总体情况', '1、 总体情况').replace('二、主动公开政府信息情况', '2. 主动公开政府信息情况');
    const { report } = parseText(text);
    expect(report.parts.overview.heading).toBe('1、 总体情况');
    expect(report.parts.activeDisclosure.heading).toBe('2. 主动公开政府信息情况');
    expect(flattenCells(report)).toEqual(tabSeed.truth.cells);
  });

  it('a Traditional-character page (資訊 for 信息) reads the same cells and keeps its own text', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const text = toTraditional(pipeSeed.text).replaceAll('信息', '資訊');
    expect(text).toContain('收到和處理政府資訊公開申請情況');
    const { report } = parseText(text);
    expect(flattenCells(report)).toEqual(pipeSeed.truth.cells);
    expect(report.parts.applications.heading).toBe('三、收到和處理政府資訊公開申請情況');
    expect(report.metadata.year).toBe(2024);
  });
});

describe('reports without tables', () => {
  it('finds the parts, leaves every cell null, and says the tables are missing', () => {
    const text = tabSeed.text
      .split('\n')
      .filter((line) => !line.includes('\t'))
      .join('\n');
    const { report, diagnostics } = parseText(text);
    expect(Object.values(flattenCells(report)).every((v) => v === null)).toBe(true);
    expect(Object.values(report.parts).every((p) => p.heading !== null)).toBe(true);
    const missing = diagnostics.filter((d) => d.code === 'table/missing');
    expect(missing.map((d) => d.part)).toEqual(['activeDisclosure', 'applications', 'reviewLitigation']);
    expect(missing[0]!.message).toContain('图片');
    expect(missing[0]!.location?.line).toBe(27);
    expect(report.tables.t2.found).toBe(false);
  });

  it('says which parts are missing', () => {
    const text = tabSeed.text.replace('五、存在的主要问题及改进情况', '').replace('六、其他需要报告的事项', '');
    const missing = parseText(text).diagnostics.filter((d) => d.code === 'part/missing');
    expect(missing.map((d) => d.part)).toEqual(['problems', 'otherMatters']);
  });
});

describe('merged cells from HTML and DOCX grids', () => {
  it('a blank value followed by its colspan stays a blank value, with a cell/blank diagnostic', () => {
    const html = pipeSeed.text.replace('行政强制 | |||', '行政强制 | |||'); // unchanged text layout for contrast
    expect(parseText(html).diagnostics.map((d) => d.code)).toEqual(['cell/blank']);
    const page = `<h1>${pipeSeed.truth.agency}2024年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>
      <table><tr><td>行政处罚</td><td colspan="3">4</td></tr><tr><td>行政强制</td><td colspan="3"></td></tr></table>`;
    const { report, diagnostics } = parseText(page, { format: 'html' });
    expect(getCell(report, 't2.punishment.decisions').value).toBe(4);
    expect(getCell(report, 't2.coercion.decisions')).toMatchObject({ value: null, raw: '' });
    expect(diagnostics.filter((d) => d.code === 'cell/blank').map((d) => d.cellIds)).toEqual([['t2.coercion.decisions']]);
    expect(diagnostics.some((d) => d.code === 'table/row-shape' && d.cellIds?.includes('t2.coercion.decisions'))).toBe(false);
  });
});

describe('the outdated 2019 trial layout', () => {
  it('is detected from table 2 columns (本年新制作数量 …) and said as an error', () => {
    const text = tabSeed.text.replace('信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量');
    const { report, diagnostics } = parseText(text);
    expect(report.templateVersion).toBe('2019-trial');
    expect(diagnostics.filter((d) => d.code === 'template/2019-layout').map((d) => d.severity)).toEqual(['error']);
  });

  it('is detected from table 3 with a single （六）其他处理 row', () => {
    const lines = tabSeed.text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('(六) 其他处理'));
    const text = [...lines.slice(0, first), '(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0\t', ...lines.slice(first + 3)].join('\n');
    expect(parseText(text).report.templateVersion).toBe('2019-trial');
  });

  it('is not reported for the 2021 layout', () => {
    expect(parseText(tabSeed.text).report.templateVersion).toBe('2021');
  });
});
