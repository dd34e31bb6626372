// The DOCX adapter: the five seed reports written as Word documents (test/fixtures/docx, made by
// make-fixtures.ts) read back to every cell, and small hand-written documents for each piece of
// OOXML the reader handles. Hostile files are built at run time.
import { readFileSync } from 'node:fs';
import { CELL_IDS, PART_IDS, TABLE3_NOTE, flattenCells } from '@nianbao/core';
import { loadSeeds } from '@nianbao/fixtures';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCX_LIMITS, formatNumber, readDocx } from '../src/docx-adapter.js';
import type { ParagraphBlock, SourceDocument, TableBlock } from '../src/source-document.js';
import { readTemplate } from '../src/template-reader.js';

const seeds = loadSeeds();
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/docx/${name}.docx`, import.meta.url)));
const seedDocx = (prefix: string): Uint8Array => fixture(seeds.find((s) => s.name.startsWith(prefix))!.name);

const paragraphs = (doc: SourceDocument): ParagraphBlock[] => doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (doc: SourceDocument): string[] => paragraphs(doc).map((p) => p.text);
const grid = (table: TableBlock | undefined): string[][] => (table?.rows ?? []).map((row) => row.cells.map((cell) => (cell.merged ? '^' : cell.text)));
const codes = (doc: SourceDocument): string[] => doc.diagnostics.map((d) => `${d.severity}:${d.code}`);

// Hand-written documents ----------------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES =
  `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" mc:Ignorable="wps"';

interface Parts {
  readonly numbering?: string;
  readonly styles?: string;
  /** The whole document.xml, instead of `body` wrapped. */
  readonly document?: string;
}

