import { codePointWidth, displayWidth, type DisplayWidthOptions } from './display-width.js';

/**
 * Wrapping prose to a terminal width. Chinese breaks between any two characters; Latin words,
 * numbers, phone numbers and web addresses stay whole where they fit. Closing punctuation never
 * starts a line and opening punctuation never ends one (the usual 避头尾 rules), so `，` is pulled
 * down together with the character before it.
 */

// May not start a line.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—％‰·,.;:?!)]}%']);
// May not end a line.
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

interface Token {
  readonly text: string;
  readonly width: number;
  readonly space: boolean;
}

/**
 * Splits text into wrap units: one wide character, a run of narrow non-space characters (a Latin
 * word, a number, a web address, with their ASCII punctuation), or a run of spaces.
 */
function tokenize(text: string, options: DisplayWidthOptions): Token[] {
  const ambiguous = options.ambiguousWidth ?? 1;
  const tokens: Token[] = [];
  let run = '';
  let runWidth = 0;
  let runSpace = false;
  const flush = () => {
    if (run !== '') tokens.push({ text: run, width: runWidth, space: runSpace });
    run = '';
    runWidth = 0;
  };
  for (const character of text) {
    const width = codePointWidth(character.codePointAt(0)!, character, ambiguous);
    const space = character === ' ' || character === '\u3000';
    if (width === 0 && !space) {
      // A combining mark stays with the character before it.
      run += character;
      continue;
    }
    if (space) {
      if (!runSpace) flush();
      runSpace = true;
      run += character;
      runWidth += width;
    } else if (width === 2) {
      flush();
      runSpace = false;
      run = character;
      runWidth = width;
      flush();
    } else {
      if (runSpace) flush();
      runSpace = false;
      run += character;
      runWidth += width;
    }
  }
  flush();
  return tokens;
}

/** Breaks a token wider than a whole line into pieces that fit. */
function splitToken(token: Token, width: number, options: DisplayWidthOptions): Token[] {
  const pieces: Token[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const character of token.text) {
    const w = displayWidth(character, options);
    if (pieceWidth + w > width && piece !== '') {
      pieces.push({ text: piece, width: pieceWidth, space: false });
      piece = '';
      pieceWidth = 0;
    }
    piece += character;
    pieceWidth += w;
  }
  if (piece !== '') pieces.push({ text: piece, width: pieceWidth, space: false });
  return pieces;
}

const firstCharacter = (token: Token | undefined) => (token ? [...token.text][0] ?? '' : '');
const lastCharacter = (token: Token | undefined) => (token ? [...token.text].at(-1) ?? '' : '');

/**
 * Wraps one line of text to at most `width` display columns (see {@link displayWidth}). A width that
 * is not a positive finite number leaves the text whole. A single unbreakable character wider than
 * `width` still gets a line of its own.
 */
export function wrapText(text: string, width: number, options: DisplayWidthOptions = {}): string[] {
  if (!(width > 0) || !Number.isFinite(width) || displayWidth(text, options) <= width) return [text];
  const lines: Token[][] = [];
  let line: Token[] = [];
  let lineWidth = 0;
  const widthOf = (tokens: readonly Token[]) => tokens.reduce((sum, t) => sum + t.width, 0);
  const breakLine = (last = false) => {
    while (line.length > 0 && line[line.length - 1]!.space) line.pop();
    // Opening punctuation at the end of a line moves down with what it opens.
    const carried: Token[] = [];
    while (!last && line.length > 1 && NO_LINE_END.has(lastCharacter(line[line.length - 1]))) carried.unshift(line.pop()!);
    lines.push(line);
    line = carried;
    lineWidth = widthOf(carried);
  };

  const queue = tokenize(text, options);
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i]!;
    if (token.space) {
      if (line.length > 0) {
        line.push(token);
        lineWidth += token.width;
      }
      continue;
    }
    if (lineWidth + token.width <= width) {
      line.push(token);
      lineWidth += token.width;
      continue;
    }
    if (token.width > width) {
      if (line.length > 0) breakLine();
      const pieces = splitToken(token, width, options);
      queue.splice(i + 1, 0, ...pieces.slice(1));
      // Opening punctuation carried down cannot always stay with a piece that fills a whole line.
      if (line.length > 0 && lineWidth + pieces[0]!.width > width) breakLine(true);
      line.push(pieces[0]!);
      lineWidth += pieces[0]!.width;
      continue;
    }
    // Closing punctuation may not start the next line: take the character before it along.
    const carried: Token[] = [];
    if (NO_LINE_START.has(firstCharacter(token))) {
      while (line.length > 1 && !line[line.length - 1]!.space) {
        carried.unshift(line.pop()!);
        if (!NO_LINE_START.has(firstCharacter(carried[0]))) break;
      }
      lineWidth = widthOf(line);
    }
    breakLine();
    for (const t of carried) {
      line.push(t);
      lineWidth += t.width;
    }
    if (lineWidth + token.width > width && line.length > 0) breakLine();
    line.push(token);
    lineWidth += token.width;
  }
  if (line.length > 0) breakLine(true);
  return lines.map((tokens) => tokens.map((t) => t.text).join('')).filter((l, i, all) => l !== '' || all.length === 1);
}
