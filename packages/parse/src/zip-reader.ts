import type { Diagnostic } from '@nianbao/core';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { Inflate } from 'fflate';

/**
 * The package layer of a .docx: a zip read defensively (only the few parts the reader needs,
 * inflated under limits, every offset checked) and its XML parts parsed with DOCTYPEs refused and
 * nesting capped. Whatever is wrong with the file ends in one error diagnostic, never a throw.
 */

/** Limits on what a .docx may make the reader do; past any of them the file is refused. */
export interface DocxLimits {
  /** Most bytes the parts read (document, numbering, styles, content types) may inflate to, together. */
  readonly maxTotalSize: number;
  /**
   * Most bytes one part may inflate to. A report's document.xml is 0.1–5 MB; the parsed DOM takes
   * about 40 bytes of memory per byte of XML.
   */
  readonly maxEntrySize: number;
  /** Most entries the archive may list. */
  readonly maxEntries: number;
  /**
   * Highest inflated-to-compressed size ratio of a part that inflates to more than 1 MB. Word's XML
   * compresses 5–30×; DEFLATE tops out near 1030×, which is where zip bombs sit. Only a perfectly
   * periodic part (the same row thousands of times) gets near the limit; the size limits bound what
   * any part may cost anyway.
   */
  readonly maxCompressionRatio: number;
  /** Deepest element nesting in an XML part (Word's deepest real nesting is a few dozen). */
  readonly maxXmlDepth: number;
}

/** The limits used when none are given. */
export const DEFAULT_DOCX_LIMITS: DocxLimits = Object.freeze({
  maxTotalSize: 100 * 1024 * 1024,
  maxEntrySize: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxCompressionRatio: 500,
  maxXmlDepth: 256,
});

/** The limits given, each missing or non-numeric one (`undefined` from a spread options object) replaced by its default. */
export function resolveLimits(limits: Partial<DocxLimits> = {}): DocxLimits {
  const pick = (key: keyof DocxLimits): number => {
    const value = limits[key];
    return typeof value === 'number' && !Number.isNaN(value) ? value : DEFAULT_DOCX_LIMITS[key];
  };
  return {
    maxTotalSize: pick('maxTotalSize'),
    maxEntrySize: pick('maxEntrySize'),
    maxEntries: pick('maxEntries'),
    maxCompressionRatio: pick('maxCompressionRatio'),
    maxXmlDepth: pick('maxXmlDepth'),
  };
}

/** Small parts can't be bombs whatever their ratio (an empty styles part compresses 50×). */
const RATIO_FLOOR = 1024 * 1024;
/** Compressed bytes pushed to the inflater at a time: the most a bomb inflates past a limit before it is stopped (~1000×). */
const INFLATE_CHUNK = 8 * 1024;

/** A value, or the one diagnostic saying why there is none. */
export type ZipResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** One entry of the zip's central directory. */
export interface ZipEntry {
  /** The name as stored (`word/document.xml`). */
  readonly name: string;
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Declared inflated size; checked against what inflating actually gives. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

/** An opened zip: its entries by name, and what has been inflated so far. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** Entries by lower-cased name with `/` separators (part names in a package are case-insensitive). */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly limits: DocxLimits;
  /** Bytes inflated so far, counted against `maxTotalSize`. */
  inflated: number;
}

// Diagnostics ------------------------------------------------------------------------------------

function failure<T>(code: string, message: string, messageEn: string): ZipResult<T> {
  return { ok: false, diagnostic: { code, severity: 'error', message, messageEn } };
}

