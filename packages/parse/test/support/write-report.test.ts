/**
 * Tests of the round-trip test support itself: the arbitraries make consistent reports, and the
 * writer prints each layout with the structure it claims and quirks that do what they say without
 * hiding or changing a single value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_IDS,
  PARTS,
  ReportSchema,
  TABLE3_NOTE,
  TABLE3_ROWS,
  evaluateIdentities,
  flattenCells,
  getCellDefinition,
  setCell,
  type Report,
} from '@nianbao/core';
import { arbitraryReport } from '@nianbao/fixtures/arbitrary-report';
import {
  ALL_QUIRKS,
  LAYOUTS,
  NO_QUIRKS,
  QUIRK_NAMES,
  arbitraryDocument,
  arbitraryLayout,
  arbitraryQuirks,
  writeReport,
  type Layout,
  type Quirks,
} from './write-report.js';

const SEED = 20_240_131;

/** One report from the arbitrary, the same on every run. */
function sampleReport(seed = SEED, blanks = false): Report {
  const [report] = fc.sample(arbitraryReport({ blanks }), { seed, numRuns: 1 });
  if (!report) throw new Error('no sample');
  return report;
}

/** A fixed report with a large count and a decimal fee (table 2 has no identities to keep). */
function fixedReport(): Report {
  const report = sampleReport();
  setCell(report, 't2.licensing.decisions', 3746);
  setCell(report, 't2.fees.amount', 1234.56);
  return report;
}

/** A fixed report with some blank cells. */
function reportWithBlanks(): Report {
  const report = fixedReport();
  setCell(report, 't2.coercion.decisions', null);
  setCell(report, 't3.denied.stateSecret.research', null);
  setCell(report, 't4.review.upheld', null);
  return report;
}

const quirks = (on: Partial<Quirks>): Quirks => ({ ...NO_QUIRKS, ...on });
const FULL_WIDTH = /[０-９]/g;

/** Cell texts of a document's tables, in document order (a reader of the layout's cell syntax). */
function cellTexts(text: string, layout: Layout): string[] {
  const lines = text.split('\n');
  switch (layout) {
    case 'tab-rows':
      return lines.filter((l) => l.includes('\t')).flatMap((l) => l.split('\t'));
    case 'cell-per-line':
      return lines.filter((l) => l.startsWith('\t')).map((l) => l.slice(1));
    case 'pipe-rows':
      return lines.filter((l) => l.includes('|')).flatMap((l) => l.split('|'));
    case 'markdown':
      return lines.filter((l) => l.startsWith('|')).flatMap((l) => l.split('|'));
    case 'html':
      return [...text.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replaceAll('&nbsp;', ''));
    case 'lone-pipe':
      // Cells are lines; no prose line, heading or title is a bare number, so every line will do.
      return lines.filter((l) => l !== '|');
  }
}

/** A cell text read as a careful reader would: full-width digits, separators and spaces undone. */
function readNumber(cell: string): number | null {
  const normal = cell.replace(FULL_WIDTH, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[,\s]/g, '');
  return /^\d+(?:\.\d+)?$/.test(normal) ? Number(normal) : null;
}

const numbersOf = (text: string, layout: Layout) =>
  cellTexts(text, layout)
    .map(readNumber)
    .filter((n): n is number => n !== null);

const nonNullValues = (report: Report) => Object.values(flattenCells(report)).filter((v): v is number => v !== null);

/** The lines of a text document between two headings (exclusive). */
function section(text: string, from: string, to: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.endsWith(from));
  const end = lines.findIndex((l, i) => i > start && l.endsWith(to));
  return lines.slice(start + 1, end);
}

const isInteger = (field: string) => /^\d+$/.test(field.trim());

// ───────────────────────────── arbitraries ─────────────────────────────

