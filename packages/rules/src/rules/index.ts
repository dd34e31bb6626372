import type { Rule } from '../types.js';
import { cellBlank } from './cell-blank.js';
import { cellInvalidNumber } from './cell-invalid-number.js';
import { crossYearCarryOver } from './cross-year-carry-over.js';
import { crossYearInForce } from './cross-year-in-force.js';
import { crossYearRepeatedText } from './cross-year-repeated-text.js';
import { metaTitle } from './meta-title.js';
import { metaYear } from './meta-year.js';
import { narrativeApplications } from './narrative-applications.js';
import { narrativeDisclosureBreakdown } from './narrative-disclosure-breakdown.js';
import { narrativeReviewLitigation } from './narrative-review-litigation.js';
import { plausibilityOtherProcessing } from './plausibility-other-processing.js';
import { plausibilityRegulations } from './plausibility-regulations.js';
import { section1Length } from './section1-length.js';
import { section5Content } from './section5-content.js';
import { section6Fee } from './section6-fee.js';
import { structureSections } from './structure-sections.js';
import { table3ColumnBalance } from './table3-column-balance.js';
import { table3ProcessedSum } from './table3-processed-sum.js';
import { table3RowTotal } from './table3-row-total.js';
import { table4BlockTotal } from './table4-block-total.js';
import { templateOutdated } from './template-outdated.js';

/** The built-in rules, in documentation order (tables first, cross-year last). */
export const rules: readonly Rule[] = Object.freeze([
  table3ColumnBalance,
  table3ProcessedSum,
  table3RowTotal,
  table4BlockTotal,
  cellBlank,
  cellInvalidNumber,
  structureSections,
  templateOutdated,
  metaYear,
  metaTitle,
  narrativeApplications,
  narrativeReviewLitigation,
  narrativeDisclosureBreakdown,
  section1Length,
  section5Content,
  section6Fee,
  plausibilityRegulations,
  plausibilityOtherProcessing,
  crossYearCarryOver,
  crossYearInForce,
  crossYearRepeatedText,
]);
