import {
  PARTS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  createEmptyReport,
  getCellValue,
  type CellId,
} from '@nianbao/core';
import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/index.js';
import { reportWith, seedReport } from './support/reports.js';
import { markdownTables } from './support/tables.js';

const report001 = seedReport(seed('001'));
const markdown001 = renderMarkdown(report001);
const [table2 = [], table3 = [], table4 = []] = markdownTables(markdown001);

/** The cells of the table-3 row whose last label cell is `label`. */
function table3Row(label: string): string[] {
  const row = table3.find((cells) => cells.slice(0, 3).filter((c) => c !== '').at(-1) === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

/** The index of the column whose header cells (the three header rows) include `label`. */
function table3Column(label: string): number {
  const index = table3.slice(0, 3).map((row) => row.indexOf(label)).find((i) => i >= 0);
  if (index === undefined) throw new Error(`no column ${label}`);
  return index;
}

describe('renderMarkdown', () => {
  it('starts with the title and the metadata', () => {
    const lines = markdown001.split('\n');
    expect(lines[0]).toBe('# 曲阜市时庄街道办事处2024年政府信息公开工作年度报告');
    expect(markdown001).toContain('- 发布机关：曲阜市时庄街道办事处\n- 报告年度：2024年\n- 统计期限：2024年1月1日至2024年12月31日\n- 发布日期：2025年1月20日');
  });

  it('composes the title from agency and year when the report has none, and leaves metadata out on request', () => {
    const markdown = renderMarkdown(reportWith({}, { agency: '新华区教育局', year: 2022 }), { metadata: false });
    expect(markdown.split('\n')[0]).toBe('# 新华区教育局2022年政府信息公开工作年度报告');
    expect(markdown).not.toContain('发布机关');
    expect(renderMarkdown(createEmptyReport()).split('\n')[0]).toBe('# 政府信息公开工作年度报告');
  });

  it('writes the six part headings in order: as written, or the template’s', () => {
    const report = seedReport(seed('001'));
    report.parts.problems.heading = '5、存在的主要问题及改进情况';
    report.parts.otherMatters.heading = null;
    const headings = renderMarkdown(report)
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual(
      PARTS.map((part) => (part.id === 'problems' ? '## 5、存在的主要问题及改进情况' : `## ${part.numeral}、${part.label}`)),
    );
  });

  it('writes each line of a part’s text as a paragraph under its heading', () => {
    const report = seedReport(seed('001'));
    report.parts.overview.text = '  第一段。\n\n（一）主动公开情况\n第二段。  ';
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('## 一、总体情况\n\n第一段。\n\n（一）主动公开情况\n\n第二段。\n\n## 二、');
  });

  it('puts tables 2, 3 and 4 under parts 二, 三 and 四', () => {
    const sections = markdown001.split(/\n## /);
    expect(markdownTables(sections[2]!)).toHaveLength(1);
    expect(markdownTables(sections[3]!)).toHaveLength(1);
    expect(markdownTables(sections[4]!)).toHaveLength(1);
    for (const i of [0, 1, 5, 6]) expect(markdownTables(sections[i]!)).toHaveLength(0);
  });

  it('table 3: the value under 自然人 in the （一）予以公开 row is seed 001’s', () => {
    expect(table3Row('（一）予以公开')[table3Column('自然人')]).toBe('1');
    expect(table3Row('1.本机关不掌握相关政府信息')[table3Column('自然人')]).toBe('6');
    expect(table3Row('一、本年新收政府信息公开申请数量')[table3Column('总计')]).toBe('9');
  });

  it('table 3: every row present in template order, grouped rows under their group', () => {
    const body = table3.slice(3);
    expect(body.map((row) => row.slice(0, 3).filter((c) => c !== '').at(-1))).toEqual(TABLE3_ROWS.map((row) => row.label));
    expect(table3Row('（一）予以公开').slice(0, 2)).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(table3Row('1.属于国家秘密').slice(0, 3)).toEqual(['', '（三）不予公开', '1.属于国家秘密']);
    expect(table3Row('2.其他法律行政法规禁止公开').slice(0, 2)).toEqual(['', '']);
    expect(table3Row('1.本机关不掌握相关政府信息')[1]).toBe('（四）无法提供');
  });

  it('table 3: headers show 法人或其他组织 above each of its five columns, the note in the corner', () => {
    expect(table3[0]![0]).toBe(TABLE3_NOTE);
    const groupRow = table3[1]!;
    const leafRow = table3[2]!;
    TABLE3_COLUMNS.forEach((column, i) => {
      const index = 3 + i;
      if (column.group === null) expect(groupRow[index]).toBe(column.label);
      else {
        expect(groupRow[index]).toBe(column.group);
        expect(leafRow[index]).toBe(column.label);
      }
      expect(table3[0]![index]).toBe('申请人情况');
    });
  });

  it('table 2: each row’s values after its label, one-column rows in the first value column', () => {
    for (const row of TABLE2_ROWS) {
      const cells = table2.find((cells) => cells[0] === row.label);
      expect(cells, row.label).toBeDefined();
      expect(cells).toHaveLength(4);
      row.columns.forEach((column, i) => expect(cells![1 + i]).toBe(String(getCellValue(report001, `t2.${row.id}.${column}` as CellId))));
    }
    expect(table2[0]).toEqual(['第二十条第（一）项', '', '', '']);
  });

  it('table 4: the three blocks over their columns, the values in one row', () => {
    expect(table4).toHaveLength(4);
    const [top, middle, bottom, values] = table4 as [string[], string[], string[], string[]];
    expect(top.slice(0, 5).every((c) => c === '行政复议')).toBe(true);
    expect(top.slice(5).every((c) => c === '行政诉讼')).toBe(true);
    expect(middle.slice(5, 10).every((c) => c === TABLE4_BLOCKS[1].label)).toBe(true);
    expect(middle.slice(10).every((c) => c === TABLE4_BLOCKS[2].label)).toBe(true);
    expect(middle.slice(0, 5)).toEqual(TABLE4_COLUMNS.map((c) => c.label));
    expect(bottom.slice(5)).toEqual([...TABLE4_COLUMNS, ...TABLE4_COLUMNS].map((c) => c.label));
    // Seed 001: two reviews, one upheld and one corrected.
    expect(values.slice(0, 5)).toEqual(['1', '1', '0', '0', '2']);
  });

  it('leaves blank cells empty', () => {
    const markdown = renderMarkdown(reportWith({ 't3.granted.naturalPerson': 4, 't2.fees.amount': 1.25 }));
    const [t2 = [], t3 = []] = markdownTables(markdown);
    expect(t3.find((row) => row[1] === '（一）予以公开')!.slice(3)).toEqual(['4', '', '', '', '', '', '']);
    expect(t2.find((row) => row[0] === '行政事业性收费')).toEqual(['行政事业性收费', '1.25', '', '']);
    expect(t2.find((row) => row[0] === '规章')).toEqual(['规章', '', '', '']);
  });

  it('right-aligns value columns', () => {
    const separator = markdown001.split('\n').find((line) => line.startsWith('| --- | --- | --- |'));
    expect(separator).toBe(`| --- | --- | --- | ${new Array(7).fill('---:').join(' | ')} |`);
  });
});
