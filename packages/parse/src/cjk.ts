/**
 * Wide (East Asian) characters by UTF-16 code unit: CJK ideographs and punctuation, kana, full-width
 * forms, surrogates (CJK extensions), and the curly quotes, dashes and ellipsis Chinese text uses.
 * Chinese is written without spaces, so a line break or a space between two of these is no space
 * at all (CSS Text segment-break rules; pdf.js's spaced-out glyph runs).
 */
export function isWide(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe6f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2013 && c <= 0x2026) ||
    c === 0xb7
  );
}
