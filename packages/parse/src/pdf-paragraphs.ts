import type { PageLines } from './pdf-furniture.js';
import type { PdfLine } from './pdf-lines.js';
import { joinWrapped } from './pdf-text.js';
import type { ParagraphBlock } from './source-document.js';

/**
 * Lines into paragraphs. A PDF has lines, not paragraphs; a paragraph ends where the next line is
 * indented past this one, this line stops short of the right edge, the type size changes, the gap
 * to the next line is wider than the usual line pitch, or the next line starts with a heading's
 * numbering (`二、`, `（三）`). Headings thus come out as paragraphs of their own.
 */

// Numbering that starts a heading or a list item: 一、 （一） (1) 1、 第一章.
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}、|第[一二三四五六七八九十]+[章节条部分])/;

/** Where a page's lines end and start. */
interface PageMeasure {
  readonly right: number;
  readonly left: number;
}

/**
 * Measures the document's pages (after page furniture is gone) and returns the reader that makes
 * paragraph blocks from consecutive lines (no table between them), in order.
 */
export function paragraphReader(pages: readonly PageLines[]): (lines: readonly PdfLine[]) => ParagraphBlock[] {
  const measure = measurePages(pages);
  const pitch = linePitch(pages);
  const body = bodySize(pages);
  const lineNumbers = new Map<PdfLine, number>();
  for (const { lines: pageLines } of pages) pageLines.forEach((line, k) => lineNumbers.set(line, k + 1));
  return (lines) => paragraphsOf(lines, { measure, pitch, body }, lineNumbers);
}

/** How the document is set. */
interface Setting {
  readonly measure: ReadonlyMap<number, PageMeasure>;
  /** Usual baseline distance, in ems. */
  readonly pitch: number;
  /** The body text's font size. */
  readonly body: number;
}

function paragraphsOf(lines: readonly PdfLine[], setting: Setting, lineNumbers: ReadonlyMap<PdfLine, number>): ParagraphBlock[] {
  const blocks: ParagraphBlock[] = [];
  let current: PdfLine[] = [];
  const flush = (): void => {
    const first = current[0];
    if (!first) return;
    const text = joinWrapped(current.map((l) => l.text));
    const line = lineNumbers.get(first);
    if (text !== '') blocks.push({ kind: 'paragraph', text, location: line === undefined ? { page: first.page } : { page: first.page, line } });
    current = [];
  };
  for (const line of lines) {
    const previous = current[current.length - 1];
    if (previous && breaksBefore(previous, line, setting)) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

function breaksBefore(previous: PdfLine, line: PdfLine, { measure, pitch, body }: Setting): boolean {
  const size = previous.size;
  if (Math.abs(line.size - size) > 0.15 * size) return true;
  if (NUMBERED.test(line.text)) return true;
  const here = measure.get(previous.page);
  // A line that stops short of the right edge ends its paragraph.
  if (!here || previous.x1 < here.right - 1.5 * size) return true;
  if (line.page !== previous.page) {
    // Over a page break only a flush-left line continues a full one.
    const there = measure.get(line.page);
    return !there || line.x0 > there.left + 0.5 * size;
  }
  if (line.y - previous.y > (pitch + 0.6) * size) return true;
  // A title in large type wraps onto a centred line.
  if (size > 1.15 * body && isCentred(line, here)) return false;
  // An indented line after a full one starts a paragraph (the first-line indent).
  return line.x0 > previous.x0 + 0.8 * size;
}

function isCentred(line: PdfLine, page: PageMeasure): boolean {
  const before = line.x0 - page.left;
  const after = page.right - line.x1;
  return before > line.size && Math.abs(before - after) <= line.size;
}

/** The font size most of the text is set in. */
function bodySize(pages: readonly PageLines[]): number {
  const chars = new Map<number, number>();
  for (const { lines } of pages) for (const line of lines) chars.set(Math.round(line.size * 2) / 2, (chars.get(Math.round(line.size * 2) / 2) ?? 0) + line.text.length);
  let best = 12;
  let most = 0;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}

/** The usual distance between baselines, in ems (median over consecutive lines of one size). */
function linePitch(pages: readonly PageLines[]): number {
  const gaps: number[] = [];
  for (const { lines } of pages) {
    for (let k = 1; k < lines.length; k++) {
      const a = lines[k - 1]!;
      const b = lines[k]!;
      if (Math.abs(a.size - b.size) > 0.1 * a.size) continue;
      const gap = (b.y - a.y) / a.size;
      if (gap >= 1 && gap <= 3.5) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return 1.5;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/**
 * Each page's right edge (where full lines end: the furthest end reached by two lines or more) and
 * left edge (the leftmost start). Pages with too few lines borrow the document's.
 */
function measurePages(pages: readonly PageLines[]): Map<number, PageMeasure> {
  const rightOf = (lines: readonly PdfLine[]): number | undefined => {
    const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
    for (let k = 0; k + 1 < ends.length; k++) if (ends[k]! - ends[k + 1]! <= 2) return ends[k]!;
    return ends[0];
  };
  const all = pages.flatMap((p) => p.lines);
  const documentRight = rightOf(all) ?? 0;
  const documentLeft = Math.min(...all.map((l) => l.x0));
  const measures = new Map<number, PageMeasure>();
  for (const { page, lines } of pages) {
    const enough = lines.length >= 4;
    measures.set(page, {
      right: (enough ? rightOf(lines) : undefined) ?? documentRight,
      left: enough ? Math.min(...lines.map((l) => l.x0)) : documentLeft,
    });
  }
  return measures;
}
