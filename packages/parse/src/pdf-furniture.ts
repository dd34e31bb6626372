import type { PdfLine } from './pdf-lines.js';

/**
 * Page furniture: running headers and footers, page numbers. They sit in the top and bottom
 * margins and would otherwise land in the middle of paragraphs and tables that run over a page.
 */

/** Lines of one page, top to bottom, with the page's height. */
export interface PageLines {
  readonly page: number;
  readonly height: number;
  lines: PdfLine[];
}

/** How far into the page (fraction of its height, from the top and from the bottom) furniture sits. */
const MARGIN_ZONE = 0.13;
/** Lines at the same place on different pages are within this many points. */
const SAME_PLACE = 4;

// `3`, `- 3 -`, `—3—`, `第 3 页`, `第3页 共5页`, `共5页 第3页`, `3/5`, `Page 3 of 5`.
const PAGE_NUMBER = new RegExp(
  [
    String.raw`^[-—–－‒―~·•\s]*[0-9０-９]{1,3}[-—–－‒―~·•\s]*$`,
    String.raw`^第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?$`,
    String.raw`^共\s*[0-9０-９]{1,3}\s*页\s*[,，]?\s*第\s*[0-9０-９]{1,3}\s*页$`,
    String.raw`^[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}$`,
    String.raw`^(?:page|p\.)\s*[0-9]{1,3}(?:\s*(?:of|/)\s*[0-9]{1,3})?$`,
  ].join('|'),
  'i',
);

/** Whether a line's text is only a page number in one of the usual forms. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

const inMargin = (line: PdfLine, height: number): boolean => line.y - line.size < height * MARGIN_ZONE || line.y > height * (1 - MARGIN_ZONE);

/** Text with numbers blanked, so that `- 3 -` and `- 4 -` count as the same line. */
const furnitureKey = (text: string): string => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/**
 * Removes, in place, lines in the margins that repeat at the same height on at least half the pages
 * (two at least), and page numbers among the first and last two lines of a page.
 */
export function removeFurniture(pages: readonly PageLines[]): void {
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      if (!inMargin(line, height)) continue;
      const key = furnitureKey(line.text);
      (seen.get(key) ?? seen.set(key, []).get(key)!).push({ page, y: line.y });
    }
  }
  const repeated = (line: PdfLine): boolean => {
    const places = seen.get(furnitureKey(line.text));
    if (!places) return false;
    const pagesThere = new Set(places.filter((p) => Math.abs(p.y - line.y) <= SAME_PLACE).map((p) => p.page));
    return pagesThere.size >= minPages;
  };
  for (const entry of pages) {
    const { height, lines } = entry;
    const edges = new Set([lines[0], lines[1], lines[lines.length - 1], lines[lines.length - 2]]);
    entry.lines = lines.filter((line) => {
      if (!inMargin(line, height)) return true;
      if (repeated(line)) return false;
      return !(edges.has(line) && isPageNumber(line.text));
    });
  }
}
