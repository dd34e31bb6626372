/**
 * How many terminal columns text takes. Chinese, Japanese and Korean characters and full-width
 * forms take two, combining marks and format characters none, everything else one. Terminals
 * disagree only on East Asian "ambiguous" characters (“ ” · — ① …): one column in most, two in
 * CJK locales, so that is an option.
 */

/** Options for measuring text. */
export interface DisplayWidthOptions {
  /** Columns of East Asian ambiguous characters such as “ ” · — …: 1 in most terminals, 2 in CJK locales. Default 1. */
  readonly ambiguousWidth?: 1 | 2;
}

// Inclusive code point ranges, sorted. From Unicode's EastAsianWidth.txt (W and F), merged where
// the gaps hold nothing a report would contain.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII
  [0xffe0, 0xffe6], // full-width signs
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement and extensions, Nüshu
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f202],
  [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248],
  [0x1f250, 0x1f251],
  [0x1f260, 0x1f265],
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];

// East Asian ambiguous (A) characters met in Chinese text: Latin-1 signs, Greek and Cyrillic,
// dashes and quotes, ※, ℃, №, Roman numerals, arrows, circled numbers, geometric shapes.
const AMBIGUOUS: readonly (readonly [number, number])[] = [
  [0x00a7, 0x00a8],
  [0x00b0, 0x00b1],
  [0x00b7, 0x00b7],
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  [0x0391, 0x03a9],
  [0x03b1, 0x03c9],
  [0x0401, 0x0401],
  [0x0410, 0x044f],
  [0x0451, 0x0451],
  [0x2010, 0x2010],
  [0x2013, 0x2016],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2020, 0x2022],
  [0x2024, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2035, 0x2035],
  [0x203b, 0x203b],
  [0x203e, 0x203e],
  [0x2103, 0x2103],
  [0x2105, 0x2105],
  [0x2109, 0x2109],
  [0x2116, 0x2116],
  [0x2121, 0x2122],
  [0x2160, 0x216b],
  [0x2170, 0x2179],
  [0x2190, 0x2199],
  [0x2460, 0x24e9],
  [0x24eb, 0x254b],
  [0x2550, 0x2573],
  [0x2580, 0x258f],
  [0x2592, 0x2595],
  [0x25a0, 0x25a1],
  [0x25b2, 0x25b3],
  [0x25bc, 0x25bd],
  [0x25c6, 0x25c8],
  [0x25cb, 0x25cb],
  [0x25ce, 0x25d1],
  [0x2605, 0x2606],
  [0x2609, 0x2609],
  [0x2640, 0x2640],
  [0x2642, 0x2642],
];

function inRanges(code: number, ranges: readonly (readonly [number, number])[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (code < from) high = middle - 1;
    else if (code > to) low = middle + 1;
    else return true;
  }
  return false;
}

// Non-spacing and enclosing marks and format characters (zero-width space, joiners, BOM, soft hyphen).
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns one code point takes (`character` is that code point as a string). */
export function codePointWidth(code: number, character: string, ambiguousWidth: 1 | 2 = 1): 0 | 1 | 2 {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x300) {
    if (code === 0xad) return 0;
    return ambiguousWidth === 2 && code >= 0xa0 && inRanges(code, AMBIGUOUS) ? 2 : 1;
  }
  // Hangul medial vowels and final consonants join the syllable before them.
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return 0;
  if (ZERO_WIDTH.test(character)) return 0;
  if (inRanges(code, WIDE)) return 2;
  return ambiguousWidth === 2 && inRanges(code, AMBIGUOUS) ? 2 : 1;
}

/**
 * Columns `text` takes in a terminal: CJK and full-width characters 2, combining marks and
 * control/format characters 0, others 1 (ambiguous ones per `options`). Line breaks count 0; measure
 * one line at a time.
 */
export function displayWidth(text: string, options: DisplayWidthOptions = {}): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const ambiguous = options.ambiguousWidth ?? 1;
  let width = 0;
  for (const character of text) width += codePointWidth(character.codePointAt(0)!, character, ambiguous);
  return width;
}

/** Where text goes inside a wider space. */
export type Alignment = 'left' | 'right' | 'center';

/** Pads `text` with spaces to `width` columns (text already wider is returned as it is). */
export function padToWidth(text: string, width: number, alignment: Alignment = 'left', options: DisplayWidthOptions = {}): string {
  const room = width - displayWidth(text, options);
  if (room <= 0) return text;
  if (alignment === 'right') return ' '.repeat(room) + text;
  if (alignment === 'center') {
    const before = Math.floor(room / 2);
    return ' '.repeat(before) + text + ' '.repeat(room - before);
  }
  return text + ' '.repeat(room);
}
