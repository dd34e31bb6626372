/** The formats nianbao reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** Every format, for validating options and command-line flags. */
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html', 'docx', 'pdf'];

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const STRONG_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i;
const HTML_TAG = /<\/?(?:p|div|table|tr|td|th|span|br|h[1-6]|body)\b[^>]*>/gi;
const MARKDOWN_TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/m;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;

function extensionOf(fileName: string | undefined): InputFormat | undefined {
  const match = fileName ? /\.([a-z0-9]+)$/i.exec(fileName) : null;
  return match ? EXTENSIONS[match[1]!.toLowerCase()] : undefined;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Detects the format of text content: HTML markup, Markdown tables and headings, or plain text. */
export function detectTextFormat(text: string, fileName?: string): Exclude<InputFormat, 'docx' | 'pdf'> {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  if (STRONG_HTML.test(head)) return 'html';
  const hinted = extensionOf(fileName);
  if (hinted === 'html' || hinted === 'markdown' || hinted === 'text') return hinted;
  // Markdown first: GFM cells often hold a few `<br>` tags.
  if (MARKDOWN_TABLE_SEPARATOR.test(text) || MARKDOWN_HEADING.test(head)) return 'markdown';
  if ((head.match(HTML_TAG)?.length ?? 0) >= 3) return 'html';
  return 'text';
}

/**
 * Detects an input's format from its content: DOCX (a zip) and PDF by their first bytes, then
 * HTML, Markdown or plain text; the file name's extension only breaks ties.
 */
export function detectFormat(input: string | Uint8Array, fileName?: string): InputFormat {
  if (typeof input !== 'string') {
    if (startsWith(input, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
    if (startsWith(input, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
    const hinted = extensionOf(fileName);
    if (hinted === 'docx' || hinted === 'pdf') return hinted;
    return detectTextFormat(new TextDecoder('utf-8').decode(input.subarray(0, 8192)), fileName);
  }
  return detectTextFormat(input, fileName);
}
