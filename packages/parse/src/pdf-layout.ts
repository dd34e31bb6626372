import type { SourceLocation } from '@nianbao/core';
import type { PdfPageContent, PdfTextRun } from './pdf-content.js';
import { removeFurniture, type PageLines } from './pdf-furniture.js';
import { bandOf, cellAt, findGrids, placeRuns, snapPositions, type TableFragment } from './pdf-grid.js';
import { buildLines, type PdfLine } from './pdf-lines.js';
import { paragraphReader } from './pdf-paragraphs.js';
import { findTextTables, holdsSeveralCells } from './pdf-text-tables.js';
import { joinWrapped } from './pdf-text.js';
import type { Block, TableCell, TableRow } from './source-document.js';

/**
 * Turns the pages' text runs and rules into paragraphs and tables in reading order: bordered
 * tables from the rules, page furniture removed, borderless tables from text positions, the rest
 * into paragraphs; a table that runs over a page break is read as one.
 */
export function layoutPages(pages: readonly PdfPageContent[]): Block[] {
  const fragments: TableFragment[][] = [];
  const pageLines: PageLines[] = [];
  for (const content of pages) {
    const grids = findGrids(content.rules, content.page);
    const free = placeRuns(grids, content.runs);
    // A "table" whose cells hold pages of prose is a frame drawn around the text; one whose cells
    // hold several values each is ruled only in part. Their text is read as if unruled.
    const tables = grids.filter((grid) => {
      if (!isFrame(grid) && !grid.cells.some((cell) => holdsSeveralCells(cell.runs, content.page))) return true;
      for (const cell of grid.cells) free.push(...cell.runs);
      return false;
    });
    fragments.push(tables.filter((t) => t.cells.some((c) => c.runs.length > 0)));
    pageLines.push({ page: content.page, height: content.height, lines: buildLines(free, content.page) });
  }
  removeFurniture(pageLines);

  // Each page's content, top to bottom.
  const items: Item[] = [];
  pages.forEach((content, k) => {
    const found = findTextTables(pageLines[k]!.lines);
    const pageItems: Item[] = [
      ...found.lines.map((line): Item => ({ kind: 'line', line, top: line.y - line.size })),
      ...[...(fragments[k] ?? []), ...found.tables].map((fragment): Item => ({ kind: 'table', fragment, top: fragment.ys[0]! })),
    ];
    pageItems.sort((a, b) => a.top - b.top);
    items.push(...pageItems);
  });

  const paragraphsOf = paragraphReader(pageLines);
  const blocks: Block[] = [];
  let lines: PdfLine[] = [];
  let tableCount = 0;
  const flushLines = (): void => {
    blocks.push(...paragraphsOf(lines));
    lines = [];
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'line') {
      lines.push(item.line);
      continue;
    }
    flushLines();
    const run: TableFragment[] = [item.fragment];
    // The next page's table continues this one when nothing but a 续表 caption lies between.
    for (;;) {
      let next = i + 1;
      const between = items[next];
      if (between?.kind === 'line' && CONTINUED.test(between.line.text)) next++;
      const candidate = items[next];
      const last = run[run.length - 1]!;
      if (candidate?.kind !== 'table' || candidate.fragment.page !== last.page + 1 || !isLastOnPage(items, i) || !continues(last, candidate.fragment)) break;
      run.push(candidate.fragment);
      i = next;
    }
    tableCount++;
    const table = tableOf(run, tableCount);
    if (table) blocks.push(table);
  }
  flushLines();
  return blocks;
}

type Item = { kind: 'line'; line: PdfLine; top: number } | { kind: 'table'; fragment: TableFragment; top: number };

const CONTINUED = /^[（(]?续表/;

function isLastOnPage(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  const page = item.kind === 'line' ? item.line.page : item.fragment.page;
  const next = items[i + 1];
  return !next || (next.kind === 'line' ? next.line.page : next.fragment.page) !== page;
}

/**
 * Whether `next` (top of the following page) goes on with `previous`: the same outer edges; for
 * tables read from text, whose left edge is where the labels on that page happen to start, the
 * same right edge.
 */
function continues(previous: TableFragment, next: TableFragment): boolean {
  const left = Math.abs(previous.xs[0]! - next.xs[0]!);
  const right = Math.abs(previous.xs[previous.xs.length - 1]! - next.xs[next.xs.length - 1]!);
  if (previous.ruled !== next.ruled) return false;
  return right <= 4 && (left <= 4 || !previous.ruled);
}

const FRAME_TEXT = 300;

function isFrame(grid: TableFragment): boolean {
  return grid.cells.some((cell) => cell.runs.reduce((n, r) => n + r.text.length, 0) > FRAME_TEXT);
}

/** A cell's text: its lines joined as wrapped text. */
function cellText(runs: readonly PdfTextRun[], page: number): string {
  return joinWrapped(buildLines(runs, page).map((l) => l.text));
}

/**
 * The fragments of one table as a grid: columns are every column boundary any fragment has, so
 * that rows from all pages line up; a cell spanning bands gives its text to its top-left position
 * and `merged` to the others. Rows with no text at all (the tail of a cell cut by a page break) go.
 */
function tableOf(fragments: readonly TableFragment[], index: number): Block | null {
  const columns = snapPositions(fragments.flatMap((f) => f.xs));
  const width = columns.length - 1;
  const path = `table[${index}]`;
  const rows: TableRow[] = [];
  for (const fragment of fragments) {
    const texts = new Map(fragment.cells.map((cell) => [cell, cellText(cell.runs, fragment.page)]));
    // The fragment's column under the middle of each of the table's columns.
    const under = columns.slice(1).map((right, c) => bandOf(fragment.xs, (columns[c]! + right) / 2));
    for (let r = 0; r < fragment.ys.length - 1; r++) {
      const rowPath = `${path}/tr[${rows.length + 1}]`;
      const location: SourceLocation = { page: fragment.page, path: rowPath };
      const cells: TableCell[] = [];
      const started = new Set<object>();
      let hasText = false;
      for (let c = 0; c < width; c++) {
        const cell = cellAt(fragment, r, under[c]!);
        const cellLocation: SourceLocation = { page: fragment.page, path: `${rowPath}/td[${c + 1}]` };
        if (!cell) {
          cells.push({ text: '', location: cellLocation });
          continue;
        }
        if (cell.r0 === r && !started.has(cell)) {
          started.add(cell);
          const text = texts.get(cell) ?? '';
          if (text !== '') hasText = true;
          cells.push({ text, location: cellLocation });
        } else {
          started.add(cell);
          cells.push({ text: '', merged: true, location: cellLocation });
        }
      }
      if (hasText) rows.push({ cells, location });
    }
  }
  if (rows.length === 0) return null;
  return { kind: 'table', rows, location: { page: fragments[0]!.page, path } };
}
