import { memoize } from './memo.js';
import { compact, stripArtifacts } from './normalize-text.js';

/**
 * How a cell's text reads as a number:
 * - `number`: plain digits (possibly full-width, with spaces or thousands separators);
 * - `number-reformatted`: a number written with a unit (`5件`) or in Chinese numerals (`五`);
 * - `blank`: nothing written;
 * - `placeholder`: a mark standing for "nothing" (`/`, `—`, `-`, `无`);
 * - `text`: words where a number belongs.
 */
export type CellReadingKind = 'number' | 'number-reformatted' | 'blank' | 'placeholder' | 'text';

/** A cell's text read as a number; `value` is null unless `kind` is a number kind. */
export interface CellReading {
  readonly kind: CellReadingKind;
  readonly value: number | null;
}

const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLACEHOLDER = /^(?:[/\\*×xX]|-+|[—–─―]+|无|空|暂无|未填)$/;
const WITH_UNIT = /^([+-]?\d+(?:\.\d+)?)(?:件|条|个|项|次|起|万元|元|份)$/;
const CHINESE_NUMERAL = /^[零〇一二两三四五六七八九十百千]+$/;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Chinese numeral below 10,000: `十二` → 12, `一百零五` → 105, `二〇二三` → 2023 (digit by digit). */
export function chineseNumeralValue(text: string): number | null {
  if (!CHINESE_NUMERAL.test(text)) return null;
  if (![...text].some((ch) => ch in UNITS)) {
    // Digit by digit, as years are written: 二〇二三.
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** Reads a table cell's text as a number, saying how it read. */
export const readCellValue: (raw: string) => CellReading = memoize(readCellValueOnce);

function readCellValueOnce(raw: string): CellReading {
  const text = compact(stripArtifacts(raw));
  if (text === '') return { kind: 'blank', value: null };
  if (PLAIN_NUMBER.test(text)) return { kind: 'number', value: Number(text) };
  if (GROUPED_NUMBER.test(text)) return { kind: 'number', value: Number(text.replaceAll(',', '')) };
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder', value: null };
  const withUnit = WITH_UNIT.exec(text);
  if (withUnit) return { kind: 'number-reformatted', value: Number(withUnit[1]) };
  const numeral = chineseNumeralValue(text);
  if (numeral !== null) return { kind: 'number-reformatted', value: numeral };
  return { kind: 'text', value: null };
}

/** Whether a cell's text is something that stands where a number belongs (a number, blank or placeholder). */
export function isValueLike(raw: string): boolean {
  return readCellValue(raw).kind !== 'text';
}
