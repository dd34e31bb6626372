/**
 * Numbers as annual reports write them in prose: Arabic digits (half- or full-width, optionally with
 * thousands commas) and Chinese numerals (一件, 十二件, 二十三件, 两件, 〇, 一百零五, 二〇二三).
 *
 * @module
 */

/**
 * A regex source for one number in prose, to compose into larger patterns. Arabic with thousands
 * commas comes first so `1,234` is read whole rather than as `234`.
 */
export const NUMBER_SOURCE = '(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)';

/** Characters a number is made of, for fillers that must not run over one (`[^${NUMBER_CHARS}]`). */
export const NUMBER_CHARS = '0-9０-９零〇一二两三四五六七八九十百千万';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const ARABIC = /^[0-9]+$/;
const ARABIC_GROUPED = /^[0-9]{1,3}(?:,[0-9]{3})+$/;
const POSITIONAL = /^[零〇一二两三四五六七八九]+$/;
const CHINESE = /^[零〇一二两三四五六七八九十百千万]+$/;

/** Full-width digits `０-９` as ASCII. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * The value of one number as written in prose, or `null` when the text is not a number.
 * `9`, `９`, `1,234`, `十二`, `二十三`, `两`, `一百零五`, `三万五千`, and digit by digit `二〇二三` (2023).
 */
export function parseProseNumber(text: string): number | null {
  const trimmed = toHalfWidthDigits(text.trim());
  if (ARABIC.test(trimmed)) return Number(trimmed);
  if (ARABIC_GROUPED.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (!CHINESE.test(trimmed)) return null;
  // Years and codes are read digit by digit: 二〇二三 = 2023. A single digit is just that digit.
  if (POSITIONAL.test(trimmed)) {
    let value = 0;
    for (const char of trimmed) value = value * 10 + (CHINESE_DIGITS[char] ?? 0);
    return value;
  }
  let total = 0; // whole 万 groups
  let section = 0; // below 万
  let digit: number | null = null;
  for (const char of trimmed) {
    const d = CHINESE_DIGITS[char];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三十: two digits in a row
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS[char];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit; // 十二 = 12: a bare 十 is one ten
      digit = null;
      continue;
    }
    // 万
    total += (section + (digit ?? (section === 0 ? 1 : 0))) * 10000;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}
