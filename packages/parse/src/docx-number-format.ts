const CHINESE_DIGITS = '〇一二三四五六七八九';
const CHINESE_UNITS = ['', '十', '百', '千'] as const;
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_UNITS = ['', '拾', '佰', '仟'] as const;
const LEGAL_TRADITIONAL_DIGITS = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 一, 十, 十一, 二十, 一百零一 … (legal style: 壹拾, 壹佰零壹). Past 9999, digit by digit. */
function chineseNumber(n: number, digits: string, units: readonly string[], legal: boolean): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return [...String(n)].map((d) => digits[Number(d)]).join('');
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0] === '〇' ? '零' : digits[0];
    zero = false;
    // 十一, not 一十一; legal numbering keeps the 壹.
    out += (d === 1 && i === 0 && s.length === 2 && !legal ? '' : digits[d]) + unit;
  }
  return out;
}

function digitByDigit(n: number, digits: string): string {
  return [...String(n)].map((d) => digits[Number(d)] ?? d).join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa …. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A code point from a run of enclosed numbers (①…⑳, ⑴…⒇), or plain digits outside it. */
function enclosed(n: number, ranges: readonly (readonly [from: number, to: number, first: number])[]): string {
  for (const [from, to, first] of ranges) if (n >= from && n <= to) return String.fromCodePoint(first + n - from);
  return String(n);
}

/** Renders a counter in a `w:numFmt` format; unknown formats as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return digitByDigit(n, '０１２３４５６７８９');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n === 0 ? '⓪' : enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]]);
    case 'decimalEnclosedFullstop':
      return enclosed(n, [[1, 20, 0x2488]]);
    case 'decimalEnclosedParen':
      return enclosed(n, [[1, 20, 0x2474]]);
    case 'ideographEnclosedCircle':
      return enclosed(n, [[1, 10, 0x3280]]);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n < 0 ? String(n) : chineseNumber(n, CHINESE_DIGITS, CHINESE_UNITS, false);
    case 'chineseLegalSimplified':
      return n < 0 ? String(n) : chineseNumber(n, LEGAL_DIGITS, LEGAL_UNITS, true);
    case 'ideographLegalTraditional':
      return n < 0 ? String(n) : chineseNumber(n, LEGAL_TRADITIONAL_DIGITS, LEGAL_UNITS, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n < 0 ? String(n) : digitByDigit(n, CHINESE_DIGITS);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
    case 'ideographZodiacTraditional':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12]! : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}
