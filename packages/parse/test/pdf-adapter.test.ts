// The PDF adapter on PDFs LibreOffice made from the five seed reports (see fixtures/pdf/make-fixtures.ts):
// every cell read back through the template reader, page locations, tables over page breaks,
// page furniture gone, pdf.js's spaces in Chinese closed up, and bad files reported, never thrown.
import { readFileSync } from 'node:fs';
import { PART_IDS, flattenCells, getCell } from '@nianbao/core';
import { loadSeeds, seed } from '@nianbao/fixtures';
import { getResolvedPDFJS } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PDF_LIMITS, extractPdfTextItems, readPdf } from '../src/pdf-adapter.js';
import { isPageNumber } from '../src/pdf-furniture.js';
import { joinLine, tidySpaces } from '../src/pdf-text.js';
import type { ParagraphBlock, SourceDocument, TableBlock } from '../src/source-document.js';
import { readTemplate } from '../src/template-reader.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/pdf/${name}`, import.meta.url)));
const paragraphs = (doc: SourceDocument): ParagraphBlock[] => doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const rowTexts = (table: TableBlock | undefined): string[] => (table?.rows ?? []).map((row) => row.cells.map((c) => c.text).join('|'));
const errors = (doc: { diagnostics: readonly { severity: string }[] }) => doc.diagnostics.filter((d) => d.severity === 'error');

/** Documents are read once per file; tests share them. */
const cache = new Map<string, Promise<SourceDocument>>();
const read = (name: string): Promise<SourceDocument> => {
  let doc = cache.get(name);
  if (!doc) cache.set(name, (doc = readPdf(fixture(name))));
  return doc;
};

describe.each(loadSeeds().map((s) => [s.name, s] as const))('seed %s as PDF', (name, s) => {
  it('reads back all 200 cells, the year and the agency', async () => {
    const { report, diagnostics } = readTemplate(await read(`${name}.pdf`));
    expect(flattenCells(report)).toEqual(s.truth.cells);
    expect(report.metadata.year).toBe(s.truth.year);
    expect(report.metadata.agency).toBe(s.truth.agency);
    expect(errors({ diagnostics })).toEqual([]);
  });

  it('finds the six part headings as paragraphs of their own, and three tables', async () => {
    const doc = await read(`${name}.pdf`);
    const { report } = readTemplate(doc);
    for (const part of PART_IDS) {
      const heading = report.parts[part].heading;
      expect(heading, part).not.toBeNull();
      expect(paragraphs(doc).map((p) => p.text), part).toContain(heading);
      expect(report.parts[part].location?.page, part).toBeGreaterThan(0);
    }
    expect(tables(doc)).toHaveLength(3);
  });

  it('gives every block, row and cell its page', async () => {
    const doc = await read(`${name}.pdf`);
    const pageCount = (await extractPdfTextItems(fixture(`${name}.pdf`))).length;
    const pages = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.location] : [b.location, ...b.rows.flatMap((r) => [r.location, ...r.cells.map((c) => c.location)])]));
    for (const location of pages) {
      expect(location.page).toBeGreaterThanOrEqual(1);
      expect(location.page).toBeLessThanOrEqual(pageCount);
    }
    // Pages only increase through the document.
    const firstPages = doc.blocks.map((b) => b.location.page ?? 0);
    expect(firstPages).toEqual([...firstPages].sort((a, b) => a - b));
  });

  it('drops page numbers and running headers, and leaves no space between Chinese characters', async () => {
    const doc = await read(`${name}.pdf`);
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.filter(isPageNumber)).toEqual([]);
    expect(texts.filter((t) => t.includes('曲阜市时庄街道办事处政务公开'))).toEqual([]); // 001's running header
    expect(texts.filter((t) => /[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(t))).toEqual([]);
  });
});

