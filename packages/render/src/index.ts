/**
 * `@nianbao/render` — annual reports (政府信息公开工作年度报告, 2021 template), rule findings and
 * year-over-year comparisons as Markdown and as plain text for terminals. Reports render in the
 * template's order and table layout, and what is rendered parses back to the same cells.
 *
 * ```ts
 * import { renderMarkdown, renderFindings } from '@nianbao/render';
 * const markdown = renderMarkdown(report);
 * const text = renderFindings(findings, { format: 'text', language: 'both' });
 * ```
 *
 * Browser-safe: no Node.js imports.
 *
 * @packageDocumentation
 */

export { renderMarkdown, type RenderMarkdownOptions } from './render-markdown.js';
export { renderText, type RenderTextOptions } from './render-text.js';
export type { ReportLayoutOptions } from './report-document.js';
export {
  renderFindings,
  summarizeFindings,
  countSeverities,
  type RenderFindingsOptions,
  type RenderableFinding,
  type SeverityCounts,
} from './render-findings.js';
export { renderComparison, type RenderComparisonOptions } from './render-comparison.js';
export {
  compareReports,
  type CompareOptions,
  type Comparison,
  type ComparisonDetail,
  type ComparisonRow,
  type ComparedReport,
  type CarryOverCheck,
  type CarryOverStatus,
} from './compare-reports.js';
export { displayWidth, type DisplayWidthOptions } from './display-width.js';
export { wrapText } from './wrap-text.js';
export { cellName } from './cell-names.js';
export { LANGUAGES, OUTPUT_FORMATS, type Language, type OutputFormat } from './language.js';
