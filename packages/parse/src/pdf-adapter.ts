import type { Diagnostic } from '@nianbao/core';
import { getResolvedPDFJS } from 'unpdf';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'unpdf/pdfjs';
import { ensureTransferToFixedLength, readRules, readTextRuns, type PdfPageContent, type PdfTextRun } from './pdf-content.js';
import { layoutPages } from './pdf-layout.js';
import { tidySpaces } from './pdf-text.js';
import type { SourceDocument } from './source-document.js';

/**
 * Reads a PDF's text layer (through pdf.js, as bundled by unpdf) into paragraphs and tables: text
 * runs and ruling lines per page (pdf-content.ts), then pdf-layout.ts for how positions become
 * blocks. Bad input never throws: an empty, oversized, foreign, encrypted, truncated or broken file,
 * or one without a text layer (a scan), gives one error diagnostic and no invented content.
 * Runs in browsers and Node alike (on Node 20 a stand-in for an ES2024 method pdf.js needs is
 * installed: see `ensureTransferToFixedLength`). Fonts that need pdf.js's CMap files (non-embedded
 * CJK fonts such as STSong-Light with the encoding UniGB-UCS2-H or GBK-EUC-H) are decoded only when a
 * {@link PdfCMapSource} is given (`cMapSource` in {@link PdfLimits}); without one their text is lost.
 * This module reads no files itself, to stay browser-safe: the CLI gives a source that reads the
 * `cmaps/` folder of the `pdfjs-dist` package.
 *
 * `@nianbao/parse/pdf`; most users call `parseReport` instead, which loads this on demand.
 *
 * @module pdf
 */

/** Bounds on what {@link readPdf} reads. */
export interface PdfLimits {
  /** Largest file read, in bytes. */
  readonly maxBytes: number;
  /** Pages read; the rest are left out, with a warning. */
  readonly maxPages: number;
  /**
   * Time allowed for the whole file, in milliseconds. Checked between pdf.js steps, so one step
   * that never yields can overrun it.
   */
  readonly timeoutMs: number;
  /**
   * Where pdf.js's predefined CMaps come from, needed for the text of fonts that rely on one
   * (non-embedded CJK fonts: STSong-Light with UniGB-UCS2-H, GBK-EUC-H, …). Not a bound, but set
   * alongside them so `parseReport`'s `limits.pdf` carries it. None by default: such text is lost.
   */
  readonly cMapSource?: PdfCMapSource;
}

/**
 * Gives the packed (binary, `.bcmap`) data of the predefined CMap of that name, e.g. `UniGB-UCS2-H`
 * or `Adobe-GB1-UCS2`, as pdf.js ships them in `pdfjs-dist/cmaps/<name>.bcmap` (use the files of the
 * pdf.js version unpdf bundles, 5.6). Undefined or a rejection when it has none: the font's text is
 * then not decoded, the rest of the file is still read. In a browser it can `fetch` the files from
 * wherever they are served; on Node, read them from disk.
 */
export type PdfCMapSource = (name: string) => Promise<Uint8Array | undefined>;

/** Reports run to a few dozen pages; these bounds leave room and stop pathological files. */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 64 * 1024 * 1024, maxPages: 300, timeoutMs: 60_000 };

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;

const MAX_TIMER = 2 ** 31 - 1;

/** The limits asked for, nonsense (NaN, negative sizes) replaced by the defaults. */
function limitsOf(options: Partial<PdfLimits>): PdfLimits {
  const pick = (value: number | undefined, fallback: number, min: number): number =>
    typeof value === 'number' && !Number.isNaN(value) && value >= min ? value : fallback;
  return {
    maxBytes: pick(options.maxBytes, DEFAULT_PDF_LIMITS.maxBytes, 0),
    maxPages: Math.floor(pick(options.maxPages, DEFAULT_PDF_LIMITS.maxPages, 1)),
    // A budget already spent (zero or less) stops at once: useful to test the guard.
    timeoutMs: pick(options.timeoutMs, DEFAULT_PDF_LIMITS.timeoutMs, -Infinity),
    ...(typeof options.cMapSource === 'function' ? { cMapSource: options.cMapSource } : {}),
  };
}

/**
 * A pdf.js 5 `BinaryDataFactory` (the class pdf.js instantiates to load CMaps, standard font data
 * and wasm) that answers CMap requests from `source`, and notes in `missing` every CMap it could not
 * give, so the reader can say why text was lost. pdf.js asks for `{ kind: 'cMapUrl', filename:
 * '<name>.bcmap' }` and, with `cMapPacked` (the default), takes the bytes as packed. The other kinds
 * fail as they do without a factory and URLs (pdf.js then does without them).
 */