describe('PDF specifics', () => {
  it('001: table 3 runs over three pages as one table, its header read again on each', async () => {
    const doc = await read('001_e83499e733006626.pdf');
    const table3 = tables(doc).find((t) => rowTexts(t).some((r) => r.includes('自然人')))!;
    expect(new Set(table3.rows.map((r) => r.location.page))).toEqual(new Set([3, 4, 5]));
    expect(table3.rows.filter((r) => r.cells.some((c) => c.text === '自然人'))).toHaveLength(3);
    // Every row as wide as the header: 3 label columns, 7 value columns.
    expect(new Set(table3.rows.map((r) => r.cells.length))).toEqual(new Set([10]));
    const { report } = readTemplate(doc);
    expect(getCell(report, 't3.newReceived.naturalPerson')).toEqual({ value: 9, raw: '9', location: { page: 3, path: 'table[2]/tr[4]/td[4]' } });
    expect(getCell(report, 't3.carriedForward.total').location?.page).toBe(5);
    expect(getCell(report, 't4.review.total').location?.page).toBe(5);
  });

  it('001: merged cells come out as in the HTML template — text top left, the rest merged', async () => {
    const doc = await read('001_e83499e733006626.pdf');
    const table3 = tables(doc)[1]!;
    const row = (label: string) => table3.rows.find((r) => r.cells.some((c) => c.text === label))!.cells.map((c) => (c.merged ? '^' : c.text));
    expect(row('一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '^', '^', '9', '0', '0', '0', '0', '0', '9']);
    expect(row('（一）予以公开')).toEqual(['三、本年度办理结果', '（一）予以公开', '^', '1', '0', '0', '0', '0', '0', '1']);
    expect(row('1.属于国家秘密')).toEqual(['^', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    expect(row('2.其他法律行政法规禁止公开').slice(0, 3)).toEqual(['^', '^', '2.其他法律行政法规禁止公开']);
    const table4 = tables(doc)[2]!;
    expect(table4.rows.map((r) => r.cells.length)).toEqual([15, 15, 15, 15]);
    expect(table4.rows[3]!.cells.map((c) => c.text)).toEqual(['1', '1', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('000: table 2 runs over a page break without a repeated header', async () => {
    const doc = await read('000_016041e8a51463ff.pdf');
    const table2 = tables(doc)[0]!;
    expect(table2.rows[0]!.location.page).toBe(2);
    expect(table2.rows[table2.rows.length - 1]!.cells[0]!.text).toBe('行政事业性收费');
    expect(table2.rows[table2.rows.length - 1]!.location.page).toBe(3);
  });

  it('001: the letter-spaced title is closed up; spaces around numbers in Chinese go, between numbers stay', async () => {
    const raw = (await extractPdfTextItems(fixture('001_e83499e733006626.pdf')))[0]!.map((item) => item.str);
    expect(raw.some((s) => s.startsWith('曲 阜 市'))).toBe(true); // what pdf.js gives
    expect(raw).toContain('曲阜市时庄街道办事处政务公开'); // the running header
    expect(raw).toContain('第 1 页'); // and the page number
    const doc = await read('001_e83499e733006626.pdf');
    expect(paragraphs(doc)[0]!.text).toBe('曲阜市时庄街道办事处2024年政府信息公开');
    expect(paragraphs(doc).map((p) => p.text)).toContain(
      '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在“中国·曲阜”政府门户网站（www.qufu.gov.cn）查阅或下载。如对本报告有疑问，请与曲阜市时庄街道办事处党政办公室联系（地址：曲阜市圣时路9号；邮编：273100；电话：0537-4531088）。',
    );
  });

  it('001: the drawing is read only on pages that may hold a table, not on the cover with its letter-spaced year', async () => {
    // The operator list is the costly part of reading a page; the cover's `2 0 2 4 年 …` title
    // is not numbers side by side.
    const pdfjs = await getResolvedPDFJS();
    const probe = await pdfjs.getDocument({ data: fixture('001_e83499e733006626.pdf'), verbosity: 0 }).promise;
    const proto = Object.getPrototypeOf(await probe.getPage(1)) as { getOperatorList: (...args: unknown[]) => unknown };
    await probe.destroy();
    const spy = vi.spyOn(proto, 'getOperatorList');
    try {
      const doc = await readPdf(fixture('001_e83499e733006626.pdf'));
      const pages = spy.mock.contexts.map((page) => (page as { pageNumber: number }).pageNumber);
      expect(pages).not.toContain(1);
      expect(pages).toEqual(expect.arrayContaining([2, 3, 4, 5]));
      expect(tables(doc)).toHaveLength(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('003 borderless: tables read from text positions alone give all 200 cells', async () => {
    const s = seed('003');
    const doc = await read(`${s.name}.borderless.pdf`);
    const { report, diagnostics } = readTemplate(doc);
    expect(flattenCells(report)).toEqual(s.truth.cells);
    expect(errors({ diagnostics })).toEqual([]);
    // Table 3 goes over pages 2–4 as one table.
    const table3 = tables(doc).find((t) => rowTexts(t).some((r) => r.includes('自然人')))!;
    expect(new Set(table3.rows.map((r) => r.location.page))).toEqual(new Set([2, 3, 4]));
  });

  it('002: the blank 行政强制 cell stays blank (null)', async () => {
    const { report } = readTemplate(await read('002_f4c4b60e850bcbe0.pdf'));
    expect(getCell(report, 't2.coercion.decisions')).toMatchObject({ value: null, location: { page: expect.any(Number) } });
  });

  it('a scan (no text layer) is an error, and no cell gets a value', async () => {
    const doc = await readPdf(fixture('scan.pdf'));
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'pdf/no-text-layer', severity: 'error', message: expect.stringMatching(/扫描/), messageEn: expect.stringMatching(/no text layer/) }),
    ]);
    const cells = Object.values(flattenCells(readTemplate(doc).report));
    expect(cells).toHaveLength(200);
    expect(cells.every((v) => v === null)).toBe(true);
  });

  it('a copy-protected PDF (no open password) is read', async () => {
    const doc = await readPdf(fixture('copy-protected.pdf'));
    expect(doc.diagnostics).toEqual([]);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['政府信息公开工作年度报告（加密）']);
  });

  it('extractPdfTextItems gives pdf.js text items for every page', async () => {
    const pages = await extractPdfTextItems(fixture('000_016041e8a51463ff.pdf'));
    expect(pages).toHaveLength(6);
    for (const items of pages) expect(items.some((item) => item.str.trim() !== '' && item.transform.length === 6)).toBe(true);
  });
});

describe('bad input: one error diagnostic, never a throw', () => {
  const real = fixture('001_e83499e733006626.pdf');
  const encoder = new TextEncoder();
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
  const cases: [string, Uint8Array, string][] = [
    ['truncated to half', real.slice(0, real.length >> 1), 'pdf/truncated'],
    ['truncated by its last 100 bytes', real.slice(0, real.length - 100), 'pdf/truncated'],
    ['truncated to its header', real.slice(0, 200), 'pdf/truncated'],
    ['random bytes', random, 'pdf/not-pdf'],
    ['random bytes behind a PDF header', new Uint8Array([...encoder.encode('%PDF-1.7\n'), ...random, ...encoder.encode('\n%%EOF\n')]), 'pdf/corrupt'],
    ['an HTML file named .pdf', encoder.encode('<!DOCTYPE html><html><body><p>2023年政府信息公开工作年度报告</p></body></html>'), 'pdf/not-pdf'],
    ['an empty file', new Uint8Array(), 'pdf/empty'],
    ['an encrypted PDF', fixture('encrypted.pdf'), 'pdf/encrypted'],
  ];
  it.each(cases)('%s', async (_name, bytes, code) => {
    const doc = await readPdf(bytes);
    expect(errors(doc)).toEqual([expect.objectContaining({ code, severity: 'error', message: expect.any(String), messageEn: expect.any(String) })]);
    // No invented content: whatever was read came from the file.
    readTemplate(doc);
  });

  it('says an HTML file is a web page', async () => {
    const doc = await readPdf(encoder.encode('<html><body>报告</body></html>'));
    expect(doc.diagnostics[0]?.message).toMatch(/网页/);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = fixture('copy-protected.pdf');
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('limits', () => {
  it('refuses a file over maxBytes without reading it', async () => {
    const doc = await readPdf(fixture('scan.pdf'), { maxBytes: 1000 });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['pdf/too-large']);
  });

  it('reads only maxPages pages, with a warning', async () => {
    const doc = await readPdf(fixture('001_e83499e733006626.pdf'), { maxPages: 1 });
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'pdf/too-many-pages', severity: 'warning' })]);
    expect(doc.blocks.every((b) => b.location.page === 1)).toBe(true);
    expect(doc.blocks.length).toBeGreaterThan(3);
  });

  it('stops when time is up, with an error', async () => {
    const doc = await readPdf(fixture('001_e83499e733006626.pdf'), { timeoutMs: -1 });
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'pdf/timeout', severity: 'error' })]);
  });

  it('has sensible defaults', () => {
    expect(DEFAULT_PDF_LIMITS.maxPages).toBeGreaterThanOrEqual(100);
    expect(DEFAULT_PDF_LIMITS.maxBytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  });
});

describe('text of positioned runs', () => {
  it('closes up letter-spaced Chinese, numbers included, but not numbers alone', () => {
    expect(tidySpaces('2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告')).toBe('2023年政府信息公开工作年度报告');
    expect(tidySpaces('0 0 0 0')).toBe('0 0 0 0');
    expect(tidySpaces('年 度')).toBe('年度');
  });

  it('drops the room typesetters leave around numbers and Latin in Chinese, keeps it between words and numbers', () => {
    expect(tidySpaces('统计期限为 2024 年 1 月 1 日')).toBe('统计期限为2024年1月1日');
    expect(tidySpaces('通过 Email 联系')).toBe('通过Email联系');
    expect(tidySpaces('Page 3 of 5')).toBe('Page 3 of 5');
    expect(tidySpaces('共 1 2 件')).toBe('共1 2件');
  });

  it('keeps a wide gap between runs as a space, drops a narrow one between Chinese', () => {
    const piece = (text: string, x: number) => ({ text, x, right: x + 10 * text.length, size: 10 });
    expect(joinLine([piece('行政', 0), piece('许可', 22)])).toBe('行政许可');
    expect(joinLine([piece('行政许可', 0), piece('0', 100)])).toBe('行政许可 0');
    expect(joinLine([piece('1', 0), piece('2', 30)])).toBe('1 2');
  });

  it('knows page numbers', () => {
    for (const text of ['3', '- 3 -', '—3—', '第 3 页', '第3页 共5页', '共 5 页 第 3 页', '3/5', 'Page 3 of 5']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['2023', '第三章', '0 0 0', '3.其他']) expect(isPageNumber(text), text).toBe(false);
  });
});
