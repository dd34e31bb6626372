import { Converter } from 'opencc-js/t2cn';

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

/**
 * Full-width ASCII to half-width, other look-alikes (〔〕【】﹝﹞, dashes, minus) to one form, white
 * space removed. `（１）　３，７４６` → `(1)3,746`.
 */
export function compact(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      changed = true;
      continue;
    }
    let mapped = code;
    if (code >= 0xff01 && code <= 0xff5e) mapped = code - 0xfee0;
    else if (code === 0x3014 || code === 0x3010 || code === 0xfe5d || code === 0x3016) mapped = 0x28; // 〔【﹝〖 → (
    else if (code === 0x3015 || code === 0x3011 || code === 0xfe5e || code === 0x3017) mapped = 0x29;
    else if (code === 0x2212 || code === 0x2010 || code === 0x2011) mapped = 0x2d; // minus, hyphens → -
    else if (code === 0x3002 || code === 0xff61) mapped = 0x3002; // keep 。
    if (mapped !== code) changed = true;
    out += mapped === code ? text[i] : String.fromCharCode(mapped);
  }
  return changed ? out : text;
}

// Characters frequent in these reports that exist only in Traditional script.
const TRADITIONAL_MARKERS = /[資訊開報與處這項數請復議訴結總計關於務機體據區縣條規辦會應發實點轉屬現經類]/g;

/** Whether a document is written in Traditional characters (enough Traditional-only characters seen). */
export function looksTraditional(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let count = 0;
  TRADITIONAL_MARKERS.lastIndex = 0;
  while (TRADITIONAL_MARKERS.exec(sample)) if (++count >= 8) return true;
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
  let key = compact(stripArtifacts(text));
  if (traditional) key = toSimplified(key);
  return key.replace(NUMBERING, '').replace(NON_WORD, '');
}
