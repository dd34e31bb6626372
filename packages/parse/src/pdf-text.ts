/**
 * Text from positioned pieces: how runs on one line join, and the spaces pdf.js invents. A PDF
 * holds no spaces between Chinese characters, but pdf.js turns every gap wider than a sliver into
 * one — letter-spaced titles (`年 度 报 告`), justified lines, runs split by font changes, the
 * extra room typesetters leave around numbers and Latin words in Chinese text (`编制 2023 年度`) —
 * and these are taken out again. Spaces between Latin words and between numbers stay, and so does
 * a wide gap (a tab stop, a column of a table).
 */

import { isWide } from './cjk.js';

/** A piece of a line: its text and where it starts and ends. */
export interface LinePiece {
  readonly text: string;
  readonly x: number;
  readonly right: number;
  readonly size: number;
}


const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/** A gap wider than this (in ems) between pieces reads as a space, as pdf.js would put one. */
const SPACE_GAP = 0.25;
/** A gap this wide (ems) is kept as a space even beside Chinese: a tab stop, not tracking. */
const WIDE_GAP = 1.5;

/** Joins the pieces of one line, given left to right, and tidies the spaces. */
export function joinLine(pieces: readonly LinePiece[]): string {
  let out = '';
  let previous: LinePiece | undefined;
  for (const piece of pieces) {
    if (previous && out !== '') {
      const gap = piece.x - previous.right;
      const size = Math.max(previous.size, piece.size);
      const typed = isSpace(previous.text.charCodeAt(previous.text.length - 1)) || isSpace(piece.text.charCodeAt(0));
      // A wide gap is kept whatever surrounds it: a tab marks it until the spaces are tidied.
      if (gap > WIDE_GAP * size) out += '\t';
      else if (gap > SPACE_GAP * size || typed) out += ' ';
    }
    out += piece.text;
    previous = piece;
  }
  return tidySpaces(out);
}

/**
 * Joins a cell's or paragraph's wrapped lines: nothing between Chinese text (a wrap is no space),
 * a space between Latin words.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out !== '' && !isWide(lastVisible(out)) && !isWide(firstVisible(line))) out += ' ';
    out += line;
  }
  return out;
}

function lastVisible(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return 0x20;
}

function firstVisible(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return 0x20;
}

// A letter-spaced run: single characters each followed by one space, at least four of them.
const SPACED_OUT = /(?<![^\s])[^\s](?:[ \u3000][^\s]){3,}(?![^\s])/g;

const isAsciiWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Tidies spaces: a letter-spaced run with Chinese in it is closed up whole (`2 0 2 4 年 度 报 告` →
 * `2024年度报告`); spaces beside a Chinese character go when the other side is Chinese, a digit or
 * a Latin letter; other runs of spaces (and the tabs {@link joinLine} leaves for wide gaps) become
 * one space; ends trimmed.
 */
export function tidySpaces(text: string): string {
  let s = text.replace(/[\u00a0\u2000-\u200a]/g, ' ');
  if (s.includes(' ') || s.includes('\u3000')) {
    s = s.replace(SPACED_OUT, (run) => {
      // Typed text puts spaces around numbers (`2024 年 1 月`), never between two Chinese characters.
      let widePairs = 0;
      for (let i = 2; i < run.length; i += 2) if (isWide(run.charCodeAt(i - 2)) && isWide(run.charCodeAt(i))) widePairs++;
      return widePairs >= 2 ? run.replace(/[ \u3000]/g, '') : run;
    });
    s = s.replace(/[ \u3000]+/g, (spaces, at: number, whole: string) => {
      const before = whole.charCodeAt(at - 1);
      const after = whole.charCodeAt(at + spaces.length);
      const closes = (isWide(before) && (isWide(after) || isAsciiWord(after))) || (isAsciiWord(before) && isWide(after));
      return closes ? '' : ' ';
    });
  }
  return s.replace(/[\t ]+/g, ' ').trim();
}