function docx(body: string, parts: Parts = {}): Uint8Array {
  const files: Zippable = {
    'word/document.xml': strToU8(parts.document ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  return zipSync(files);
}

const run = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const para = (text: string, pPr = ''): string => p(run(text), pPr);
const numPr = (numId: number, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const tc = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text.split('\n').map((line) => para(line)).join('')}</w:tc>`;
const tr = (cells: string, trPr = ''): string => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string): string => `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
const level = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/>${extra}</w:lvl>`;
const list = (abstractId: number, levels: string, numId = abstractId, override = ''): string =>
  `<w:abstractNum w:abstractNumId="${abstractId}">${levels}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;

// The five seeds ---------------------------------------------------------------------------------------

describe.each(seeds.map((s) => [s.name, s] as const))('seed %s as .docx', (name, s) => {
  const document = readDocx(fixture(name));
  const { report, diagnostics } = readTemplate(document);

  it('reads all 200 cells as the truth has them', () => {
    expect(Object.keys(s.truth.cells)).toEqual([...CELL_IDS]);
    expect(flattenCells(report)).toEqual(s.truth.cells);
  });

  it('reads the year, the agency and the six parts, with no error', () => {
    expect(report.metadata.year).toBe(s.truth.year);
    expect(report.metadata.agency).toBe(s.truth.agency);
    for (const part of PART_IDS) expect(report.parts[part].heading, part).toMatch(/^[一二三四五六5]、/);
    expect(report.metadata.period?.start).toBe(`${s.truth.year}-01-01`);
    expect(report.templateVersion).toBe('2021');
    expect(document.diagnostics).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives every block, row and cell a path', () => {
    for (const block of document.blocks) {
      if (block.kind === 'paragraph') expect(block.location.path).toMatch(/^p\[\d+\]$/);
      else {
        expect(block.location.path).toMatch(/^table\[\d+\]$/);
        block.rows.forEach((row, r) => {
          expect(row.location.path).toBe(`${block.location.path}/tr[${r + 1}]`);
          row.cells.forEach((cell, c) => {
            if (!cell.merged) expect(cell.location.path).toBe(`${row.location.path}/td[${c + 1}]`);
          });
        });
      }
    }
  });
});

describe('the seed documents in detail', () => {
  const doc000 = readDocx(seedDocx('000'));
  const doc002 = readDocx(seedDocx('002'));
  const doc003 = readDocx(seedDocx('003'));

  it('000: part headings numbered by Word read with their numbers, as Heading 1, at their paragraph', () => {
    const headings = paragraphs(doc000).filter((b) => b.headingLevel === 1);
    expect(headings.map((h) => h.text)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    // The title is p[1], an empty paragraph p[2], the period p[3].
    expect(paragraphs(doc000).slice(0, 3).map((b) => [b.location.path, b.headingLevel])).toEqual([
      ['p[1]', undefined],
      ['p[3]', undefined],
      ['p[4]', 1],
    ]);
    expect(tables(doc000).map((t) => t.location.path)).toEqual(['table[1]', 'table[2]', 'table[3]']);
  });

  it('000: table 3 is merged as the template merges it, covered positions pointing at their origin', () => {
    const table3 = tables(doc000)[1]!;
    const rows = grid(table3);
    expect(rows.slice(0, 8)).toEqual([
      [TABLE3_NOTE, '^', '^', '申请人情况', '^', '^', '^', '^', '^', '^'],
      ['^', '^', '^', '自然人', '法人或其他组织', '^', '^', '^', '^', '总计'],
      ['^', '^', '^', '^', '商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他', '^'],
      ['一、本年新收政府信息公开申请数量', '^', '^', '0', '0', '0', '0', '0', '0', '0'],
      ['二、上年结转政府信息公开申请数量', '^', '^', '0', '0', '0', '0', '0', '0', '0'],
      ['三、本年度办理结果', '（一）予以公开', '^', '0', '0', '0', '0', '0', '0', '0'],
      ['^', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '^', '0', '0', '0', '0', '0', '0', '0'],
      ['^', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(rows).toHaveLength(28);
    // 三、本年度办理结果 covers column 1 from its row down to （七）总计; （三）不予公开 its eight items.
    expect(rows.map((r) => r[0]).slice(5)).toEqual(['三、本年度办理结果', ...Array(21).fill('^'), '四、结转下年度继续办理']);
    expect(rows.slice(7, 15).map((r) => r[1])).toEqual(['（三）不予公开', ...Array(7).fill('^')]);
    const at = (r: number, c: number) => table3.rows[r]!.cells[c]!;
    expect(at(26, 0)).toEqual({ text: '', merged: true, location: { path: 'table[2]/tr[6]/td[1]' } });
    expect(at(2, 2)).toEqual({ text: '', merged: true, location: { path: 'table[2]/tr[1]/td[1]' } });
    expect(at(14, 1)).toEqual({ text: '', merged: true, location: { path: 'table[2]/tr[8]/td[2]' } });
    expect(at(7, 2)).toEqual({ text: '1.属于国家秘密', location: { path: 'table[2]/tr[8]/td[3]' } });
    expect(at(3, 3)).toEqual({ text: '0', location: { path: 'table[2]/tr[4]/td[4]' } });
  });

  it('000: table 4 merges 行政复议 over five columns, 行政诉讼 over ten, and each litigation block over five', () => {
    const table4 = tables(doc000)[2]!;
    const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(grid(table4)).toEqual([
      ['行政复议', '^', '^', '^', '^', '行政诉讼', ...Array(9).fill('^')],
      [...columns, '未经复议直接起诉', '^', '^', '^', '^', '复议后起诉', '^', '^', '^', '^'],
      [...Array(5).fill('^'), ...columns, ...columns],
      Array(15).fill('0'),
    ]);
    expect(table4.rows[2]!.cells[4]!.location).toEqual({ path: 'table[3]/tr[2]/td[5]' });
    expect(table4.rows[0]!.cells[14]!.location).toEqual({ path: 'table[3]/tr[1]/td[6]' });
  });

  it('002: table 3 split at a page break comes as two tables, the second repeating the header and the open group labels', () => {
    const [, first, second] = tables(doc002);
    expect(grid(first)).toHaveLength(3 + 2 + 2 + 4);
    expect(grid(second).slice(0, 3)).toEqual(grid(first).slice(0, 3));
    expect(grid(second)[3]!.slice(0, 4)).toEqual(['三、本年度办理结果', '（三）不予公开', '5.属于三类内部事务信息', '0']);
    expect(grid(second).slice(3).map((r) => r[0])).toEqual(['三、本年度办理结果', ...Array(15).fill('^'), '四、结转下年度继续办理']);
  });

  it('002: one two-level list numbers headings and sub-headings; the sub-level restarts under each heading', () => {
    const numbered = paragraphs(doc002).filter((b) => b.headingLevel !== undefined).map((b) => `${b.headingLevel} ${b.text}`);
    expect(numbered.slice(0, 7)).toEqual(['1 一、总体情况', '2 (一)主动公开', '2 (二)依申请公开', '2 (三)政府信息管理', '2 (四)政府信息公开平台建设', '2 (五)监督保障', '1 二、主动公开政府信息情况']);
    expect(numbered).toContain('2 (一)存在问题');
    expect(numbered.indexOf('2 (一)存在问题')).toBe(numbered.indexOf('1 五、存在的主要问题及改进情况') + 1);
  });

  it('001: a heading style with a localized id is a heading by its name; sub-headings restart in each part', () => {
    const doc = readDocx(seedDocx('001'));
    expect(paragraphs(doc).filter((b) => b.headingLevel === 2).map((b) => b.text)).toHaveLength(6);
    const subheadings = texts(doc).filter((t) => /^（[一二三四五六七]）/.test(t));
    expect(subheadings.slice(0, 6)).toEqual(['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况', '（五）监督保障情况', expect.stringMatching(/^（一）依据《政府信息公开信息处理费管理办法》/)]);
    // The title's soft line break: two paragraphs, one location.
    expect(paragraphs(doc).slice(0, 2)).toEqual([
      { kind: 'paragraph', text: '曲阜市时庄街道办事处2024年政府信息公开', location: { path: 'p[1]' } },
      { kind: 'paragraph', text: '工作年度报告', location: { path: 'p[1]' } },
    ]);
  });

  it('004: table 3 items numbered by Word restart at 1 in each group', () => {
    const table3 = tables(readDocx(seedDocx('004')))[1]!;
    expect(grid(table3).slice(7, 18).map((r) => r[2])).toEqual([
      '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
      '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
    ]);
  });

  it('003 (WPS): gridBefore leaves empty, unmerged positions; gridAfter ends rows early; hMerge merges like gridSpan', () => {
    const [table2, table3, table4] = tables(doc003);
    expect(grid(table3).slice(0, 4)).toEqual([
      ['', '', '', '申请人情况', '^', '^', '^', '^', '^', '^'],
      ['', '', '', '自然人', '法人或其他组织', '^', '^', '^', '^', '总计'],
      ['', '', '', '^', '商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他', '^'],
      ['一、本年新收政府信息公开申请数量', '^', '^', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(table3!.rows[0]!.cells[1]).toEqual({ text: '', location: { path: 'table[2]/tr[1]/td[2]' } });
    expect(table3!.rows[1]!.cells[5]).toEqual({ text: '', merged: true, location: { path: 'table[2]/tr[2]/td[5]' } });
    expect(grid(table2).slice(4, 7)).toEqual([
      ['第二十条第（五）项', '^', '^', '^'],
      ['信息内容', '本年处理决定数量', '', ''],
      ['行政许可', '0', '', ''],
    ]);
    expect(table2!.rows[6]!.cells[3]!.location).toEqual({ path: 'table[1]/tr[7]/td[4]' });
    expect(grid(table4)).toEqual(grid(tables(doc000)[2]));
    // The WPS style names its heading style 标题 1 under the id 3.
    expect(paragraphs(doc003).filter((b) => b.headingLevel === 1)).toHaveLength(6);
  });
});

// Paragraph content ------------------------------------------------------------------------------------

describe('paragraphs', () => {
  it('reads body paragraphs and tables in order; empty paragraphs count in paths but give no block', () => {
    const doc = readDocx(docx(`${para('甲')}<w:p/>${para('乙')}${tbl(tr(tc('a') + tc('b')))}${para('丙')}${tbl(tr(tc('c') + tc('d')))}<w:sectPr/>`));
    expect(doc.blocks.map((b) => `${b.kind} ${b.location.path}`)).toEqual(['paragraph p[1]', 'paragraph p[3]', 'table table[1]', 'paragraph p[4]', 'table table[2]']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('tabs, line breaks, page breaks, non-breaking hyphens; symbols and soft hyphens left out; ends trimmed', () => {
    const doc = readDocx(
      docx(
        p(`<w:r><w:t xml:space="preserve">  一、</w:t><w:tab/><w:t>总体情况</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>电话0537</w:t><w:noBreakHyphen/><w:t>4531088</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:softHyphen/><w:br w:type="page"/><w:t>新页　</w:t></w:r>`),
      ),
    );
    expect(texts(doc)).toEqual(['一、\t总体情况', '第二行', '电话0537-4531088', '新页']);
    expect(paragraphs(doc).every((b) => b.location.path === 'p[1]')).toBe(true);
  });

  it('unwraps content controls, hyperlinks, smart tags and insertions; leaves out deletions and hidden text', () => {
    const doc = readDocx(
      docx(
        `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>${para('控件中的段落')}</w:sdtContent></w:sdt>` +
          p(
            `<w:sdt><w:sdtContent>${run('行内控件')}</w:sdtContent></w:sdt><w:hyperlink r:id="rId1" xmlns:r="urn:r">${run('链接')}</w:hyperlink>` +
              `<w:smartTag w:element="place">${run('标记')}</w:smartTag><w:ins w:id="1" w:author="a">${run('插入')}</w:ins>` +
              `<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>${run('隐藏', '<w:vanish/>')}${run('显示', '<w:vanish w:val="false"/>')}`,
          ),
      ),
    );
    expect(texts(doc)).toEqual(['控件中的段落', '行内控件链接标记插入显示']);
    expect(paragraphs(doc).map((b) => b.location.path)).toEqual(['p[1]', 'p[2]']);
  });

  it('fields read as their results: instructions ignored, nested fields, simple fields; a table of contents left out', () => {
    const field = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = readDocx(
      docx(
        p(`${run('第')}${field('PAGE \\* MERGEFORMAT', '3')}${run('页')}`) +
          p(`${run('发布日期：')}<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">${run('2024年1月31日')}</w:fldSimple>`) +
          p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${field('MERGEFIELD x', '内层')}<w:r><w:instrText> = 1 "a"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('外层结果')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
          // A TOC field spans paragraphs; its entries repeat the headings with page numbers.
          p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('一、总体情况\t1')}`) +
          para('二、主动公开政府信息情况\t2') +
          p(`${run('六、其他需要报告的事项\t5')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
          para('一、总体情况') +
          p(`<w:fldSimple w:instr=" TOC \\o &quot;1-3&quot; ">${run('目录项')}</w:fldSimple>${run('正文')}`) +
          para('目录样式的条目', '<w:pStyle w:val="TOC1"/>'),
        { styles: '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>' },
      ),
    );
    expect(texts(doc)).toEqual(['第3页', '发布日期：2024年1月31日', '外层结果', '一、总体情况', '正文']);
  });

  it('a field begin that nothing ends, or an end that nothing began, changes nothing (it would hide the rest of the document)', () => {
    const doc = readDocx(
      docx(
        p(`${run('前')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('后')}`) +
          p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>${run('断开的域')}`) +
          p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
          para('其后'),
      ),
    );
    expect(texts(doc)).toEqual(['前后', '断开的域', '7', '其后']);
  });

  it('text boxes are read once (one branch of mc:AlternateContent), after the paragraph anchoring them, with paths of their own', () => {
    const box = (text: string) => `<w:txbxContent>${para(text)}${tbl(tr(tc('框内') + tc('表格')))}</w:txbxContent>`;
    const anchored =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('文本框')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box('文本框')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const vml = `<w:r><w:pict><v:shape><v:textbox>${box('旧式文本框')}</v:textbox></v:shape></w:pict></w:r>`;
    const doc = readDocx(docx(p(run('锚定段落') + anchored) + p(vml) + para('之后')));
    expect(doc.blocks.map((b) => `${b.location.path} ${b.kind === 'paragraph' ? b.text : grid(b).flat().join('/')}`)).toEqual([
      'p[1] 锚定段落',
      'p[1]/txbx[1]/p[1] 文本框',
      'p[1]/txbx[1]/table[1] 框内/表格',
      'p[2]/txbx[1]/p[1] 旧式文本框',
      'p[2]/txbx[1]/table[1] 框内/表格',
      'p[3] 之后',
    ]);
  });

  it('mc:AlternateContent at block level reads its Choice, or its Fallback when there is no Choice', () => {
    const doc = readDocx(
      docx(
        `<mc:AlternateContent><mc:Choice Requires="w14">${para('新')}</mc:Choice><mc:Fallback>${para('旧')}</mc:Fallback></mc:AlternateContent>` +
          `<mc:AlternateContent><mc:Fallback>${para('仅有后备')}</mc:Fallback></mc:AlternateContent>`,
      ),
    );
    expect(texts(doc)).toEqual(['新', '仅有后备']);
  });

  it('math is read as its text; an altChunk is reported, once', () => {
    const doc = readDocx(docx(p(`${run('比例')}<m:oMath><m:r><m:t>a</m:t></m:r><m:r><m:t>/b</m:t></m:r></m:oMath>`) + '<w:altChunk r:id="a" xmlns:r="urn:r"/><w:altChunk r:id="b" xmlns:r="urn:r"/>'));
    expect(texts(doc)).toEqual(['比例a/b']);
    expect(codes(doc)).toEqual(['warning:docx/alt-chunk']);
  });

  it('reads Strict OOXML and unprefixed attributes', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const doc = readDocx(docx('', { document: `<w:document xmlns:w="${strict}"><w:body><w:p><w:pPr><w:pStyle val="Heading2"/></w:pPr><w:r><w:t>严格格式</w:t></w:r></w:p></w:body></w:document>` }));
    expect(paragraphs(doc)).toEqual([{ kind: 'paragraph', text: '严格格式', location: { path: 'p[1]' }, headingLevel: 2 }]);
  });

  it('a document with nothing to read gets a warning', () => {
    expect(codes(readDocx(docx('<w:p/><w:sectPr/>')))).toEqual(['warning:docx/no-text']);
  });
});

// Headings and numbering -----------------------------------------------------------------------------

describe('heading levels', () => {
  it('from Heading1…6 ids, from style names when ids are localized, through basedOn, and from outline levels', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="标题 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="大纲"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="Body"/></w:style>';
    const doc = readDocx(
      docx(
        para('甲', '<w:pStyle w:val="1"/>') +
          para('乙', '<w:pStyle w:val="20"/>') +
          para('丙', '<w:pStyle w:val="a5"/>') +
          para('丁', '<w:pStyle w:val="a6"/>') +
          para('戊', '<w:outlineLvl w:val="4"/>') +
          para('己', '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>') +
          para('庚', '<w:pStyle w:val="Heading4"/>') +
          para('辛'),
        { styles },
      ),
    );
    expect(paragraphs(doc).map((b) => `${b.text}${b.headingLevel ?? ''}`)).toEqual(['甲1', '乙2', '丙1', '丁3', '戊5', '己', '庚', '辛']);
    // Without styles.xml, Word's English ids still say the level.
    expect(paragraphs(readDocx(docx(para('标题', '<w:pStyle w:val="Heading3"/>'))))[0]?.headingLevel).toBe(3);
  });
});

describe('automatic numbering', () => {
  it('renders the common Chinese list formats', () => {
    const numbering =
      list(1, level(0, 'chineseCounting', '%1、')) +
      list(2, level(0, 'chineseCountingThousand', '（%1）')) +
      list(3, level(0, 'ideographTraditional', '%1、')) +
      list(4, level(0, 'decimal', '%1.')) +
      list(5, level(0, 'decimalEnclosedCircle', '%1'));
    const items = (numId: number, count: number) => Array.from({ length: count }, (_, i) => para(`项${i + 1}`, numPr(numId))).join('');
    const doc = readDocx(docx(items(1, 12) + items(2, 2) + items(3, 3) + items(4, 2) + items(5, 2), { numbering }));
    expect(texts(doc)).toEqual([
      '一、项1', '二、项2', '三、项3', '四、项4', '五、项5', '六、项6', '七、项7', '八、项8', '九、项9', '十、项10', '十一、项11', '十二、项12',
      '（一）项1', '（二）项2',
      '甲、项1', '乙、项2', '丙、项3',
      '1.项1', '2.项2',
      '①项1', '②项2',
    ]);
  });

  it('formats counters as Word does', () => {
    const cases: [number, string, string][] = [
      [10, 'chineseCounting', '十'], [21, 'chineseCounting', '二十一'], [101, 'chineseCountingThousand', '一百零一'], [110, 'chineseCountingThousand', '一百一十'],
      [1010, 'chineseCountingThousand', '一千零一十'], [0, 'chineseCounting', '〇'], [12, 'chineseLegalSimplified', '壹拾贰'], [11, 'ideographTraditional', '甲'],
      [3, 'ideographZodiac', '寅'], [105, 'ideographDigital', '一〇五'], [20, 'decimalEnclosedCircle', '⑳'], [21, 'decimalEnclosedCircleChinese', '㉑'],
      [3, 'decimalEnclosedParen', '⑶'], [3, 'decimalEnclosedFullstop', '⒊'], [2, 'ideographEnclosedCircle', '㊁'], [12, 'decimalFullWidth', '１２'],
      [7, 'decimalZero', '07'], [28, 'lowerLetter', 'bb'], [2, 'upperLetter', 'B'], [14, 'lowerRoman', 'xiv'], [1999, 'upperRoman', 'MCMXCIX'],
      [5, 'none', ''], [5, 'someFutureFormat', '5'],
    ];
    for (const [n, format, expected] of cases) expect(formatNumber(n, format), `${n} ${format}`).toBe(expected);
  });

  it('multi-level lists: %1.%2, deeper levels restart under a higher one unless lvlRestart says otherwise, legal numbering', () => {
    const numbering = list(
      1,
      level(0, 'chineseCounting', '%1、') + level(1, 'decimal', '%1.%2') + level(2, 'decimal', '（%3）', '<w:lvlRestart w:val="0"/>') + level(3, 'chineseCounting', '%1.%2.%4', '<w:isLgl/>'),
    );
    const doc = readDocx(
      docx(
        para('章', numPr(1, 0)) + para('节', numPr(1, 1)) + para('节', numPr(1, 1)) + para('款', numPr(1, 2)) + para('条', numPr(1, 3)) + para('章', numPr(1, 0)) + para('节', numPr(1, 1)) + para('款', numPr(1, 2)),
        { numbering },
      ),
    );
    expect(texts(doc)).toEqual(['一、章', '一.1节', '一.2节', '（1）款', '1.2.1条', '二、章', '二.1节', '（2）款']);
  });

  it('lists sharing a definition continue, unless one restarts with startOverride; numId 0 removes numbering', () => {
    const numbering =
      list(1, level(0, 'decimal', '%1.'), 1) +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const doc = readDocx(docx(para('a', numPr(1)) + para('b', numPr(2)) + para('c', numPr(3)) + para('d', numPr(3)) + para('e', numPr(1)) + para('f', numPr(0)) + para('g', numPr(9)), { numbering }));
    expect(texts(doc)).toEqual(['1.a', '2.b', '5.c', '6.d', '3.e', 'f', 'g']);
  });

  it('numbering from paragraph styles (also through a numbering style link), with the level a style is tied to', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="item"><w:name w:val="条目"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="numbering" w:styleId="listStyle"><w:name w:val="条目列表"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>';
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="listStyle"/></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="listStyle"/>${level(0, 'decimal', '%1.')}${level(1, 'decimalEnclosedCircle', '%2', '<w:pStyle w:val="item"/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>';
    const doc = readDocx(
      docx(
        para('总体情况', '<w:pStyle w:val="1"/>') + para('主动公开', '<w:pStyle w:val="2"/>') + para('依申请公开', '<w:pStyle w:val="2"/>') + para('条目甲', '<w:pStyle w:val="item"/>') + para('主动公开政府信息情况', '<w:pStyle w:val="1"/>'),
        { styles, numbering },
      ),
    );
    expect(paragraphs(doc).map((b) => `${b.headingLevel ?? '-'} ${b.text}`)).toEqual(['1 一、总体情况', '2 （一）主动公开', '2 （二）依申请公开', '- ①条目甲', '1 二、主动公开政府信息情况']);
  });

  it('separators: tab or space after a number reads as nothing after punctuation, a space after a letter or digit; bullets add nothing', () => {
    const numbering =
      list(1, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>') +
      list(2, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>') +
      list(3, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>') +
      list(4, `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>`);
    const doc = readDocx(docx(para('总体情况', numPr(1)) + para('总则', numPr(2)) + para('要点', numPr(3)) + para('自定义', numPr(4)) + p('', `${numPr(1)}`), { numbering }));
    expect(texts(doc)).toEqual(['一、总体情况', '第一章 总则', '要点', '1.自定义', '二、']);
  });

  it('without numbering.xml the text is still read, without numbers', () => {
    expect(texts(readDocx(docx(para('总体情况', numPr(1)))))).toEqual(['总体情况']);
  });
});

// Tables -------------------------------------------------------------------------------------------------

describe('tables', () => {
  it('gridSpan and vMerge (restart, continue) expand into the grid; covered positions carry the origin’s location', () => {
    const doc = readDocx(
      docx(
        tbl(
          tr(tc('左上', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + tc('右上')) +
            tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>') + tc('右中')) +
            tr(tc('左下') + tc('中下') + tc('右下', '<w:vMerge w:val="continue"/>')),
        ),
      ),
    );
    const [table] = tables(doc);
    expect(grid(table)).toEqual([
      ['左上', '^', '右上'],
      ['^', '^', '右中'],
      ['左下', '中下', '^'],
    ]);
    expect(table!.rows[1]!.cells.map((c) => c.location.path)).toEqual(['table[1]/tr[1]/td[1]', 'table[1]/tr[1]/td[1]', 'table[1]/tr[2]/td[3]']);
    expect(table!.rows[2]!.cells[2]).toEqual({ text: '', merged: true, location: { path: 'table[1]/tr[2]/td[3]' } });
    expect(table!.rows[2]!.location).toEqual({ path: 'table[1]/tr[3]' });
  });

  it('a vMerge continue with nothing above is a cell of its own; a continuing cell’s own text is not shown, as in Word', () => {
    const doc = readDocx(docx(tbl(tr(tc('a', '<w:vMerge/>') + tc('b')) + tr(tc('隐藏', '<w:vMerge/>') + tc('c')))));
    expect(grid(tables(doc)[0])).toEqual([
      ['a', 'b'],
      ['^', 'c'],
    ]);
  });

  it('gridBefore and gridAfter are empty positions, not merged; short rows are padded to the widest', () => {
    const doc = readDocx(docx(tbl(tr(tc('a') + tc('b') + tc('c') + tc('d')) + tr(tc('x') + tc('y'), '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>') + tr(tc('z')))));
    const [table] = tables(doc);
    expect(grid(table)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['', 'x', 'y', ''],
      ['z', '', '', ''],
    ]);
    expect(table!.rows[1]!.cells.map((c) => `${c.location.path}${c.merged ? '^' : ''}`)).toEqual(['table[1]/tr[2]/td[1]', 'table[1]/tr[2]/td[2]', 'table[1]/tr[2]/td[3]', 'table[1]/tr[2]/td[4]']);
  });

  it('legacy horizontal merges (hMerge) merge like gridSpan', () => {
    const doc = readDocx(docx(tbl(tr(tc('合并', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('', '<w:hMerge w:val="continue"/>') + tc('独立')) + tr(tc('1') + tc('2') + tc('3') + tc('4')))));
    const [table] = tables(doc);
    expect(grid(table)).toEqual([
      ['合并', '^', '^', '独立'],
      ['1', '2', '3', '4'],
    ]);
    expect(table!.rows[0]!.cells[2]!.location).toEqual({ path: 'table[1]/tr[1]/td[1]' });
  });

  it('cell text: paragraphs joined by \\n, blank ones dropped; nested tables flattened one line per row; content controls around rows and cells', () => {
    const nested = tbl(tr(tc('内1') + tc('内2')) + tr(tc('内3') + tc('')));
    const doc = readDocx(
      docx(
        tbl(
          tr(`<w:tc>${para('第一行')}<w:p/>${para('第二行')}</w:tc>` + `<w:tc>${para('前')}${nested}${para('后')}</w:tc>`) +
            `<w:sdt><w:sdtContent>${tr(`<w:sdt><w:sdtContent>${tc('控件单元格')}</w:sdtContent></w:sdt>` + tc('x'))}</w:sdtContent></w:sdt>` +
            tr(tc('已删除行') + tc('y'), '<w:del w:id="1" w:author="a"/>'),
        ),
      ),
    );
    expect(grid(tables(doc)[0])).toEqual([
      ['第一行\n第二行', '前\n内1 内2\n内3\n后'],
      ['控件单元格', 'x'],
    ]);
    expect(paragraphs(doc)).toEqual([]);
  });

  it('a one-cell table is a frame: its content is read as blocks, with paths inside the cell', () => {
    const doc = readDocx(docx(tbl(tr(`<w:tc>${para('框中标题', '<w:pStyle w:val="Heading1"/>')}${para('框中正文')}${tbl(tr(tc('a') + tc('b')))}</w:tc>`)) + para('框后')));
    expect(doc.blocks.map((b) => `${b.location.path} ${b.kind === 'paragraph' ? b.text : grid(b).flat().join('/')}`)).toEqual([
      'table[1]/tr[1]/td[1]/p[1] 框中标题',
      'table[1]/tr[1]/td[1]/p[2] 框中正文',
      'table[1]/tr[1]/td[1]/table[1] a/b',
      'p[1] 框后',
    ]);
    expect(paragraphs(doc)[0]?.headingLevel).toBe(1);
  });

  it('empty tables give no block; huge spans are capped', () => {
    const doc = readDocx(docx(tbl(tr(tc('') + tc(''))) + tbl(tr(tc('宽', '<w:gridSpan w:val="100000"/>') + tc('x')))));
    expect(tables(doc)).toHaveLength(1);
    expect(tables(doc)[0]!.location.path).toBe('table[2]');
    expect(tables(doc)[0]!.rows[0]!.cells).toHaveLength(65);
  });

  it('a document with tables too large to expand gets a warning and no runaway grid', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => tr(tc(`行${i}`, '<w:gridSpan w:val="60"/>') + tc(String(i * 7))));
    const doc = readDocx(docx(tbl(rows.join(''))));
    expect(codes(doc)).toEqual(['warning:docx/table-too-large']);
    expect(tables(doc)[0]!.rows[0]!.cells).toHaveLength(2);
  }, 30_000);
});

// Hostile and broken files -----------------------------------------------------------------------

describe('hostile and broken files end in one error diagnostic, never a throw', () => {
  const expectOneError = (bytes: Uint8Array, code: string, limits = {}) => {
    let doc: SourceDocument | undefined;
    expect(() => (doc = readDocx(bytes, limits))).not.toThrow();
    expect(doc!.blocks).toEqual([]);
    expect(doc!.diagnostics).toEqual([expect.objectContaining({ code, severity: 'error', message: expect.any(String), messageEn: expect.any(String) })]);
    expect(doc!.diagnostics[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    return doc!.diagnostics[0]!;
  };

  it('a zip bomb', () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    expectOneError(bomb, 'docx/zip-bomb');
  });

  it('limits can be tightened (and a bomb caught by size when the ratio is allowed)', () => {
    expectOneError(seedDocx('000'), 'docx/too-large', { maxEntrySize: 50_000 });
    expectOneError(zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }), 'docx/too-large', { maxCompressionRatio: 10_000, maxEntrySize: 4 * 1024 * 1024 });
  });

  it('billion laughs in document.xml', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="${W}"><w:body>${para('&c;')}</w:body></w:document>`;
    expect(expectOneError(docx('', { document: laughs }), 'docx/xml').message).toContain('DOCTYPE');
  });

  it('an external entity (XXE) is refused the same way', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body>${para('&xxe;')}</w:body></w:document>`;
    expectOneError(docx('', { document: xxe }), 'docx/xml');
  });

  it('deeply nested XML, and nesting past a raised limit', () => {
    const deep = `<w:document xmlns:w="${W}"><w:body>${'<w:sdt><w:sdtContent>'.repeat(20_000)}${para('深')}${'</w:sdtContent></w:sdt>'.repeat(20_000)}</w:body></w:document>`;
    expectOneError(docx('', { document: deep }), 'docx/xml');
    // Raised far past what the stack holds: still a diagnostic, not a RangeError.
    const deeper = `<w:document xmlns:w="${W}"><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}${para('深')}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}</w:body></w:document>`;
    expectOneError(docx('', { document: deeper }), 'docx/xml', { maxXmlDepth: 1_000_000 });
  });

  it('truncated bytes of a real report', () => {
    const bytes = seedDocx('003');
    for (const cut of [10, 100, Math.floor(bytes.length / 2), bytes.length - 1]) expectOneError(bytes.subarray(0, cut), 'docx/corrupt');
  });

  it('a PDF, a web page and a plain zip renamed .docx', () => {
    expect(expectOneError(strToU8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'), 'docx/not-docx').message).toContain('PDF');
    expectOneError(strToU8('<html><body><p>2024年政府信息公开工作年度报告</p></body></html>'), 'docx/not-docx');
    expectOneError(zipSync({ 'report.txt': strToU8('年度报告'), 'images/a.png': new Uint8Array(10) }), 'docx/not-docx');
  });

  it('a malformed document.xml, and one that is well-formed but not a Word document', () => {
    const malformed = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>未闭合</w:r></w:p></w:body></w:document>`;
    expect(expectOneError(docx('', { document: malformed }), 'docx/xml').messageEn).toContain('word/document.xml');
    expectOneError(docx('', { document: '<html><body/></html>' }), 'docx/xml');
    expectOneError(docx('', { document: `<w:document xmlns:w="${W}"><w:background/></w:document>` }), 'docx/xml');
  });

  it('a broken numbering part is a warning, and the document is still read', () => {
    const doc = readDocx(docx(para('正文', numPr(1)), { numbering: '<!DOCTYPE x [<!ENTITY a "a">]>' }));
    expect(codes(doc)).toEqual(['warning:docx/xml']);
    expect(texts(doc)).toEqual(['正文']);
  });

  it('mutated document.xml of a real report never throws', () => {
    const files = unzipSync(seedDocx('000'));
    const xml = strFromU8(files['word/document.xml']!);
    const edits = fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat({ max: 3000 }),
        kind: fc.constantFrom('delete', 'duplicate', 'insert'),
        noise: fc.constantFrom('<w:vMerge/>', '<w:gridSpan w:val="9"/>', '<w:hMerge/>', '<w:tc>', '</w:tr>', '<w:fldChar w:fldCharType="begin"/>', '<w:numPr><w:numId w:val="3"/></w:numPr>', '<', '&amp;', '<w:br/>'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(edits, (list) => {
        let text = xml;
        for (const edit of list) {
          const at = Math.floor(edit.at * text.length);
          if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
          else if (edit.kind === 'duplicate') text = text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
          else text = text.slice(0, at) + edit.noise + text.slice(at);
        }
        const doc = readDocx(zipSync({ ...files, 'word/document.xml': strToU8(text) }));
        const errors = doc.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length).toBeLessThanOrEqual(1);
        if (errors.length === 1) expect(doc.blocks).toEqual([]);
        readTemplate(doc);
      }),
      { seed: 7, numRuns: 150 },
    );
  }, 60_000);
});

describe('size', () => {
  it('reads a large document in full (a sanity check, not a timing)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => tr(tc(`第${i + 1}行`) + tc(String(i)) + tc('', '<w:gridSpan w:val="2"/>'))).join('');
    const body = Array.from({ length: 3000 }, (_, i) => para(`第${i + 1}段：政府信息公开工作情况说明。`)).join('') + tbl(rows);
    const bytes = docx(body);
    const doc = readDocx(bytes);
    expect(doc.diagnostics).toEqual([]);
    expect(paragraphs(doc)).toHaveLength(3000);
    expect(paragraphs(doc)[2999]).toEqual({ kind: 'paragraph', text: '第3000段：政府信息公开工作情况说明。', location: { path: 'p[3000]' } });
    expect(tables(doc)[0]!.rows).toHaveLength(2000);
    expect(tables(doc)[0]!.rows[1999]!.cells.map((c) => c.text)).toEqual(['第2000行', '1999', '', '']);
    expect(DEFAULT_DOCX_LIMITS.maxEntrySize).toBeGreaterThan(bytes.length);
  });
});
