import type { Diagnostic } from '@nianbao/core';
import { tokenizeHtml } from './html-tokenizer.js';

/** Decoded text, the encoding it was read as (a WHATWG name: `utf-8`, `gbk`, `gb18030`…), and what was doubtful. */
export interface DecodedBytes {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: Diagnostic[];
}

/** Browsers look for `<meta charset>` in the first 1024 bytes; pages with long heads put it later. */
const SNIFF_BYTES = 4096;

/**
 * Decodes a file's bytes: a BOM decides; else a charset declared in the first 4 KB
 * (`<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml encoding>`);
 * else UTF-8 when the bytes are valid UTF-8, GB18030 (a superset of GBK and GB2312) when not.
 * A declaration the bytes contradict (declared UTF-8 but not valid UTF-8, or declared GBK but
 * valid UTF-8 with non-ASCII) loses, with a warning: Chinese sites often copy templates whose
 * `<meta>` no longer matches the files. Uses only the global `TextDecoder`; never throws.
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  const diagnostics: Diagnostic[] = [];
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, diagnostics };

  const utf8 = decodeUtf8Strictly(bytes);
  const label = declaredCharset(bytes);
  let declared: string | undefined;
  if (label !== undefined) {
    declared = encodingOf(label);
    if (declared === undefined) {
      diagnostics.push({
        code: 'encoding/unknown-charset',
        severity: 'warning',
        message: `无法识别页面声明的字符编码“${label}”，已按${utf8 === undefined ? ' GB18030' : ' UTF-8'} 解码`,
        messageEn: `The page declares an unknown charset "${label}"; decoded as ${utf8 === undefined ? 'GB18030' : 'UTF-8'}`,
      });
    }
  }

  if (declared === undefined) {
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', diagnostics };
    if (label === undefined) {
      diagnostics.push({
        code: 'encoding/guessed',
        severity: 'info',
        message: '文件未声明字符编码且不是 UTF-8，已按 GB18030（GBK）解码',
        messageEn: 'The file declares no charset and is not UTF-8; decoded as GB18030 (GBK)',
      });
    }
    return decodeLoosely(bytes, 'gb18030', diagnostics);
  }

  if (declared === 'utf-8') {
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', diagnostics };
    diagnostics.push(mismatch(label ?? declared, 'GB18030'));
    return decodeLoosely(bytes, 'gb18030', diagnostics);
  }
  if (utf8 !== undefined && hasNonAscii(bytes)) {
    diagnostics.push(mismatch(label ?? declared, 'UTF-8'));
    return { text: utf8, encoding: 'utf-8', diagnostics };
  }
  return decodeLoosely(bytes, declared, diagnostics);
}

function mismatch(label: string, used: string): Diagnostic {
  return {
    code: 'encoding/declared-mismatch',
    severity: 'warning',
    message: `页面声明的字符编码“${label}”与实际内容不符，已按 ${used} 解码`,
    messageEn: `The page declares charset "${label}" but its bytes say otherwise; decoded as ${used}`,
  };
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf8Strictly(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeLoosely(bytes: Uint8Array, encoding: string, diagnostics: Diagnostic[]): DecodedBytes {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  if (replaced > 0) {
    diagnostics.push({
      code: 'encoding/invalid-bytes',
      severity: 'warning',
      message: `按 ${encoding} 解码时有 ${replaced} 处无效字节，已替换为“\uFFFD”`,
      messageEn: `${replaced} invalid byte sequence(s) for ${encoding}, replaced with "\uFFFD"`,
    });
  }
  return { text, encoding, diagnostics };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/** The WHATWG encoding a label names, or undefined if it names none. */
function encodingOf(label: string): string | undefined {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  // A UTF-16 page could not have declared itself in ASCII-readable bytes; browsers read it as UTF-8.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/** The charset label the head of an HTML or XML file declares, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // windows-1252 maps every byte to one character, so ASCII markup reads as written whatever follows.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const lower = head.toLowerCase();
  if (lower.includes('<meta')) {
    for (const token of tokenizeHtml(head)) {
      if (token.kind !== 'start' || token.name !== 'meta') continue;
      const charset = token.attrs['charset']?.trim();
      if (charset) return charset;
      const httpEquiv = token.attrs['http-equiv']?.trim().toLowerCase();
      const content = token.attrs['content'];
      if (httpEquiv === 'content-type' && content !== undefined) {
        const fromContent = charsetInContent(content);
        if (fromContent) return fromContent;
      }
    }
  }
  if (lower.trimStart().startsWith('<?xml')) {
    const end = lower.indexOf('?>');
    const decl = head.slice(0, end < 0 ? head.length : end);
    return valueAfter(decl, 'encoding');
  }
  return undefined;
}

/** `text/html; charset=gb2312` → `gb2312`. */
function charsetInContent(content: string): string | undefined {
  return valueAfter(content, 'charset');
}

/** The value after `name` `=`, quoted or not, in a short declaration string. */
function valueAfter(text: string, name: string): string | undefined {
  const at = text.toLowerCase().indexOf(name);
  if (at < 0) return undefined;
  let i = at + name.length;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (text[i] !== '=') return undefined;
  i++;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const quote = text[i] === '"' || text[i] === "'" ? text[i] : undefined;
  if (quote) i++;
  let end = i;
  while (end < text.length) {
    const c = text[end];
    if (c === quote || c === ';' || (quote === undefined && (c === '"' || c === "'" || (c ?? '') <= ' '))) break;
    end++;
  }
  const value = text.slice(i, end).trim();
  return value === '' ? undefined : value;
}
