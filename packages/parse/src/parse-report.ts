import { createEmptyReport, type Diagnostic, type Report } from '@nianbao/core';
import { decodeBytes } from './decode-bytes.js';
import { INPUT_FORMATS, detectFormat, detectTextFormat, type InputFormat } from './detect-format.js';
import { readHtml } from './html-adapter.js';
import { matchPartHeading } from './part-headings.js';
import type { SourceDocument } from './source-document.js';
import { readTemplate } from './template-reader.js';
import { readText } from './text-adapter.js';

/** Options for {@link parseReport} and {@link parseText}. */
export interface ParseOptions {
  /** The input's format; detected from the content when not given. */
  readonly format?: InputFormat;
  /** The file's name, used as a hint for the format (its extension) only. */
  readonly fileName?: string;
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
    return {
      report: createEmptyReport(),
      format,
      diagnostics: [
        {
          code: 'input/unsupported-format',
          severity: 'error',
          message: `暂不支持读取 ${format.toUpperCase()} 文件，请先另存为文本或网页`,
          messageEn: `${format.toUpperCase()} files cannot be read yet; save the report as text or HTML first`,
        },
      ],
    };
  }
  if (typeof input === 'string') return parseText(input, { ...options, format });
  const decoded = decodeBytes(input);
  const result = parseText(decoded.text, { ...options, format });
  return { ...result, diagnostics: [...decoded.diagnostics, ...result.diagnostics] };
}
