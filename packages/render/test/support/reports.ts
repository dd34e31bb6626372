/**
 * Reports for render tests: the seeds' true cells with metadata and parts set by hand, and small
 * reports built cell by cell. Test code only.
 */
import { PARTS, createEmptyReport, unflattenCells, type CellId, type Report } from '@nianbao/core';
import { loadSeeds, type Seed } from '@nianbao/fixtures';

/** A report holding a seed's true cells, its agency and year, and short prose in every part. */
export function seedReport(seed: Seed): Report {
  const report = unflattenCells(seed.truth.cells as Partial<Record<CellId, number | null>>);
  report.templateVersion = '2021';
  const { agency, year } = seed.truth;
  report.metadata = {
    title: `${agency}${year}年政府信息公开工作年度报告`,
    titleLocation: null,
    agency,
    year,
    period: { start: `${year}-01-01`, end: `${year}-12-31`, text: `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` },
    publishedOn: `${year + 1}-01-20`,
    contact: null,
  };
  for (const part of PARTS) {
    report.parts[part.id] = { heading: `${part.numeral}、${part.label}`, text: `${year}年，${agency}${part.label}。`, location: null };
  }
  return report;
}

/** The five seeds as reports, with their names. */
export function seedReports(): { name: string; seed: Seed; report: Report }[] {
  return loadSeeds().map((seed) => ({ name: seed.name, seed, report: seedReport(seed) }));
}

/** A report whose cells hold `values` (others blank), with an agency and year. */
export function reportWith(values: Partial<Record<CellId, number | null>>, metadata: Partial<Report['metadata']> = {}): Report {
  const report = unflattenCells(values, createEmptyReport());
  report.metadata = { ...report.metadata, agency: '新华区青石山街道办事处', year: 2023, ...metadata };
  return report;
}