const MB = 1024 * 1024;
const size = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} B`);

function corrupt<T>(detail: string, detailEn: string): ZipResult<T> {
  return failure('docx/corrupt', `文件已损坏或不完整（${detail}），无法作为 Word 文档读取`, `The file is damaged or incomplete (${detailEn}); it cannot be read as a Word document`);
}

/** What a file that is not a zip at all looks like it is, from its first bytes. */
function notZip<T>(bytes: Uint8Array): ZipResult<T> {
  const starts = (...signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    return failure('docx/not-docx', '文件实际上是 PDF，不是 Word（.docx）文档', 'The file is really a PDF, not a Word (.docx) document');
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return failure(
      'docx/not-docx',
      '文件是旧版 Word（.doc）或 WPS（.wps）格式，或者设置了打开密码；请在 Word 或 WPS 中另存为 .docx（不加密）后再读取',
      'The file is an old Word (.doc) or WPS (.wps) document, or is password-protected; save it as an unencrypted .docx first',
    );
  }
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) {
    return failure('docx/not-docx', '文件是 RTF 格式，不是 Word（.docx）文档；请另存为 .docx', 'The file is RTF, not a Word (.docx) document; save it as .docx first');
  }
  let k = starts(0xef, 0xbb, 0xbf) ? 3 : 0;
  while (k < bytes.length && k < 1024 && (bytes[k] === 0x20 || bytes[k] === 0x09 || bytes[k] === 0x0a || bytes[k] === 0x0d)) k++;
  if (bytes[k] === 0x3c) {
    return failure('docx/not-docx', '文件实际上是网页或 XML 文本，不是 Word（.docx）文档', 'The file is really a web page or XML text, not a Word (.docx) document');
  }
  return failure('docx/not-docx', '文件不是 Word（.docx）文档（不是 zip 压缩包）', 'The file is not a Word (.docx) document (not a zip archive)');
}

function bomb<T>(name: string, detail: string, detailEn: string): ZipResult<T> {
  return failure(
    'docx/zip-bomb',
    `文件中的 ${name} ${detail}，疑似恶意构造的压缩文件（压缩炸弹），已拒绝读取`,
    `${name} in the file ${detailEn}; the file looks like a zip bomb and is refused`,
  );
}

function tooLarge<T>(detail: string, detailEn: string): ZipResult<T> {
  return failure('docx/too-large', `文件超出读取上限：${detail}`, `The file is over the reading limits: ${detailEn}`);
}

// Little-endian reads that never read past the end (they give -1 there instead) ------------------

function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) return -1;
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) return -1;
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** An 8-byte size or offset; exact up to 2^53, which is more than any array holds. */
function u64(b: Uint8Array, at: number): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  return lo < 0 || hi < 0 ? -1 : hi * 0x1_0000_0000 + lo;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Where the end-of-central-directory record is: within the last 64 KB (its comment's most), or -1. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - MAX16);
  for (let at = last; at >= first; at--) {
    // The comment must run exactly to the end of the file; a signature inside compressed data won't.
    if (bytes[at] === 0x50 && u32(bytes, at) === SIG_END && at + 22 + u16(bytes, at + 20) === bytes.length) return at;
  }
  for (let at = last; at >= first; at--) if (bytes[at] === 0x50 && u32(bytes, at) === SIG_END) return at;
  return -1;
}

function decodeName(raw: Uint8Array): string {
  // Names are UTF-8 (flag 11) or CP437; the parts read are ASCII either way.
  return new TextDecoder('utf-8').decode(raw).replaceAll('\\', '/');
}

/**
 * Reads a zip's central directory. Refuses files that are not zips, truncated or damaged zips, and
 * zips listing more than `maxEntries` entries; inflates nothing.
 */
export function openZip(bytes: Uint8Array, limits: DocxLimits = DEFAULT_DOCX_LIMITS): ZipResult<ZipArchive> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
  if (!isZip) return notZip(bytes);
  const end = findEnd(bytes);
  if (end < 0) return corrupt('找不到 zip 目录，文件可能被截断', 'no zip directory was found; the file may be truncated');

  let count = u16(bytes, end + 10);
  let directorySize = u32(bytes, end + 12);
  let directoryOffset = u32(bytes, end + 16);
  let directoryEnd = end;
  if (count === MAX16 || directorySize === MAX32 || directoryOffset === MAX32) {
    // Zip64: the real values are in the zip64 end record, which a locator just before `end` points to.
    const record = u32(bytes, end - 20) === SIG_END64_LOCATOR ? u64(bytes, end - 12) : -1;
    if (record < 0 || u32(bytes, record) !== SIG_END64) return corrupt('zip64 目录记录缺失', 'the zip64 directory record is missing');
    count = u64(bytes, record + 32);
    directorySize = u64(bytes, record + 40);
    directoryOffset = u64(bytes, record + 48);
    directoryEnd = record;
  }
  if (count > limits.maxEntries) {
    return tooLarge(`压缩包列出 ${count} 个条目，上限 ${limits.maxEntries} 个`, `the archive lists ${count} entries, more than the ${limits.maxEntries} allowed`);
  }
  if (count < 0 || directorySize < 0 || directoryOffset < 0) return corrupt('zip 目录记录不完整', 'the zip directory record is incomplete');

  // Data put before the zip (self-extractors, some uploaders) shifts every offset by the same amount.
  let shift = 0;
  if (u32(bytes, directoryOffset) !== SIG_CENTRAL && count > 0) {
    const expected = directoryEnd - directorySize;
    if (expected >= 0 && u32(bytes, expected) === SIG_CENTRAL) shift = expected - directoryOffset;
    else return corrupt('zip 目录位置不对', 'the zip directory is not where the file says');
  }

  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset + shift;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== SIG_CENTRAL || at + 46 > bytes.length) return corrupt('zip 目录条目损坏', 'a zip directory entry is damaged');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return corrupt('zip 目录条目被截断', 'a zip directory entry is cut off');
    let compressedSize = u32(bytes, at + 20);
    let uncompressed = u32(bytes, at + 24);
    let offset = u32(bytes, at + 42);
    if (compressedSize === MAX32 || uncompressed === MAX32 || offset === MAX32) {
      // Zip64 extra field (id 1): the 8-byte values, in this order, for those set to 0xffffffff.
      const extraEnd = at + 46 + nameLength + extraLength;
      for (let e = at + 46 + nameLength; e + 4 <= extraEnd; e += 4 + u16(bytes, e + 2)) {
        if (u16(bytes, e) !== 1) continue;
        let field = e + 4;
        if (uncompressed === MAX32) (uncompressed = u64(bytes, field)), (field += 8);
        if (compressedSize === MAX32) (compressedSize = u64(bytes, field)), (field += 8);
        if (offset === MAX32) offset = u64(bytes, field);
        break;
      }
    }
    if (compressedSize < 0 || uncompressed < 0 || offset < 0) return corrupt('zip 条目大小记录损坏', 'a zip entry’s sizes are damaged');
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    const key = name.toLowerCase();
    // A duplicated name: the first listed wins, as in most readers.
    if (!entries.has(key)) {
      entries.set(key, {
        name,
        flags: u16(bytes, at + 8),
        method: u16(bytes, at + 10),
        crc: u32(bytes, at + 16),
        compressedSize,
        size: uncompressed,
        offset: offset + shift,
      });
    }
    at = next;
  }
  return { ok: true, value: { bytes, entries, limits, inflated: 0 } };
}

// Inflating --------------------------------------------------------------------------------------

let crcTable: Uint32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Thrown inside the inflater's callback to stop it as soon as it passes the declared size. */
class Overflow extends Error {}

/**
 * Inflates `data`, stopping once the output passes `expected` bytes: a header that lies about the
 * size (the classic bomb) costs at most one chunk's worth of work past the limit.
 */
function inflateBounded(data: Uint8Array, expected: number): { out: Uint8Array } | { overflow: true } | { error: string } {
  const out = new Uint8Array(expected);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > expected) throw new Overflow();
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let from = 0; from < data.length; from += INFLATE_CHUNK) {
      const to = Math.min(data.length, from + INFLATE_CHUNK);
      inflater.push(data.subarray(from, to), to === data.length);
    }
  } catch (error) {
    if (error instanceof Overflow) return { overflow: true };
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (length !== expected) return { error: `inflated to ${length} bytes, ${expected} declared` };
  return { out };
}

/**
 * Inflates one entry by name (case-insensitive), checking the limits on its declared sizes before
 * inflating, then the actual size and CRC. `undefined` when the archive has no such entry.
 */
export function readZipEntry(archive: ZipArchive, name: string): ZipResult<Uint8Array | undefined> {
  const entry = archive.entries.get(name.toLowerCase());
  if (!entry) return { ok: true, value: undefined };
  const { bytes, limits } = archive;
  const shown = entry.name;

  if (entry.flags & 1) {
    return failure('docx/not-docx', '文件中的内容经过加密，无法读取；请取消加密后另存为 .docx', 'The file’s contents are encrypted; remove the password and save it as .docx again');
  }
  if (entry.method !== 0 && entry.method !== 8) {
    return corrupt(`${shown} 使用了不支持的压缩方式 ${entry.method}`, `${shown} uses unsupported compression method ${entry.method}`);
  }
  // Declared sizes first: nothing is inflated for a file that admits to being a bomb.
  if (entry.size > RATIO_FLOOR && entry.size / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio) {
    const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
    return bomb(shown, `压缩比高达 ${ratio} 倍（${size(entry.compressedSize)} 解压为 ${size(entry.size)}）`, `inflates ${ratio}× (${size(entry.compressedSize)} to ${size(entry.size)})`);
  }
  if (entry.size > limits.maxEntrySize) {
    return tooLarge(`${shown} 解压后 ${size(entry.size)}，单个部件上限 ${size(limits.maxEntrySize)}`, `${shown} inflates to ${size(entry.size)}, more than the ${size(limits.maxEntrySize)} allowed for one part`);
  }
  if (archive.inflated + entry.size > limits.maxTotalSize) {
    return tooLarge(`解压总量超过 ${size(limits.maxTotalSize)}`, `the parts read inflate to more than ${size(limits.maxTotalSize)}`);
  }

  const local = entry.offset;
  if (u32(bytes, local) !== SIG_LOCAL) return corrupt(`${shown} 的数据头损坏`, `the local header of ${shown} is damaged`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) return corrupt(`${shown} 的数据被截断`, `the data of ${shown} is cut off`);
  const raw = bytes.subarray(start, stop);

  let data: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return corrupt(`${shown} 的大小记录不一致`, `the sizes recorded for ${shown} disagree`);
    data = raw;
  } else {
    const inflated = inflateBounded(raw, entry.size);
    if ('overflow' in inflated) {
      return bomb(shown, `解压后超过其声明的 ${size(entry.size)}`, `inflates to more than the ${size(entry.size)} it declares`);
    }
    if ('error' in inflated) return corrupt(`${shown} 无法解压：${inflated.error}`, `${shown} cannot be inflated: ${inflated.error}`);
    data = inflated.out;
  }
  if (crc32(data) !== entry.crc) return corrupt(`${shown} 的校验和不符`, `the checksum of ${shown} does not match`);
  archive.inflated += data.length;
  return { ok: true, value: data };
}

// XML ----------------------------------------------------------------------------------------------

function xmlProblem<T>(part: string, detail: string, detailEn: string): ZipResult<T> {
  return failure('docx/xml', `${part} 的 XML 内容有误（${detail}），无法读取`, `The XML of ${part} is malformed (${detailEn}) and cannot be read`);
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
}

/**
 * One linear pass over the markup before any parser sees it: refuses a DOCTYPE (entity expansion,
 * billion laughs; OOXML never has one) and nesting deeper than `maxDepth`. Returns the problem, or
 * null. Malformed markup is left for the parser to report.
 */
function checkMarkup(text: string, maxDepth: number): 'doctype' | 'depth' | null {
  const n = text.length;
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < n) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        i = close < 0 ? -1 : text.indexOf('<', close + 3);
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        const close = text.indexOf(']]>', i + 9);
        i = close < 0 ? -1 : text.indexOf('<', close + 3);
        continue;
      }
      return 'doctype'; // <!DOCTYPE, <!ENTITY and other declarations
    }
    if (next === 0x3f /* ? */) {
      const close = text.indexOf('?>', i + 2);
      i = close < 0 ? -1 : text.indexOf('<', close + 2);
      continue;
    }
    if (next === 0x2f /* / */) {
      depth--;
      i = text.indexOf('<', i + 2);
      continue;
    }
    // A start tag: its end is the first `>` outside quotes (attribute values may hold `>`).
    let j = i + 1;
    let quote = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    if (j >= n) break;
    if (text.charCodeAt(j - 1) !== 0x2f && ++depth > maxDepth) return 'depth';
    i = text.indexOf('<', j + 1);
  }
  return null;
}

/** Parses an XML part safely: no DOCTYPE, bounded depth, any parser error is a diagnostic. */
export function parseXmlPart(bytes: Uint8Array, part: string, limits: DocxLimits = DEFAULT_DOCX_LIMITS): ZipResult<Document> {
  const text = decodeXml(bytes);
  const problem = checkMarkup(text, limits.maxXmlDepth);
  if (problem === 'doctype') {
    return xmlProblem(part, '含有 DOCTYPE 或实体声明，Word 文档中不应出现，可能是恶意构造的文件', 'it has a DOCTYPE or entity declarations, which Word documents never have; the file may be hostile');
  }
  if (problem === 'depth') {
    return xmlProblem(part, `元素嵌套超过 ${limits.maxXmlDepth} 层`, `elements are nested more than ${limits.maxXmlDepth} deep`);
  }
  let first: string | undefined;
  const parser = new DOMParser({
    locator: false,
    onError: (level, message) => {
      if (level === 'warning') return;
      first ??= message;
      throw new Error(message); // stops parsing: xmldom turns it into a ParseError
    },
  });
  try {
    const document = parser.parseFromString(text, 'text/xml');
    if (!document.documentElement) return xmlProblem(part, '没有根元素', 'it has no root element');
    return { ok: true, value: document };
  } catch (error) {
    const detail = (first ?? (error instanceof Error ? error.message : String(error))).slice(0, 200);
    return xmlProblem(part, detail, detail);
  }
}

// The parts of a .docx ------------------------------------------------------------------------------

/** The XML parts the DOCX reader needs, parsed; `document` is null when the file can't be read (see diagnostics). */
export interface DocxXml {
  readonly document: Document | null;
  readonly numbering: Document | null;
  readonly styles: Document | null;
  readonly diagnostics: Diagnostic[];
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
];
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

/** Part names by content type, from `[Content_Types].xml`'s overrides. */
function partsByType(types: Document): Map<string, string> {
  const parts = new Map<string, string>();
  const overrides = types.getElementsByTagNameNS('*', 'Override');
  for (let i = 0; i < overrides.length; i++) {
    const override = overrides.item(i);
    const type = override?.getAttribute('ContentType')?.toLowerCase();
    const name = override?.getAttribute('PartName');
    if (type && name && !parts.has(type)) parts.set(type, name.replace(/^\//, ''));
  }
  return parts;
}

/** Why a zip without a Word document isn't one, from what it holds instead. */
function notWordPackage(archive: ZipArchive): Diagnostic {
  const has = (name: string): boolean => archive.entries.has(name);
  const [message, messageEn] = has('xl/workbook.xml')
    ? ['文件是 Excel 表格（.xlsx），不是 Word 文档', 'The file is an Excel workbook (.xlsx), not a Word document']
    : has('ppt/presentation.xml')
      ? ['文件是 PowerPoint 演示文稿（.pptx），不是 Word 文档', 'The file is a PowerPoint presentation (.pptx), not a Word document']
      : has('mimetype') && has('content.xml')
        ? ['文件是 OpenDocument 格式（如 .odt），不是 Word（.docx）文档；请另存为 .docx', 'The file is an OpenDocument file (such as .odt), not a Word (.docx) document; save it as .docx first']
        : ['文件是 zip 压缩包，但其中没有 Word 文档正文（word/document.xml）', 'The file is a zip archive without a Word document body (word/document.xml)'];
  return { code: 'docx/not-docx', severity: 'error', message, messageEn };
}

/**
 * Opens a .docx and parses the parts the reader needs: the main document, and numbering and styles
 * when present. Never throws; a file that can't be read has `document: null` and one error
 * diagnostic. Also the floor of DOCX reading (unzip + XML parse) for benchmarks.
 */
export function readDocxXml(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocxXml {
  const all = resolveLimits(limits);
  const diagnostics: Diagnostic[] = [];
  const none = (diagnostic: Diagnostic): DocxXml => ({ document: null, numbering: null, styles: null, diagnostics: [...diagnostics, diagnostic] });
  try {
    const opened = openZip(bytes, all);
    if (!opened.ok) return none(opened.diagnostic);
    const archive = opened.value;

    let parts = new Map<string, string>();
    const types = readZipEntry(archive, '[Content_Types].xml');
    if (!types.ok) return none(types.diagnostic);
    if (types.value) {
      // Word refuses a package without readable content types; reading on with the usual part names loses nothing.
      const parsed = parseXmlPart(types.value, '[Content_Types].xml', all);
      if (parsed.ok) parts = partsByType(parsed.value);
    }
    const mainName = MAIN_TYPES.map((type) => parts.get(type)).find((name) => name !== undefined && archive.entries.has(name.toLowerCase())) ?? 'word/document.xml';
    const main = readZipEntry(archive, mainName);
    if (!main.ok) return none(main.diagnostic);
    if (!main.value) return none(notWordPackage(archive));
    const document = parseXmlPart(main.value, mainName, all);
    if (!document.ok) return none(document.diagnostic);

    // Numbering and styles only add numbers and heading levels: a broken one is a warning, but a
    // bomb is still a bomb.
    const auxiliary = (type: string, fallback: string, what: string, whatEn: string): ZipResult<Document | null> => {
      const name = parts.get(type) ?? fallback;
      const entry = readZipEntry(archive, name);
      if (!entry.ok) {
        const code = entry.diagnostic.code;
        if (code === 'docx/zip-bomb' || code === 'docx/too-large') return entry;
        diagnostics.push({ ...entry.diagnostic, severity: 'warning', message: `${entry.diagnostic.message}；${what}`, messageEn: `${entry.diagnostic.messageEn}; ${whatEn}` });
        return { ok: true, value: null };
      }
      if (!entry.value) return { ok: true, value: null };
      const parsed = parseXmlPart(entry.value, name, all);
      if (!parsed.ok) {
        diagnostics.push({ ...parsed.diagnostic, severity: 'warning', message: `${parsed.diagnostic.message}；${what}`, messageEn: `${parsed.diagnostic.messageEn}; ${whatEn}` });
        return { ok: true, value: null };
      }
      return parsed;
    };
    const numbering = auxiliary(NUMBERING_TYPE, 'word/numbering.xml', '自动编号（如“一、”）将缺失', 'automatic numbering (such as 一、) is left out');
    if (!numbering.ok) return none(numbering.diagnostic);
    const styles = auxiliary(STYLES_TYPE, 'word/styles.xml', '标题级别和样式中的编号将缺失', 'heading levels and numbering from styles are left out');
    if (!styles.ok) return none(styles.diagnostic);
    return { document: document.value, numbering: numbering.value, styles: styles.value, diagnostics };
  } catch (error) {
    // Nothing above is expected to throw; if it does, the file still gets a diagnostic, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return none({
      code: 'docx/corrupt',
      severity: 'error',
      message: `文件无法作为 Word 文档读取（${detail}）`,
      messageEn: `The file cannot be read as a Word document (${detail})`,
    });
  }
}
