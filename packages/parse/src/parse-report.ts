import { createEmptyReport, type Diagnostic, type Report } from '@nianbao/core';
import { decodeBytes } from './decode-bytes.js';
import { INPUT_FORMATS, detectFormat, detectTextFormat, type InputFormat } from './detect-format.js';
import { readHtml } from './html-adapter.js';
import type { DocxLimits } from './docx-adapter.js';
import { matchPartHeading } from './part-headings.js';
import type { PdfLimits } from './pdf-adapter.js';
import type { SourceDocument } from './source-document.js';
import { readTemplate } from './template-reader.js';
import { readText } from './text-adapter.js';

/** Options for {@link parseReport} and {@link parseText}. */
export interface ParseOptions {
  /** The input's format; detected from the content when not given. */
  readonly format?: InputFormat;
  /** The file's name, used as a hint for the format (its extension) only. */
  readonly fileName?: string;
  /**
   * Limits for the binary formats, against hostile files (zip bombs, huge PDFs); each has a safe
   * default (`DEFAULT_DOCX_LIMITS` in `@nianbao/parse/docx`, `DEFAULT_PDF_LIMITS` in `@nianbao/parse/pdf`).
   * `limits.pdf.cMapSource` also says where pdf.js's CMaps come from, without which the text of
   * non-embedded CJK fonts (STSong-Light, …) is lost; none by default (the CLI gives one).
   */
  readonly limits?: { readonly docx?: Partial<DocxLimits>; readonly pdf?: Partial<PdfLimits> };
}

/** A parsed report, what went wrong reading it, and the format it was read as. */
export interface ParseResult {
  readonly report: Report;
  /** Problems found while reading, each with where it is; errors first is not guaranteed — sort as you need. */
  readonly diagnostics: Diagnostic[];
  readonly format: InputFormat;
}

/** The text formats {@link parseText} reads. */
export type TextFormat = Exclude<InputFormat, 'docx' | 'pdf'>;

function checkOptions(options: ParseOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('parse options must be an object');
  if (options.format !== undefined && !INPUT_FORMATS.includes(options.format)) {
    throw new TypeError(`Unknown format ${JSON.stringify(options.format)}; expected one of ${INPUT_FORMATS.join(', ')}`);
  }
}

const isHeading = (line: string) => matchPartHeading(line) !== null;

/** Turns text of a known format into the intermediate document. */
export function readDocument(text: string, format: TextFormat): SourceDocument {
  switch (format) {
    case 'html':
      return readHtml(text);
    case 'markdown':
      return readText(text, { markdown: true, isHeading });
    case 'text':
      return readText(text, { isHeading });
  }
}

/**
 * Parses a report given as a string — plain text, Markdown or HTML — synchronously.
 * Bad content never throws: what is readable is read and the rest is reported in `diagnostics`.
 * @throws TypeError for a non-string input or an unknown format (programmer errors).
 */
export function parseText(text: string, options: ParseOptions & { format?: TextFormat } = {}): ParseResult {
  if (typeof text !== 'string') throw new TypeError(`parseText expects a string, got ${text === null ? 'null' : typeof text}`);
  checkOptions(options);
  const requested = options.format as InputFormat | undefined;
  if (requested === 'docx' || requested === 'pdf') {
    throw new TypeError(`parseText reads text formats only; use parseReport for ${requested}`);
  }
  const format = options.format ?? detectTextFormat(text, options.fileName);
  const { report, diagnostics } = readTemplate(readDocument(text, format));
  return { report, diagnostics, format };
}

/**
 * Parses a report from a string or from a file's bytes, in any supported format. Bytes are decoded
 * from their BOM, their HTML `<meta charset>`, UTF-8 or GB18030.
 * Bad content never throws (the promise resolves with diagnostics); only programmer errors reject.
 */
export async function parseReport(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`parseReport expects a string or a Uint8Array, got ${input === null ? 'null' : typeof input}`);
  }
  checkOptions(options);
  const format = options.format ?? detectFormat(input, options.fileName);
  if (format === 'docx' || format === 'pdf') {
    if (typeof input === 'string') {
      return {
        report: createEmptyReport(),
        format,
        diagnostics: [
          {
            code: 'input/binary-as-text',
            severity: 'error',
            message: `${format.toUpperCase()} 文件须以字节（Uint8Array）传入，不能作为字符串`,
            messageEn: `a ${format.toUpperCase()} file must be passed as bytes (Uint8Array), not as a string`,
          },
        ],
      };
    }
    // Loaded on demand: text and HTML users (and browsers) never fetch the zip, XML and PDF code.
    const document =
      format === 'docx'
        ? (await import('./docx-adapter.js')).readDocx(input, options.limits?.docx)
        : await (await import('./pdf-adapter.js')).readPdf(input, options.limits?.pdf);
    const { report, diagnostics } = readTemplate(document);
    return { report, diagnostics, format };
  }
  if (typeof input === 'string') return parseText(input, { ...options, format });
  const decoded = decodeBytes(input);
  const result = parseText(decoded.text, { ...options, format });
  return { ...result, diagnostics: [...decoded.diagnostics, ...result.diagnostics] };
}