function cMapFactory(
  source: PdfCMapSource | undefined,
  missing: Set<string>,
): new () => { fetch(request: { kind: string; filename: string }): Promise<Uint8Array> } {
  return class {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') throw new Error(`No ${kind} data is provided`);
      const name = filename.replace(/\.bcmap$/, '');
      const data = source ? await source(name).catch(() => undefined) : undefined;
      if (!(data instanceof Uint8Array)) {
        missing.add(name);
        throw new Error(`No CMap data for ${name}`);
      }
      return data;
    }
  };
}

class Timeout extends Error {}

const error = (code: string, message: string, messageEn: string): Diagnostic => ({ code, severity: 'error', message, messageEn });

/** Reads a PDF file's bytes into the intermediate document. Never rejects for bad content. */
export async function readPdf(bytes: Uint8Array, options: Partial<PdfLimits> = {}): Promise<SourceDocument> {
  const limits = limitsOf(options);
  const refused = screen(bytes, limits);
  if (refused) return { blocks: [], diagnostics: [refused] };
  const diagnostics: Diagnostic[] = [];
  // CMaps pdf.js asked for and could not get: the text of those fonts is lost.
  const missingCMaps = new Set<string>();
  // A cut-off file is said so, rather than "damaged": pdf.js may still recover pages from it.
  const truncated = !hasEndMarker(bytes);

  let task: PDFDocumentLoadingTask | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = Date.now() + limits.timeoutMs;
  const expired = new Promise<never>((_, reject) => {
    // Timers take at most 2³¹−1 ms; a longer budget is no budget.
    if (limits.timeoutMs <= MAX_TIMER) timer = setTimeout(() => reject(new Timeout()), Math.max(0, limits.timeoutMs));
  });
  // The timer's rejection is awaited only while work is pending; keep it from going unhandled.
  expired.catch(() => undefined);
  const guard = <T>(work: Promise<T>): Promise<T> => {
    if (Date.now() > deadline) return Promise.reject(new Timeout());
    return Promise.race([work, expired]);
  };

  const pages: PdfPageContent[] = [];
  let pdfjs: PdfJs;
  try {
    pdfjs = await guard(getResolvedPDFJS());
  } catch (cause) {
    clearTimeout(timer);
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      blocks: [],
      diagnostics: [
        cause instanceof Timeout
          ? error('pdf/timeout', '读取 PDF 超时，已停止', 'Reading the PDF took too long and was stopped')
          : error('pdf/reader-unavailable', 'PDF 读取组件（pdf.js）无法加载，未能读取文件', `The PDF reader (pdf.js) could not be loaded, so the file was not read (${detail})`),
      ],
    };
  }
  try {
    ensureTransferToFixedLength();
    task = pdfjs.getDocument({
      // pdf.js may take over the buffer it is given: give it a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      // With a factory of ours pdf.js never fetches by URL itself (`useWorkerFetch` is off unless
      // its own DOM factory is used), so this works alike in browsers and Node.
      BinaryDataFactory: cMapFactory(limits.cMapSource, missingCMaps),
      cMapPacked: true,
    });
    const pdf = await guard(task.promise);
    const pageCount = Math.min(pdf.numPages, limits.maxPages);
    if (pdf.numPages > limits.maxPages) {
      diagnostics.push({
        code: 'pdf/too-many-pages',
        severity: 'warning',
        message: `PDF 共 ${pdf.numPages} 页，只读取了前 ${limits.maxPages} 页`,
        messageEn: `The PDF has ${pdf.numPages} pages; only the first ${limits.maxPages} were read`,
      });
    }
    for (let n = 1; n <= pageCount; n++) {
      const content = await guard(readPage(pdf, n, pdfjs)).catch((cause: unknown) => {
        if (cause instanceof Timeout) throw cause;
        diagnostics.push({
          code: 'pdf/page-unreadable',
          severity: 'warning',
          message: `第 ${n} 页无法读取，已跳过`,
          messageEn: `Page ${n} could not be read and was skipped`,
          location: { page: n },
        });
        return null;
      });
      if (content) pages.push(content);
    }
    if (pages.length === 0 && !truncated) diagnostics.push(error('pdf/corrupt', 'PDF 文件中没有可读取的页面', 'The PDF file has no page that could be read'));
  } catch (cause) {
    if (cause instanceof Timeout) {
      diagnostics.push(
        error(
          'pdf/timeout',
          `读取 PDF 超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，已停止；只读出了前 ${pages.length} 页`,
          `Reading the PDF took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped; only the first ${pages.length} pages were read`,
        ),
      );
    } else if (!truncated) {
      diagnostics.push(loadError(cause));
    }
  } finally {
    clearTimeout(timer);
    // Destroying the loading task destroys the document too, and stops work in progress.
    await task?.destroy().catch(() => undefined);
  }

  if (truncated) {
    const read = pages.some((p) => p.runs.length > 0);
    diagnostics.unshift(
      error(
        'pdf/truncated',
        read ? 'PDF 文件不完整（缺少文件结尾，可能下载或复制中断），只读出了其中可读的部分' : 'PDF 文件不完整（缺少文件结尾，可能下载或复制中断），无法读取',
        read
          ? 'The PDF file is incomplete (its end is missing: the download or copy may have been cut off); only what could be read was read'
          : 'The PDF file is incomplete (its end is missing: the download or copy may have been cut off) and cannot be read',
      ),
    );
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { blocks: pages.length > 0 ? layoutPages(pages) : [], diagnostics };
  const blank = pages.filter((p) => p.runs.length === 0).map((p) => p.page);
  if (missingCMaps.size > 0) {
    // Not a scan: the fonts are Chinese fonts the PDF does not embed, readable with pdf.js's CMaps.
    const names = [...missingCMaps].join(', ');
    const nothingRead = pages.length > 0 && blank.length === pages.length;
    diagnostics.push({
      code: 'pdf/cmap-missing',
      severity: nothingRead ? 'error' : 'warning',
      message: `PDF 使用未嵌入的中文字体，解码其文字需要 CMap 数据（${names}），未能取得，${nothingRead ? '文字无法读取' : '部分文字无法读取'}；命令行安装 pdfjs-dist 即可，程序中请提供 cMapSource`,
      messageEn: `The PDF uses Chinese fonts it does not embed; decoding their text needs CMap data (${names}), which was not available, so ${nothingRead ? 'no text could be read' : 'some text could not be read'}. For the CLI, install pdfjs-dist; in code, give a cMapSource`,
    });
    if (nothingRead) return { blocks: [], diagnostics };
  }
  if (pages.length > 0 && blank.length === pages.length) {
    diagnostics.push(
      error(
        'pdf/no-text-layer',
        'PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字和表格数据；请提供可复制文字的 PDF 或其他格式',
        'The PDF has no text layer (it may be a scan or images), so its text and table values cannot be read; provide a PDF with selectable text or another format',
      ),
    );
    return { blocks: [], diagnostics };
  }
  if (looksGarbled(pages)) {
    diagnostics.push({
      code: 'pdf/garbled-text',
      severity: 'warning',
      message: 'PDF 的文字层大多无法解码（字体缺少编码信息），读出的文字可能是乱码',
      messageEn: 'Most of the PDF text layer cannot be decoded (its fonts lack a character map); the text read may be garbage',
    });
  }
  if (blank.length > 0) {
    diagnostics.push({
      code: 'pdf/pages-without-text',
      severity: 'warning',
      message: `第 ${blank.join('、')} 页没有文字层（可能是扫描图片），其内容无法读取`,
      messageEn: `Page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} ha${blank.length > 1 ? 've' : 's'} no text layer (scanned images?); their content cannot be read`,
      location: { page: blank[0]! },
    });
  }
  return { blocks: layoutPages(pages), diagnostics };
}