describe('arbitraryReport', () => {
  it('generates reports on which every identity holds', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const results = evaluateIdentities(flattenCells(report));
        expect(results.filter((r) => r.status !== 'holds').map((r) => r.identity.id)).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('with blanks, leaves some cells null but never breaks an identity', () => {
    let blanks = 0;
    fc.assert(
      fc.property(arbitraryReport({ blanks: true }), (report) => {
        const values = flattenCells(report);
        blanks += Object.values(values).filter((v) => v === null).length;
        expect(evaluateIdentities(values).filter((r) => r.status === 'fails')).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(blanks).toBeGreaterThan(0);
  });

  it('has no blank cell unless asked', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        expect(Object.values(flattenCells(report)).every((v) => v !== null)).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('generates valid reports with plausible metadata, prose and values', () => {
    let large = 0;
    let decimalFees = 0;
    fc.assert(
      fc.property(arbitraryReport({ blanks: true }), (report) => {
        expect(() => ReportSchema.parse(report)).not.toThrow();
        const { title, agency, year, period } = report.metadata;
        expect(year).toBeGreaterThanOrEqual(2021);
        expect(year).toBeLessThanOrEqual(2026);
        expect(title).toBe(`${agency}${year}年政府信息公开工作年度报告`);
        expect(period).toEqual({
          start: `${year}-01-01`,
          end: `${year}-12-31`,
          text: `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
        });
        for (const part of PARTS) {
          expect(report.parts[part.id].heading?.startsWith(`${part.numeral}、`)).toBe(true);
          if (part.kind === 'prose') expect(report.parts[part.id].text.length).toBeGreaterThan(10);
          expect(report.parts[part.id].text).not.toMatch(/[|\t]/);
        }
        const values = flattenCells(report);
        for (const id of CELL_IDS) {
          const value = values[id];
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          if (getCellDefinition(id).integer) expect(Number.isInteger(value)).toBe(true);
          else expect(Math.round(value * 100)).toBeCloseTo(value * 100, 6);
          if (value >= 1000) large++;
          if (!Number.isInteger(value)) decimalFees++;
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(large).toBeGreaterThan(0);
    expect(decimalFees).toBeGreaterThan(0);
  });

  it('draws agencies of several kinds', () => {
    const agencies = fc.sample(arbitraryReport(), { seed: SEED, numRuns: 200 }).map((r) => r.metadata.agency ?? '');
    expect(agencies.some((a) => a.endsWith('人民政府办公室'))).toBe(true);
    expect(agencies.some((a) => a.endsWith('街道办事处'))).toBe(true);
    expect(agencies.some((a) => a.endsWith('社区'))).toBe(true);
    expect(agencies.some((a) => /县.+局$/.test(a))).toBe(true);
  });
});

// ───────────────────────────── every layout, every quirk ─────────────────────────────

describe('writeReport: values survive every layout and quirk', () => {
  it('prints exactly the non-blank values, in template order, as numbers a careful reader recovers', () => {
    fc.assert(
      fc.property(arbitraryReport({ blanks: true }), arbitraryLayout(), arbitraryQuirks(), fc.nat(), (report, layout, q, seed) => {
        const text = writeReport(report, layout, q, { seed });
        expect(numbersOf(text, layout)).toEqual(nonNullValues(report));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('with placeholders for blanks, prints all 200 cells in template order, blanks where they belong', () => {
    const PLACEHOLDER = /^(?:\/|—|-|无)$/;
    fc.assert(
      fc.property(arbitraryReport({ blanks: true }), arbitraryLayout(), arbitraryQuirks(), fc.nat(), (report, layout, q, seed) => {
        const text = writeReport(report, layout, { ...q, placeholderForBlank: true }, { seed });
        const valueLike = cellTexts(text, layout).filter((c) => PLACEHOLDER.test(c.trim()) || readNumber(c) !== null);
        expect(valueLike.map((c) => (PLACEHOLDER.test(c.trim()) ? null : readNumber(c)))).toEqual(Object.values(flattenCells(report)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('with every quirk on, still prints every value in every layout', () => {
    for (const layout of LAYOUTS) {
      for (let seed = 0; seed < 12; seed++) {
        const report = sampleReport(seed, seed % 2 === 0);
        const text = writeReport(report, layout, ALL_QUIRKS, { seed });
        expect(numbersOf(text, layout), `${layout} seed ${seed}`).toEqual(nonNullValues(report));
      }
    }
  });

  it('is deterministic, and the seed varies the layout details', () => {
    const report = fixedReport();
    for (const layout of LAYOUTS) {
      expect(writeReport(report, layout, ALL_QUIRKS)).toBe(writeReport(report, layout, ALL_QUIRKS));
      const variants = new Set([0, 1, 2, 3, 4, 5].map((seed) => writeReport(report, layout, ALL_QUIRKS, { seed })));
      expect(variants.size).toBeGreaterThan(1);
    }
  });

  it('arbitraryDocument prints what writeReport prints', () => {
    fc.assert(
      fc.property(arbitraryDocument(arbitraryReport()), (doc) => {
        expect(doc.text).toBe(writeReport(doc.report, doc.layout, doc.quirks, { seed: doc.seed }));
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('arbitraryQuirks switches each quirk both on and off', () => {
    const samples = fc.sample(arbitraryQuirks(), { seed: SEED, numRuns: 100 });
    for (const name of QUIRK_NAMES) {
      expect(samples.some((q) => q[name])).toBe(true);
      expect(samples.some((q) => !q[name])).toBe(true);
    }
  });

  it('prints the title, the statistical period, the six headings and the table note', () => {
    const report = fixedReport();
    for (const layout of LAYOUTS) {
      const text = writeReport(report, layout, NO_QUIRKS);
      expect(text).toContain(report.metadata.title ?? '');
      expect(text).toContain(`本报告所列数据的统计期限自${report.metadata.year}年1月1日起至${report.metadata.year}年12月31日止`);
      for (const part of PARTS) expect(text).toContain(report.parts[part.id].heading ?? '');
      expect(text).toContain(TABLE3_NOTE);
      for (const row of TABLE3_ROWS) expect(text, `${layout}: ${row.label}`).toContain(row.label);
    }
  });
});

// ───────────────────────────── layout structure ─────────────────────────────

describe('writeReport: layout structure', () => {
  const report = fixedReport();
  const t3From = '收到和处理政府信息公开申请情况';
  const t4From = '政府信息公开行政复议、行政诉讼情况';

  it('tab-rows: 25 table-3 lines with 7 numeric fields each, every row as wide as its table', () => {
    for (let seed = 0; seed < 8; seed++) {
      const text = writeReport(report, 'tab-rows', NO_QUIRKS, { seed });
      const t3 = section(text, t3From, t4From).filter((l) => l.includes('\t'));
      const rows = t3.filter((l) => l.split('\t').filter(isInteger).length === 7);
      expect(rows).toHaveLength(25);
      expect(t3).toHaveLength(28); // 3 header rows + 25
      expect(new Set(t3.map((l) => l.split('\t').length))).toEqual(new Set([10]));
      const t2 = section(text, '主动公开政府信息情况', t3From).filter((l) => l.includes('\t'));
      expect(t2).toHaveLength(14);
      expect(new Set(t2.map((l) => l.split('\t').length))).toEqual(new Set([4]));
      const t4 = section(text, t4From, '存在的主要问题及改进情况').filter((l) => l.includes('\t'));
      expect(t4).toHaveLength(4);
      expect(t4.at(-1)?.split('\t').filter(isInteger)).toHaveLength(15);
    }
  });

  it('tab-rows: `grid` puts values under their header columns, `word` right after the row label', () => {
    const row = (style: 'grid' | 'word') =>
      writeReport(report, 'tab-rows', NO_QUIRKS, { tabRowsStyle: style })
        .split('\n')
        .find((l) => l.startsWith('一、本年新收政府信息公开申请数量\t'))
        ?.split('\t') ?? [];
    expect(row('grid').slice(1, 3)).toEqual(['', '']);
    expect(row('grid').slice(3).every(isInteger)).toBe(true);
    expect(row('word').slice(1, 8).every(isInteger)).toBe(true);
    expect(row('word').slice(8)).toEqual(['', '']);
  });

  it('cell-per-line: tab-led cell lines, rows split by blank lines, a lone tab for an empty cell', () => {
    const text = writeReport(report, 'cell-per-line', NO_QUIRKS);
    const lines = section(text, t3From, t4From);
    const rows = lines
      .join('\n')
      .split(/\n\n+/)
      .map((r) => r.split('\n').filter((l) => l.startsWith('\t'))) // (no label wraps without quirks)
      .filter((r) => r.length > 0);
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.every((l) => l.startsWith('\t')))).toBe(true);
    expect(rows.filter((r) => r.slice(-7).every((l) => isInteger(l.slice(1))))).toHaveLength(25);
    expect(lines).toContain('\t'); // the empty cells of merged positions
    // A row under a group: the group's merged cell continues as an empty cell.
    expect(rows.find((r) => r.some((l) => l === '\t2.重复申请'))?.slice(0, 3)).toEqual(['\t', '\t', '\t2.重复申请']);
  });

  it('cell-per-line: a blank cell is a lone tab line', () => {
    const text = writeReport(reportWithBlanks(), 'cell-per-line', NO_QUIRKS);
    expect(text).toMatch(/\t行政强制\n\t\n\n/);
  });

  it('pipe-rows: seed 002 style (`a | b |`, filler `||`) or leading-pipe rows', () => {
    const compact = writeReport(report, 'pipe-rows', NO_QUIRKS, { leadingPipe: false });
    expect(compact).toMatch(/^第二十条第（一）项 \| \|\|\|$/m);
    expect(compact).toMatch(/^规章 \| \d+ \| \d+ \| \d+ \|$/m);
    const leading = writeReport(report, 'pipe-rows', NO_QUIRKS, { leadingPipe: true });
    expect(leading).toMatch(/^\| 规章 \| \d+ \| \d+ \| \d+ \|$/m);
    for (const text of [compact, leading]) {
      const t3 = section(text, t3From, t4From).filter((l) => l.includes('|'));
      expect(t3.filter((l) => l.split('|').filter(isInteger).length === 7)).toHaveLength(25);
      // HTML-style rows: a row under a group starts with its own label.
      expect(t3.some((l) => /^\|? ?2\.重复申请 \|/.test(l))).toBe(true);
    }
  });

  it('lone-pipe: a row’s cells on separate lines divided by lone `|` lines, rows by blank lines', () => {
    const text = writeReport(report, 'lone-pipe', NO_QUIRKS);
    expect(text).toMatch(/\n规章\n\|\n\d+\n\|\n\d+\n\|\n\d+\n\n/);
    const rows = section(text, t3From, t4From)
      .join('\n')
      .split('\n\n')
      .filter((r) => r.includes('\n|\n'));
    expect(rows.filter((r) => r.split('\n|\n').filter(isInteger).length === 7)).toHaveLength(25);
  });

  it('lone-pipe: an empty cell has no line of its own', () => {
    const text = writeReport(reportWithBlanks(), 'lone-pipe', NO_QUIRKS);
    expect(text).toMatch(/\n行政强制\n\|\n\n/); // the blank value ends the row
    expect(text).toMatch(/\n\n\|\n\d+\n\|\n/); // table 4's values start with the blank 行政复议 · 结果维持
    // Rows never hold a blank line: every chunk of table lines has its `|` lines between cells.
    expect(text).not.toMatch(/\|\n\n\|/);
  });

  it('pipe-rows: a row starting with an empty cell makes the document use leading pipes', () => {
    for (let seed = 0; seed < 6; seed++) {
      const text = writeReport(reportWithBlanks(), 'pipe-rows', NO_QUIRKS, { seed });
      const rows = text.split('\n').filter((l) => l.includes('|'));
      expect(rows.every((l) => l.startsWith('| ')), `seed ${seed}`).toBe(true);
    }
  });

  it('markdown: headings, GFM tables with separator rows, merges expanded', () => {
    const text = writeReport(report, 'markdown', NO_QUIRKS);
    expect(text.startsWith(`# ${report.metadata.title}\n`)).toBe(true);
    expect(text).toMatch(new RegExp(`^#{1,2} ${report.parts.problems.heading}$`, 'm'));
    const separators = text.split('\n').filter((l) => /^\|(?: ?-{3} ?\|)+$/.test(l));
    expect(separators).toHaveLength(3);
    expect(separators.map((l) => l.split('|').length - 2)).toEqual([4, 10, 15]);
    const t3 = text.split('\n').filter((l) => l.startsWith('|') && l.split('|').length - 2 === 10);
    expect(t3.filter((l) => l.split('|').filter(isInteger).length === 7)).toHaveLength(25);
  });

  it('html: <table> with the template’s rowspan/colspan, <p> paragraphs', () => {
    const text = writeReport(report, 'html', NO_QUIRKS);
    expect(text.match(/<table/g)).toHaveLength(3);
    expect(text).toMatch(/<td rowspan="3" colspan="3">(?:<p>)?（本列数据的勾稽关系为/);
    expect(text).toMatch(/<td colspan="7">(?:<p>)?申请人情况/);
    expect(text).toMatch(/<td rowspan="22">(?:<p>)?三、本年度办理结果/);
    expect(text).toMatch(/<td rowspan="8">(?:<p>)?（三）不予公开/);
    expect(text).toMatch(/<td colspan="10">(?:<p>)?行政诉讼/);
    expect(text).toMatch(/<td colspan="3">(?:<p>)?本年处理决定数量/);
    expect(text).toMatch(/<p>[^<]*本报告所列数据的统计期限/);
    expect(text.match(/<tr>/g)).toHaveLength(14 + 28 + 4);
  });
});

// ───────────────────────────── quirks ─────────────────────────────

describe('writeReport: quirks do what they say', () => {
  const report = fixedReport();

  it('fullWidthDigits', () => {
    for (const layout of LAYOUTS) {
      expect(writeReport(report, layout, NO_QUIRKS)).not.toMatch(FULL_WIDTH);
      expect(writeReport(report, layout, quirks({ fullWidthDigits: true }))).toMatch(FULL_WIDTH);
    }
  });

  it('thousandsSeparators', () => {
    for (const layout of LAYOUTS) {
      const plain = writeReport(report, layout, NO_QUIRKS);
      expect(plain).toContain('3746');
      expect(plain).toContain('1234.56');
      const grouped = writeReport(report, layout, quirks({ thousandsSeparators: true }));
      expect(grouped).toContain('3,746');
      expect(grouped).toContain('1,234.56');
    }
  });

  it('spacesAroundDigits', () => {
    const spaced = (text: string) => cellTexts(text, 'tab-rows').some((c) => /^ +\d|\d +$/.test(c));
    expect(spaced(writeReport(report, 'tab-rows', NO_QUIRKS))).toBe(false);
    expect(spaced(writeReport(report, 'tab-rows', quirks({ spacesAroundDigits: true })))).toBe(true);
    expect(writeReport(report, 'cell-per-line', quirks({ spacesAroundDigits: true }))).toMatch(/^\t(?: +\d+|\d+ +)$/m);
  });

  it('halfWidthBrackets', () => {
    for (const layout of LAYOUTS) {
      expect(writeReport(report, layout, NO_QUIRKS)).toContain('（一）予以公开');
      const text = writeReport(report, layout, quirks({ halfWidthBrackets: true }));
      expect(text).not.toMatch(/[（）]/);
      expect(text).toContain('(一)予以公开');
      expect(text).toContain('第二十条第(一)项');
    }
  });

  it('numberingVariants: one part heading in another numbering, （1） sub-headings', () => {
    for (let seed = 0; seed < 6; seed++) {
      const r = sampleReport(seed);
      const text = writeReport(r, 'cell-per-line', quirks({ numberingVariants: true }), { seed });
      const headings = PARTS.map((p) => r.parts[p.id].heading ?? '');
      const lines = text.split('\n');
      const missing = headings.filter((h) => !lines.includes(h));
      expect(missing).toHaveLength(1);
      const body = (missing[0] ?? '').slice(2);
      expect(lines.some((l) => /^(?:\d[、.．]|[一二三四五六][.．])/.test(l) && l.endsWith(body))).toBe(true);
      if (/^（一）/m.test(r.parts.overview.text + r.parts.problems.text)) expect(text).toMatch(/^（1）/m);
    }
  });

  it('brokenLabels: a label wraps onto an untabbed line (cell-per-line), a space elsewhere', () => {
    const labels = [...new Set(cellTexts(writeReport(report, 'cell-per-line', NO_QUIRKS), 'cell-per-line'))].filter(
      (c) => c.length >= 4 && readNumber(c) === null,
    );
    const broken = writeReport(report, 'cell-per-line', quirks({ brokenLabels: true }));
    const lines = broken.split('\n');
    const continued = lines.filter((l, i) => l !== '' && !l.startsWith('\t') && lines[i - 1]?.startsWith('\t') && lines[i - 1] !== '\t');
    expect(continued.length).toBeGreaterThan(0);
    const lost = labels.filter((label) => !lines.includes(`\t${label}`));
    expect(lost.length).toBeGreaterThan(0);
    // Joined back, a wrapped label is the label.
    for (const label of lost) expect(broken.replace(/\n(?!\t|\n)/g, '')).toContain(label);

    const spaced = writeReport(report, 'pipe-rows', quirks({ brokenLabels: true }));
    expect(cellTexts(spaced, 'pipe-rows').some((c) => /\p{Script=Han} \p{Script=Han}/u.test(c))).toBe(true);
    expect(writeReport(report, 'html', quirks({ brokenLabels: true }))).toMatch(/<br ?\/?>/);
    expect(writeReport(report, 'markdown', quirks({ brokenLabels: true }))).toContain('<br>');
  });

  it('wordArtifacts', () => {
    for (const layout of LAYOUTS) {
      expect(writeReport(report, layout, NO_QUIRKS)).not.toMatch(/\[(?:bookmark|image):/);
      expect(writeReport(report, layout, quirks({ wordArtifacts: true }))).toMatch(/\[bookmark: _(?:Hlk\d{8}|GoBack)\]|\[image: \]/);
    }
  });

  it('repeatedTable3Header: the group label (and sometimes the header rows) again after a page break', () => {
    let headerRepeated = false;
    for (let seed = 0; seed < 8; seed++) {
      for (const layout of LAYOUTS) {
        expect(writeReport(report, layout, NO_QUIRKS, { seed }).split('三、本年度办理结果')).toHaveLength(2);
        const text = writeReport(report, layout, quirks({ repeatedTable3Header: true }), { seed });
        expect(text.split('三、本年度办理结果').length, `${layout} seed ${seed}`).toBeGreaterThanOrEqual(3);
        if (text.split('申请人情况').length > 2) headerRepeated = true;
      }
    }
    expect(headerRepeated).toBe(true);
    // In HTML the group's rowspan is split at the break: the two parts cover its 22 rows.
    const html = writeReport(report, 'html', quirks({ repeatedTable3Header: true }), { seed: 1 });
    const spans = [...html.matchAll(/<td rowspan="(\d+)">(?:<p>)?三、本年度办理结果/g)].map((m) => Number(m[1]));
    expect(spans).toHaveLength(2);
    expect((spans[0] ?? 0) + (spans[1] ?? 0)).toBe(22);
  });

  it('headerWordingVariants', () => {
    const official = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额（单位：万元）', '行政规范性文件', '结果维持', '结果纠正', '尚未审结'];
    for (const layout of LAYOUTS) {
      const plain = writeReport(report, layout, NO_QUIRKS);
      for (const label of official) expect(plain).toContain(label);
      const text = writeReport(report, layout, quirks({ headerWordingVariants: true }));
      expect(text).not.toBe(plain);
      expect(text.includes('总计') && text.includes('申请人情况')).toBe(true);
    }
    const variants = LAYOUTS.flatMap((layout) => [0, 1, 2, 3].map((seed) => writeReport(report, layout, quirks({ headerWordingVariants: true }), { seed })));
    expect(variants.some((t) => /本年[(（]\d{4}[)）]制发件数|\d{4}年制发件数/.test(t))).toBe(true);
    expect(variants.some((t) => /(?<!行政)规范性文件/.test(t))).toBe(true);
    expect(variants.some((t) => t.includes('合计'))).toBe(true);
  });

  it('placeholderForBlank: blanks written /, —, - or 无; otherwise empty', () => {
    const blanks = reportWithBlanks();
    const nulls = Object.values(flattenCells(blanks)).filter((v) => v === null).length;
    for (const layout of LAYOUTS) {
      for (let seed = 0; seed < 4; seed++) {
        const marks = (text: string) => cellTexts(text, layout).filter((c) => ['/', '—', '-', '无'].includes(c.trim())).length;
        expect(marks(writeReport(blanks, layout, NO_QUIRKS, { seed }))).toBe(0);
        expect(marks(writeReport(blanks, layout, quirks({ placeholderForBlank: true }), { seed })), `${layout} seed ${seed}`).toBe(nulls);
      }
    }
    expect(writeReport(blanks, 'tab-rows', NO_QUIRKS)).toMatch(/^行政强制\t\t\t$/m);
  });
});
