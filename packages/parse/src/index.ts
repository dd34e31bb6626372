/**
 * `@nianbao/parse` — reads annual reports (plain text in the layouts real reports come in,
 * Markdown, HTML, DOCX, PDF) into the `@nianbao/core` `Report`, with diagnostics that say where.
 *
 * Each format has an adapter that yields one intermediate {@link SourceDocument}; one template
 * reader maps that onto the 2021 template.
 *
 * @packageDocumentation
 */

export { parseReport, parseText, readDocument, type ParseOptions, type ParseResult, type TextFormat } from './parse-report.js';
export { detectFormat, INPUT_FORMATS, type InputFormat } from './detect-format.js';
export { readTemplate, type TemplateReading } from './template-reader.js';
export { readText, type TextAdapterOptions } from './text-adapter.js';
export { readHtml } from './html-adapter.js';
export { decodeBytes, type DecodedBytes } from './decode-bytes.js';
// DOCX and PDF read through parseReport, which loads their adapters on demand; the adapters
// themselves are the subpaths `@nianbao/parse/docx` and `@nianbao/parse/pdf`.
export type { DocxLimits } from './docx-adapter.js';
export type { PdfLimits } from './pdf-adapter.js';
export { readCellValue, type CellReading, type CellReadingKind } from './cell-value.js';
export type { SourceDocument, Block, ParagraphBlock, TableBlock, TableRow, TableCell } from './source-document.js';