async function readPage(pdf: PDFDocumentProxy, n: number, pdfjs: PdfJs): Promise<PdfPageContent> {
  const page = await pdf.getPage(n);
  try {
    const { width, height, runs } = await readTextRuns(page);
    // Rules matter only where text could stand in a table; reading them costs as much again as the
    // text. A failure there loses the tables' borders (they are then read from text positions), not the text.
    const rules = mayHoldTable(runs) ? await readRules(page, pdfjs.OPS).catch(() => []) : [];
    return { page: n, width, height, runs, rules };
  } finally {
    page.cleanup();
  }
}

const DIGITS_APART = /\d\s+\d/;

/**
 * Whether a page's text could stand in a table: some line has runs apart by half an em or more
 * (text in neighbouring cells), or numbers side by side in one run (pdf.js joins close cells).
 * Prose pages, whose lines are one run or runs that touch, are spared reading their drawing.
 */
function mayHoldTable(runs: readonly PdfTextRun[]): boolean {
  const byLine = [...runs].filter((r) => r.horizontal).sort((a, b) => a.y - b.y || a.x - b.x);
  for (let k = 0; k < byLine.length; k++) {
    const run = byLine[k]!;
    // A letter-spaced title (`2 0 2 4 年 度 报 告`) is not numbers side by side: read closed up, as
    // the layout reads it, it is one word. Sparing such a cover page its drawing saves its operator
    // list, which costs more than its text (every glyph outline is compiled).
    if (DIGITS_APART.test(run.text) && DIGITS_APART.test(tidySpaces(run.text))) return true;
    const next = byLine[k + 1];
    if (next && Math.abs(next.y - run.y) < 0.35 * run.size && next.x - (run.x + run.width) >= 0.5 * run.size) return true;
  }
  return runs.some((r) => !r.horizontal);
}

