/**
 * `@nianbao/core` — the 2021 government information-disclosure annual-report template
 * (国办公开办函〔2021〕30号) as a data model: zod schemas and types for a whole report, the
 * template's knowledge (parts, rows, columns, labels, identities) as data, and cell helpers.
 *
 * @packageDocumentation
 */

export {
  PART_IDS,
  PARTS,
  TABLE2_ROWS,
  TABLE2_COLUMNS,
  TABLE3_ROWS,
  TABLE3_ROW_GROUPS,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE_HEADERS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  type LabelDefinition,
  type PartId,
  type PartDefinition,
  type TableNumber,
  type Table2RowId,
  type Table2ColumnId,
  type Table3RowId,
  type Table3RowGroup,
  type Table3ColumnId,
  type Table4BlockId,
  type Table4ColumnId,
} from './template-2021.js';

export {
  CELLS,
  CELL_IDS,
  isCellId,
  getCellDefinition,
  tableOfCell,
  cellIdsOfTable,
  table3CellId,
  table4CellId,
  type CellId,
  type CellDefinition,
  type Table2CellId,
  type Table3CellId,
  type Table4CellId,
} from './cell-id.js';

export {
  ReportSchema,
  MetadataSchema,
  PartSchema,
  CellSchema,
  Table2Schema,
  Table3Schema,
  Table4Schema,
  StatisticalPeriodSchema,
  TemplateVersionSchema,
  type Report,
  type Metadata,
  type Part,
  type Cell,
  type Table2,
  type Table3,
  type Table4,
  type StatisticalPeriod,
  type TemplateVersion,
} from './report.js';

export {
  createEmptyReport,
  getCell,
  getCellValue,
  setCell,
  flattenCells,
  unflattenCells,
  type CellValues,
} from './report-cells.js';

export {
  IDENTITIES,
  evaluateIdentity,
  evaluateIdentities,
  type Identity,
  type IdentityKind,
  type IdentityResult,
} from './identities.js';

export { SourceLocationSchema, formatLocation, type SourceLocation } from './source-location.js';

export {
  SeveritySchema,
  SEVERITIES,
  NoticeSchema,
  DiagnosticSchema,
  FindingSchema,
  type Severity,
  type Notice,
  type Diagnostic,
  type Finding,
} from './notice.js';

export { tableName, partHeading } from './names.js';

export { reportJsonSchema } from './json-schema.js';
