import { z } from 'zod';
import { CELL_IDS, type CellId } from './cell-id.js';
import { SourceLocationSchema } from './source-location.js';
import { PART_IDS } from './template-2021.js';

/** How serious a diagnostic or finding is. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic or finding is. */
export type Severity = z.infer<typeof SeveritySchema>;

/** Severities from most to least serious, for sorting and thresholds. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const CellIdSchema = z.enum(CELL_IDS as [CellId, ...CellId[]]);
const ValueSchema = z.union([z.number(), z.string(), z.null()]);

/**
 * What parse diagnostics and rule findings have in common: a Chinese message first, an English one
 * beside it, where it is, which cells and part it concerns, and expected vs actual where that applies.
 */
export const NoticeSchema = z.object({
  severity: SeveritySchema,
  /** The message in Chinese, for the people who fix the report. */
  message: z.string().min(1),
  /** The same message in English. */
  messageEn: z.string().min(1),
  location: SourceLocationSchema.optional(),
  cellIds: z.array(CellIdSchema).optional(),
  part: z.enum(PART_IDS).optional(),
  expected: ValueSchema.optional(),
  actual: ValueSchema.optional(),
});

/** What parse diagnostics and rule findings have in common. */
export type Notice = z.infer<typeof NoticeSchema>;

/** A problem found while reading a document, from `@nianbao/parse`. `code` names the kind, e.g. `cell/placeholder`. */
export const DiagnosticSchema = NoticeSchema.extend({ code: z.string().min(1) });
/** A problem found while reading a document. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** A problem found in a report by a rule, from `@nianbao/rules`. `ruleId` names the rule, e.g. `table3/row-total`. */
export const FindingSchema = NoticeSchema.extend({ ruleId: z.string().min(1) });
/** A problem found in a report by a rule. */
export type Finding = z.infer<typeof FindingSchema>;