/**
 * Whether most characters are private-use code points, U+FFFD or control characters: what pdf.js
 * gives for fonts embedded without a character map.
 */
function looksGarbled(pages: readonly PdfPageContent[]): boolean {
  let bad = 0;
  let all = 0;
  for (const page of pages) {
    for (const run of page.runs) {
      for (let i = 0; i < run.text.length; i++) {
        const c = run.text.charCodeAt(i);
        if (c === 0x20) continue;
        all++;
        if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c < 0x20) bad++;
      }
    }
  }
  return all > 0 && bad > all / 2;
}

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function indexOf(bytes: Uint8Array, pattern: readonly number[], from: number, to: number): number {
  const end = Math.min(to, bytes.length) - pattern.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return i;
  }
  return -1;
}

/** A file ends with `%%EOF`, give or take trailing bytes some producers add. */
function hasEndMarker(bytes: Uint8Array): boolean {
  return indexOf(bytes, EOF_MARKER, bytes.length - 4096, bytes.length) >= 0;
}

/** Refuses what is not worth handing to pdf.js: nothing, too much, not a PDF. */
function screen(bytes: Uint8Array, limits: PdfLimits): Diagnostic | null {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('readPdf expects a Uint8Array');
  if (bytes.length === 0) return error('pdf/empty', 'PDF 文件为空（0 字节）', 'The PDF file is empty (0 bytes)');
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return error('pdf/too-large', `PDF 文件过大（${mb(bytes.length)} MB，上限 ${mb(limits.maxBytes)} MB），未读取`, `The PDF file is too large (${mb(bytes.length)} MB, limit ${mb(limits.maxBytes)} MB) and was not read`);
  }
  // Readers accept the header anywhere in the first kilobyte.
  if (indexOf(bytes, PDF_HEADER, 0, 1024) < 0) {
    const looksHtml = /<(?:!doctype|html|head|body|meta|div|p|table)\b/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)));
    return looksHtml
      ? error('pdf/not-pdf', '文件不是 PDF，而是网页（HTML）；请按网页格式读取', 'The file is not a PDF but a web page (HTML); read it as HTML')
      : error('pdf/not-pdf', '文件不是 PDF（缺少 %PDF 文件头）', 'The file is not a PDF (no %PDF header)');
  }
  return null;
}

/** The one diagnostic for a file pdf.js cannot open. */
function loadError(cause: unknown): Diagnostic {
  const name = typeof cause === 'object' && cause !== null && 'name' in cause ? String((cause as { name: unknown }).name) : '';
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (name === 'PasswordException') {
    return error('pdf/encrypted', 'PDF 文件已加密，需要密码才能打开，无法读取', 'The PDF is encrypted and needs a password to open; it cannot be read');
  }
  return error('pdf/corrupt', 'PDF 文件已损坏或格式无效，无法读取', `The PDF file is damaged or invalid and cannot be read (${detail})`);
}

/** A pdf.js text item as {@link extractPdfTextItems} returns it. */
export interface PdfRawTextItem {
  readonly str: string;
  /** pdf.js's transform: `[a, b, c, d, x, y]` in PDF user space (origin bottom left). */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/**
 * pdf.js text extraction alone, every page's raw text items: the floor under {@link readPdf}'s
 * cost, for benchmarks. Throws (rejects) where pdf.js does.
 */
export async function extractPdfTextItems(bytes: Uint8Array): Promise<PdfRawTextItem[][]> {
  const pdfjs = await getResolvedPDFJS();
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: pdfjs.VerbosityLevel.ERRORS });
  try {
    const pdf = await task.promise;
    const pages: PdfRawTextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((item): item is PdfRawTextItem & (typeof content.items)[number] => 'str' in item));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
