import type { Diagnostic, SourceLocation } from '@nianbao/core';
import type { Block, ParagraphBlock, SourceDocument, TableCell, TableRow } from './source-document.js';
import { stripArtifacts } from './normalize-text.js';

/**
 * Plain text (and Markdown) into a {@link SourceDocument}. Real reports reach us in several text
 * layouts, all handled by one line-by-line pass:
 *
 * - tab-separated rows, one line per table row (Word "save as text" of some tables);
 * - one cell per line, each cell line led by a tab, a blank line between rows, a long label's
 *   second half on an untabbed line of its own (Word/WPS text export);
 * - ` | `-separated rows as web pages render, with filler cells `||`, `|||`, and GFM tables;
 * - a row's cells on separate lines divided by lines holding a lone `|`.
 */

export interface TextAdapterOptions {
  /** Read Markdown syntax: `#` headings, emphasis markers, GFM table separator rows. */
  readonly markdown?: boolean;
  /**
   * Whether a line is a section heading, which never continues a table cell. The template reader
   * passes its part-heading matcher; by default a line numbered `一、` or `5、` counts.
   */
  readonly isHeading?: (line: string) => boolean;
}

type LineKind = 'blank' | 'stacked-cell' | 'tab-row' | 'pipe-row' | 'lone-pipe' | 'separator' | 'text';

