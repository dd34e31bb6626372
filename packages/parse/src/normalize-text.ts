import { Converter } from 'opencc-js/t2cn';
import { memoize } from './memo.js';

/**
 * Text normalisation for matching labels and reading numbers. What a reader shows people is always
 * the original text; these keys only decide what a piece of text *is*.
 */

// Word/WPS text export leaves markers such as `[bookmark: _Hlk66973412]` and `[image: ]` in the text.
const WORD_ARTIFACT = /\[(?:bookmark|image|footnote ref|endnote ref|comment|picture|shape)[^\]\n]{0,200}\]/gi;

/** Removes Word/WPS export artifacts (`[bookmark: …]`, `[image: ]`). */
export function stripArtifacts(text: string): string {
  return text.includes('[') ? text.replace(WORD_ARTIFACT, '') : text;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

/** The code a character is folded to, -1 to drop it (white space), or itself. */
function fold(code: number): number {
  if (code < 0x80) return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d ? -1 : code;
  if (isSpace(code)) return -1;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3014 || code === 0x3010 || code === 0xfe5d || code === 0x3016) return 0x28; // 〔【﹝〖 → (
  if (code === 0x3015 || code === 0x3011 || code === 0xfe5e || code === 0x3017) return 0x29;
  if (code === 0x2212 || code === 0x2010 || code === 0x2011) return 0x2d; // minus, hyphens → -
  return code;
}

/**
 * Full-width ASCII to half-width, other look-alikes (〔〕【】﹝﹞, dashes, minus) to one form, white
 * space removed. `（１）　３，７４６` → `(1)3,746`.
 */
export function compact(text: string): string {
  let i = 0;
  // Most text needs nothing: return it as it is.
  while (i < text.length && fold(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const codes: number[] = [];
  for (let k = 0; k < i; k++) codes.push(text.charCodeAt(k));
  for (; i < text.length; i++) {
    const code = fold(text.charCodeAt(i));
    if (code !== -1) codes.push(code);
  }
  let out = '';
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode(...codes.slice(k, k + 4096));
  return out;
}

// Characters frequent in these reports that exist only in Traditional script.
const TRADITIONAL_MARKERS = new Set(
  [...'資訊開報與處這項數請復議訴結總計關於務機體據區縣條規辦會應發實點轉屬現經類'].map((ch) => ch.charCodeAt(0)),
);

/** Whether a document is written in Traditional characters (enough Traditional-only characters seen). */
export function looksTraditional(text: string): boolean {
  const end = Math.min(text.length, 3000);
  let count = 0;
  for (let i = 0; i < end; i++) if (TRADITIONAL_MARKERS.has(text.charCodeAt(i)) && ++count >= 8) return true;
  return false;
}

let traditionalToSimplified: ((text: string) => string) | undefined;

/**
 * Traditional to Simplified characters, for matching only. Taiwan usage writes 資訊 for 信息; the
 * phrase converter would also turn 文件 into 文档, so only that word is mapped by hand.
 */
export function toSimplified(text: string): string {
  const convert = (traditionalToSimplified ??= Converter({ from: 't', to: 'cn' }));
  return convert(text).replaceAll('资讯', '信息');
}

// Numbering that starts headings and labels: 一、 （一） (1) 1. 1、 ①; removed from label keys.
const NUMBERING = /(?:第?[一二三四五六七八九十]{1,3}[、.,:]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、,](?!\d)|[①-⑳])/gu;
// Everything but letters and digits: brackets, quotes, punctuation.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The key a label is matched by: artifacts, white space, numbering, brackets and punctuation
 * removed, full-width folded. `（三）不予公开 1.属于国家秘密` → `不予公开属于国家秘密`.
 */
export function labelKey(text: string, traditional = false): string {
  return traditional ? traditionalLabelKey(text) : simplifiedLabelKey(text);
}

const keyOf = (text: string) => text.replace(NUMBERING, '').replace(NON_WORD, '');
const simplifiedLabelKey = memoize((text: string) => keyOf(compact(stripArtifacts(text))), { maxLength: 120 });
const traditionalLabelKey = memoize((text: string) => keyOf(toSimplified(compact(stripArtifacts(text)))), { maxLength: 120 });
