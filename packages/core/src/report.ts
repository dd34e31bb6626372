import { z } from 'zod';
import { cellIdsOfTable, type Table2CellId, type Table3CellId, type Table4CellId } from './cell-id.js';
import { SourceLocationSchema } from './source-location.js';
import { PART_IDS, type PartId } from './template-2021.js';

/**
 * One table cell: the number read (`null` when blank or unreadable — never silently 0) and the text
 * exactly as found, so a placeholder such as `/` or `—` stays visible.
 */
export const CellSchema = z.object({
  value: z.number().nullable(),
  raw: z.string().nullable(),
  location: SourceLocationSchema.nullable(),
});
/** One table cell: value, raw text, where it was found. */
export type Cell = z.infer<typeof CellSchema>;

function cellsShape<Id extends string>(ids: readonly Id[]) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, CellSchema])) as Record<Id, typeof CellSchema>);
}

function tableSchema<Id extends string>(ids: readonly Id[]) {
  return z.object({
    /** Whether the table was found in the source. */
    found: z.boolean(),
    location: SourceLocationSchema.nullable(),
    cells: cellsShape(ids),
  });
}

/** Table 2 (主动公开政府信息情况) with its 10 cells. */
export const Table2Schema = tableSchema<Table2CellId>(cellIdsOfTable(2));
/** Table 3 (收到和处理政府信息公开申请情况) with its 175 cells. */
export const Table3Schema = tableSchema<Table3CellId>(cellIdsOfTable(3));
/** Table 4 (政府信息公开行政复议、行政诉讼情况) with its 15 cells. */
export const Table4Schema = tableSchema<Table4CellId>(cellIdsOfTable(4));

/** A table of the report: found or not, where, and its cells by id. */
export type Table2 = z.infer<typeof Table2Schema>;
/** Table 3 of the report. */
export type Table3 = z.infer<typeof Table3Schema>;
/** Table 4 of the report. */
export type Table4 = z.infer<typeof Table4Schema>;

/** One of the six parts: its heading as written (null when not found), its body text, where it starts. */
export const PartSchema = z.object({
  heading: z.string().nullable(),
  text: z.string(),
  location: SourceLocationSchema.nullable(),
});
/** One of the six parts of a report. */
export type Part = z.infer<typeof PartSchema>;

const IsoDateSchema = z.iso.date();

/** The statistical period the report states (统计期限), as ISO dates plus the sentence it came from. */
export const StatisticalPeriodSchema = z.object({
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  text: z.string(),
});
/** The statistical period a report states. */
export type StatisticalPeriod = z.infer<typeof StatisticalPeriodSchema>;

/** Who published the report, for which year, and what it says about itself. */
export const MetadataSchema = z.object({
  /** The report's title as written. */
  title: z.string().nullable(),
  /** Where the title was found, so findings about it can point there. */
  titleLocation: SourceLocationSchema.nullable(),
  /** The publishing agency (e.g. 新华区青石山街道办事处). */
  agency: z.string().nullable(),
  /** The year the report covers. */
  year: z.number().int().min(2000).max(2100).nullable(),
  period: StatisticalPeriodSchema.nullable(),
  /** Publication date, when the report states one (ISO date). */
  publishedOn: IsoDateSchema.nullable(),
  /** The contact sentence (如对本报告有疑问…联系电话…), when present. */
  contact: z.string().nullable(),
});
/** Who published the report, for which year. */
export type Metadata = z.infer<typeof MetadataSchema>;

/** Which template a report follows: the 2021 format, the 2019 trial format, or not recognisable. */
export const TemplateVersionSchema = z.enum(['2021', '2019-trial', 'unknown']);
/** Which template a report follows. */
export type TemplateVersion = z.infer<typeof TemplateVersionSchema>;

/** A whole annual report read into the 2021 template. */
export const ReportSchema = z.object({
  templateVersion: TemplateVersionSchema,
  metadata: MetadataSchema,
  parts: z.strictObject(Object.fromEntries(PART_IDS.map((id) => [id, PartSchema])) as Record<PartId, typeof PartSchema>),
  tables: z.object({
    t2: Table2Schema,
    t3: Table3Schema,
    t4: Table4Schema,
  }),
});
/** A whole annual report read into the 2021 template. */
export type Report = z.infer<typeof ReportSchema>;
