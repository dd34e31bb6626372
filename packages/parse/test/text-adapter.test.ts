import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/source-document.js';
import { readText } from '../src/text-adapter.js';

const grid = (table: TableBlock) => table.rows.map((row) => row.cells.map((cell) => cell.text));

describe('readText', () => {
  it('splits tab-separated rows, keeping empty merged cells and each cell column', () => {
    const { blocks } = readText('二、主动公开政府信息情况\n规章\t0\t1\t2\n\t(二) 部分公开\t3\t\n');
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '二、主动公开政府信息情况', location: { line: 1, column: 1 } });
    const table = blocks[1] as TableBlock;
    expect(grid(table)).toEqual([
      ['规章', '0', '1', '2'],
      ['', '(二) 部分公开', '3', ''],
    ]);
    expect(table.rows[1]!.cells[2]!.location).toEqual({ line: 3, column: 11 });
  });

  it('gathers one-cell-per-line rows, joining a label continued on an untabbed line', () => {
    const text = '\t\n\t5.要求行政机关确认或重新\n出具已获取信息\n\t0\n\t1\n\n\t结果\n维持\n\t总计\n';
    const table = readText(text).blocks[0] as TableBlock;
    expect(grid(table)).toEqual([
      ['', '5.要求行政机关确认或重新\n出具已获取信息', '0', '1'],
      ['结果\n维持', '总计'],
    ]);
    expect(table.rows[0]!.cells[3]!.location).toEqual({ line: 5, column: 2 });
  });

  it('does not glue a heading onto the last cell', () => {
    const { blocks } = readText('\t0\n四、政府信息公开行政复议、行政诉讼情况\n');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
  });

  it('reads ` | ` rows with filler cells and border pipes', () => {
    const table = readText('行政强制 | |||\n| 规章 | 0 | 0 | 0 |\n').blocks[0] as TableBlock;
    expect(grid(table)).toEqual([
      ['行政强制', '', '', '', ''],
      ['规章', '0', '0', '0'],
    ]);
  });

  it('reads cells divided by lone `|` lines, an empty cell between two of them', () => {
    const table = readText('说明\n\n规章\n|\n0\n|\n|\n2\n\n行政许可\n|\n5\n').blocks[1] as TableBlock;
    expect(grid(table)).toEqual([
      ['规章', '0', '', '2'],
      ['行政许可', '5'],
    ]);
    expect(table.rows[0]!.cells[0]!.location).toEqual({ line: 3, column: 1 });
  });

  it('drops Word artifacts and reads Markdown headings and emphasis', () => {
    const { blocks } = readText('# **一、总体情况**\n[image: ]（二）依申请公开情况\n|---|---|\n', { markdown: true });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、总体情况', location: { line: 1, column: 5 }, headingLevel: 1 },
      { kind: 'paragraph', text: '（二）依申请公开情况', location: { line: 2, column: 10 } },
    ]);
  });

  it('handles CRLF, a BOM and a missing final newline', () => {
    const { blocks } = readText('\ufeff标题\r\n规章\t1\r\n行政许可\t2');
    expect(blocks[0]).toMatchObject({ text: '标题' });
    expect(grid(blocks[1] as TableBlock)).toEqual([
      ['规章', '1'],
      ['行政许可', '2'],
    ]);
  });
});
