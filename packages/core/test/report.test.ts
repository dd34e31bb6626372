import { loadSeeds, seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import {
  CELL_IDS,
  DiagnosticSchema,
  FindingSchema,
  ReportSchema,
  createEmptyReport,
  flattenCells,
  getCell,
  getCellValue,
  setCell,
  unflattenCells,
  type CellId,
} from '../src/index.js';

describe('ReportSchema', () => {
  it('accepts an empty report and a full one built from a seed', () => {
    expect(ReportSchema.safeParse(createEmptyReport()).success).toBe(true);
    const report = unflattenCells(seed('001').truth.cells as Record<CellId, number | null>);
    report.templateVersion = '2021';
    report.metadata = {
      title: '曲阜市时庄街道办事处2024年政府信息公开工作年度报告',
      titleLocation: { line: 3, column: 1 },
      agency: '曲阜市时庄街道办事处',
      year: 2024,
      period: { start: '2024-01-01', end: '2024-12-31', text: '统计期限自2024年1月1日起至2024年12月31日止' },
      publishedOn: null,
      contact: null,
    };
    report.parts.overview = { heading: '一、总体情况', text: '2024年，时庄街道……', location: { line: 9, column: 1 } };
    setCell(report, 't3.granted.total', { value: 1, raw: '1', location: { line: 114, column: 2 } });
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it('rejects malformed reports and says where', () => {
    const paths = (value: unknown) =>
      (ReportSchema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('/'));

    const wrongType = createEmptyReport() as unknown as { tables: { t3: { cells: Record<string, { value: unknown }> } } };
    wrongType.tables.t3.cells['t3.granted.total']!.value = '3';
    expect(paths(wrongType)).toEqual(['tables/t3/cells/t3.granted.total/value']);

    const missingCell = createEmptyReport();
    delete (missingCell.tables.t4.cells as Record<string, unknown>)['t4.review.total'];
    expect(paths(missingCell)).toEqual(['tables/t4/cells/t4.review.total']);

    const unknownCell = createEmptyReport();
    (unknownCell.tables.t2.cells as Record<string, unknown>)['t2.regulations.issuedd'] = { value: 1, raw: '1', location: null };
    expect(paths(unknownCell)).toEqual(['tables/t2/cells']);

    const badMeta = createEmptyReport();
    badMeta.metadata.year = 2023.5;
    badMeta.metadata.publishedOn = '2024-02-30x';
    expect(paths(badMeta).sort()).toEqual(['metadata/publishedOn', 'metadata/year']);

    const badVersion = { ...createEmptyReport(), templateVersion: '2022' };
    expect(paths(badVersion)).toEqual(['templateVersion']);

    const infinite = createEmptyReport();
    setCell(infinite, 't2.fees.amount', Number.POSITIVE_INFINITY);
    expect(paths(infinite)).toEqual(['tables/t2/cells/t2.fees.amount/value']);
  });
});

describe('cells', () => {
  it('starts every cell blank (null), never 0', () => {
    const values = flattenCells(createEmptyReport());
    expect(Object.keys(values)).toEqual([...CELL_IDS]);
    expect(Object.values(values).every((v) => v === null)).toBe(true);
  });

  it('round-trips every seed through flattenCells and unflattenCells', () => {
    for (const s of loadSeeds()) {
      const report = unflattenCells(s.truth.cells as Record<CellId, number | null>);
      expect(flattenCells(report), s.name).toEqual(s.truth.cells);
      expect(unflattenCells(flattenCells(report))).toEqual(report);
    }
    // seed 002 has a blank cell: it stays null with no raw text.
    const report = unflattenCells(seed('002').truth.cells as Record<CellId, number | null>);
    expect(getCell(report, 't2.coercion.decisions')).toEqual({ value: null, raw: null, location: null });
  });

  it('gets and sets cells by id, keeping raw text and location', () => {
    const report = createEmptyReport();
    setCell(report, 't3.unable.notHeld.naturalPerson', 6);
    expect(getCell(report, 't3.unable.notHeld.naturalPerson')).toEqual({ value: 6, raw: '6', location: null });
    setCell(report, 't2.coercion.decisions', { value: null, raw: '/', location: { line: 26, column: 9 } });
    expect(getCell(report, 't2.coercion.decisions')).toEqual({ value: null, raw: '/', location: { line: 26, column: 9 } });
    expect(getCellValue(report, 't4.litigationAfterReview.pending')).toBeNull();
    expect(() => getCell(report, 'nope' as CellId)).toThrow(TypeError);
  });

  it('leaves the base report untouched when unflattening onto it', () => {
    const base = createEmptyReport();
    const report = unflattenCells({ 't4.review.total': 2 }, base);
    expect(getCellValue(report, 't4.review.total')).toBe(2);
    expect(getCellValue(base, 't4.review.total')).toBeNull();
  });
});

describe('diagnostic and finding shapes', () => {
  it('validate the shared message shape', () => {
    const finding = {
      ruleId: 'table3/row-total',
      severity: 'error',
      message: '表三“（一）予以公开”行：总计应为 5，实为 4',
      messageEn: 'Table 3, row “granted”: total should be 5, is 4',
      cellIds: ['t3.granted.total'],
      part: 'applications',
      expected: 5,
      actual: 4,
      location: { line: 40, column: 3 },
    };
    expect(FindingSchema.parse(finding)).toEqual(finding);
    expect(FindingSchema.safeParse({ ...finding, severity: 'fatal' }).success).toBe(false);
    expect(FindingSchema.safeParse({ ...finding, cellIds: ['t3.granted.sum'] }).success).toBe(false);
    expect(DiagnosticSchema.safeParse({ code: 'cell/placeholder', severity: 'warning', message: '占位符', messageEn: 'placeholder' }).success).toBe(true);
  });
});