const GFM_SEPARATOR = /^[ \u3000]*\|?[ \u3000]*:?-{2,}:?[ \u3000]*(?:\|[ \u3000]*:?-{2,}:?[ \u3000]*)*\|?[ \u3000]*$/;
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const MARKDOWN_EMPHASIS = /\*\*|__|(?<![\w*])\*(?!\s)|`/g;
// GFM table cells break lines with `<br>`; same length as the tag keeps columns right.
const HTML_BREAK = /<br\s*\/?>/gi;
const MARKDOWN_QUOTE_OR_BULLET = /^ {0,3}(?:>+ ?|[-*+][ \t]+)/;
// A label's second half, alone on an untabbed line right after its cell: short, and not a heading.
const CONTINUATION_MAX = 40;
const HEADING_LIKE = /^[ \u3000]*(?:[一二三四五六七八九十]{1,2}|\d{1,2})、/;
const headingLike = (line: string) => HEADING_LIKE.test(line);

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x09;
}

/** What a line is, by a single scan; regular expressions only for the rare pipe lines. */
function classify(line: string, markdown: boolean): LineKind {
  let tabs = 0;
  let pipes = 0;
  let content = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x09) tabs++;
    else if (code === 0x7c || code === 0xff5c) pipes++;
    else if (!isBlankCode(code)) content++;
  }
  if (tabs > 0) {
    if (content === 0 && pipes === 0 && line.charCodeAt(0) !== 0x09) return 'blank';
    if (line.charCodeAt(0) === 0x09 && tabs === 1) return 'stacked-cell';
    return 'tab-row';
  }
  if (pipes === 0) {
    if (content === 0) return 'blank';
    return markdown && GFM_SEPARATOR.test(line) ? 'separator' : 'text';
  }
  if (pipes === 1 && content === 0) return 'lone-pipe';
  return GFM_SEPARATOR.test(line) ? 'separator' : 'pipe-row';
}

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isTrimmable(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function cellAt(line: string, lineNumber: number, start: number, end: number): TableCell {
  const [from, to] = trimmedSpan(line, start, end);
  return { text: stripArtifacts(line.slice(from, to)).trim(), location: { line: lineNumber, column: from + 1 } };
}

/** Splits a line at every occurrence of a separator character, giving each piece its column. */
function splitCells(line: string, lineNumber: number, isSeparator: (code: number) => boolean): TableCell[] {
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || isSeparator(line.charCodeAt(i))) {
      cells.push(cellAt(line, lineNumber, start, i));
      start = i + 1;
    }
  }
  return cells;
}

const isTab = (code: number) => code === 0x09;
const isPipe = (code: number) => code === 0x7c || code === 0xff5c;

/**
 * Cells of a ` | ` row. The border pipes of `| a | b |` do not make cells of their own; without a
 * leading border (`a | b |`), a trailing pipe closes a filler cell as web pages render them.
 */
function pipeCells(line: string, lineNumber: number): TableCell[] {
  const cells = splitCells(line, lineNumber, isPipe);
  const trimmed = line.trim();
  if (cells.length > 1 && isPipe(trimmed.charCodeAt(0)) && cells[0]!.text === '') {
    cells.shift();
    if (cells.length > 1 && isPipe(trimmed.charCodeAt(trimmed.length - 1)) && cells[cells.length - 1]!.text === '') cells.pop();
  }
  return cells;
}

interface RowBuilder {
  cells: TableCell[];
  location: SourceLocation;
  /** In a lone-pipe row, whether the next text line starts a new cell. */
  afterPipe: boolean;
  mode: 'tab' | 'pipe';
}

/** Reads plain text or Markdown into paragraphs and table rows with line/column locations. */
export function readText(text: string, options: TextAdapterOptions = {}): SourceDocument {
  const markdown = options.markdown ?? false;
  const isHeading = options.isHeading ?? headingLike;
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let tableRows: TableRow[] | null = null;
  let stacked: RowBuilder | null = null;
  let previousKind: LineKind = 'blank';

  const closeRow = () => {
    if (stacked && stacked.cells.length > 0) addRow({ cells: stacked.cells, location: stacked.location });
    stacked = null;
  };
  const addRow = (row: TableRow) => {
    if (!tableRows) {
      tableRows = [];
      blocks.push({ kind: 'table', rows: tableRows, location: row.location });
    }
    tableRows.push(row);
  };
  const closeTable = () => {
    closeRow();
    tableRows = null;
  };
  const addParagraph = (paragraph: ParagraphBlock) => {
    closeTable();
    blocks.push(paragraph);
  };
  const appendToLastCell = (row: RowBuilder, addition: string) => {
    const last = row.cells[row.cells.length - 1];
    if (last) row.cells[row.cells.length - 1] = { ...last, text: last.text ? `${last.text}\n${addition}` : addition };
  };

  let lineNumber = 0;
  let position = 0;
  while (position <= text.length) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    let line = text.slice(position, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lineNumber++;
    const atEnd = end >= text.length;
    position = end + 1;
    if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);

    const kind = classify(line, markdown);
    switch (kind) {
      case 'blank':
        closeRow();
        break;
      case 'separator':
        break;
      case 'stacked-cell': {
        const activeRow: RowBuilder | null = stacked;
        if (!activeRow || activeRow.mode !== 'tab') {
          closeRow();
          stacked = { cells: [], location: { line: lineNumber, column: 1 }, afterPipe: false, mode: 'tab' };
        }
        stacked!.cells.push(cellAt(line, lineNumber, 1, line.length));
        break;
      }
      case 'tab-row':
        closeRow();
        addRow({ cells: splitCells(line, lineNumber, isTab), location: { line: lineNumber, column: 1 } });
        break;
      case 'pipe-row':
        closeRow();
        addRow({ cells: pipeCells(markdown ? line.replace(HTML_BREAK, '\n') : line, lineNumber), location: { line: lineNumber, column: 1 } });
        break;
      case 'lone-pipe': {
        const activeRow: RowBuilder | null = stacked;
        if (activeRow && activeRow.mode === 'pipe') {
          if (activeRow.afterPipe) activeRow.cells.push({ text: '', location: { line: lineNumber, column: 1 } });
          activeRow.afterPipe = true;
          break;
        }
        // The text lines just before were this row's first cell, read as paragraphs until now
        // (a long label wraps over several lines).
        const firstLines: ParagraphBlock[] = [];
        let expectedLine = lineNumber - 1;
        while (previousKind === 'text') {
          const last = blocks[blocks.length - 1];
          if (last?.kind !== 'paragraph' || last.location.line !== expectedLine) break;
          if (firstLines.length > 0 && (last.text.length > CONTINUATION_MAX || isHeading(last.text))) break;
          firstLines.unshift(last);
          blocks.pop();
          expectedLine--;
        }
        const first = firstLines[0];
        if (first) {
          // Those paragraphs closed the table this row belongs to: carry on with it.
          const before = blocks[blocks.length - 1];
          if (before?.kind === 'table' && !tableRows) tableRows = before.rows as TableRow[];
        }
        closeRow();
        stacked = {
          cells: first
            ? [{ text: firstLines.map((p) => p.text).join('\n'), location: first.location }]
            : [{ text: '', location: { line: lineNumber, column: 1 } }],
          location: first ? first.location : { line: lineNumber, column: 1 },
          afterPipe: true,
          mode: 'pipe',
        };
        if (!tableRows) {
          tableRows = [];
          blocks.push({ kind: 'table', rows: tableRows, location: stacked.location });
        }
        break;
      }
      case 'text': {
        const activeRow: RowBuilder | null = stacked;
        if (activeRow?.mode === 'pipe') {
          const cell = cellAt(line, lineNumber, 0, line.length);
          if (activeRow.afterPipe) activeRow.cells.push(cell);
          else appendToLastCell(activeRow, cell.text);
          activeRow.afterPipe = false;
          break;
        }
        const content = stripArtifacts(line).trim();
        if (
          activeRow?.mode === 'tab' &&
          previousKind === 'stacked-cell' &&
          content.length <= CONTINUATION_MAX &&
          !isHeading(content)
        ) {
          appendToLastCell(activeRow, content);
          break;
        }
        addParagraph(markdown ? markdownParagraph(line, lineNumber) : plainParagraph(line, lineNumber));
        break;
      }
    }
    previousKind = kind;
    if (atEnd) break;
  }
  closeTable();
  return { blocks: blocks.filter((b) => b.kind === 'table' || b.text !== ''), diagnostics };
}

function plainParagraph(line: string, lineNumber: number): ParagraphBlock {
  const [from, to] = trimmedSpan(line, 0, line.length);
  return { kind: 'paragraph', text: stripArtifacts(line.slice(from, to)).trim(), location: { line: lineNumber, column: from + 1 } };
}

function markdownParagraph(line: string, lineNumber: number): ParagraphBlock {
  const heading = MARKDOWN_HEADING.exec(line);
  const body = heading ? heading[2]! : line.replace(MARKDOWN_QUOTE_OR_BULLET, '');
  const text = stripArtifacts(body.replace(MARKDOWN_EMPHASIS, '')).trim();
  const column = Math.max(1, line.indexOf(text.slice(0, 1)) + 1);
  return heading
    ? { kind: 'paragraph', text, location: { line: lineNumber, column }, headingLevel: heading[1]!.length }
    : { kind: 'paragraph', text, location: { line: lineNumber, column } };
}
