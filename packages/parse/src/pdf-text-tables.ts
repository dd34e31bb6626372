import type { PdfTextRun } from './pdf-content.js';
import { splitRunAt, type FragmentCell, type TableFragment } from './pdf-grid.js';
import { buildLines, type PdfLine } from './pdf-lines.js';

/**
 * Tables without borders (or with too few of them), from text positions alone. A run of lines
 * with several columns of text and numbers is a table region; its value columns are where the
 * numbers line up, its label columns where the text left of them stands. Each line with values is
 * a row; a label spread over several lines (wrapped in a narrow column, or centred on a tall row
 * so that the values sit beside its middle line) joins the row it belongs to: a line starts a new
 * label unless the label above it in the same column filled the column's width, as a wrapped line
 * does, and a label above its values takes the first row of values below it.
 */

/** A gap this wide (in ems) between two runs on a line separates columns. */
const COLUMN_GAP = 0.5;
/** Lines further apart than this (in ems) are not in the same table. */
const REGION_GAP = 4;
/** Numbers whose centres are within this many ems stand in the same column. */
const VALUE_SNAP = 1.5;

const VALUE = /^(?:[-+]?[0-9０-９]+(?:[.,，．][0-9０-９]+)*%?|[-—–/／]|无)$/;

/** A stretch of a line's text between wide gaps. */
interface Chunk {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
  readonly runs: PdfTextRun[];
  readonly value: boolean;
}

interface TextLine {
  readonly line: PdfLine;
  readonly chunks: Chunk[];
}

/** Finds borderless tables among a page's lines; returns them and the lines left over. */
export function findTextTables(lines: readonly PdfLine[]): { tables: TableFragment[]; lines: PdfLine[] } {
  const text = lines.map((line): TextLine => ({ line, chunks: chunksOf(line) }));
  const tables: TableFragment[] = [];
  const used = new Set<PdfLine>();
  for (const region of regionsOf(text)) {
    const table = tableOf(region);
    if (!table) continue;
    tables.push(table);
    for (const t of region) used.add(t.line);
  }
  return { tables, lines: lines.filter((line) => !used.has(line)) };
}

function chunksOf(line: PdfLine): Chunk[] {
  // Numbers a run holds side by side ("0 0 0") are separate cells.
  const runs = line.runs.flatMap(splitNumbers);
  const chunks: Chunk[] = [];
  let current: PdfTextRun[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const text = current.map((r) => r.text).join('').trim();
    const x1 = Math.max(...current.map((r) => r.x + r.width));
    chunks.push({ x0: current[0]!.x, x1, text, runs: current, value: VALUE.test(text.replace(/\s+/g, '')) });
    current = [];
  };
  for (const run of runs) {
    const last = current[current.length - 1];
    if (last && run.x - (last.x + last.width) > COLUMN_GAP * Math.max(run.size, last.size)) flush();
    current.push(run);
  }
  flush();
  return chunks;
}

function splitNumbers(run: PdfTextRun): PdfTextRun[] {
  const text = run.text.trim();
  if (!/^[0-9０-９.,，\s]+$/.test(text) || !/\s/.test(text)) return [run];
  const pieces: PdfTextRun[] = [];
  let rest: PdfTextRun = run;
  for (;;) {
    const space = rest.text.trimStart().search(/\s/);
    if (space < 0) break;
    const offset = rest.text.length - rest.text.trimStart().length + space;
    const share = rest.width * ((offset + 0.5) / rest.text.length);
    const cut = splitRunAt(rest, rest.x + share);
    if (cut.length < 2) break;
    pieces.push(cut[0]!);
    rest = { ...cut[1]!, text: cut[1]!.text.trimStart() };
  }
  pieces.push(rest);
  return pieces.filter((p) => p.text.trim() !== '');
}

/**
 * Whether the text of one ruled cell holds what belongs in several: two numbers, or a number and
 * words (`结果维持` over `0`). Such a "cell" is a table ruled only in part (inner borders left
 * out), whose columns must come from the text.
 */
export function holdsSeveralCells(runs: readonly PdfTextRun[], page: number): boolean {
  let values = 0;
  let words = 0;
  for (const line of buildLines(runs, page)) {
    for (const chunk of chunksOf(line)) {
      if (chunk.value) values++;
      else words++;
      if (values >= 2 || (values >= 1 && words >= 1)) return true;
    }
  }
  return false;
}

const isTabular = (t: TextLine): boolean => t.chunks.length >= 2;
const hasValues = (t: TextLine): boolean => t.chunks.length >= 2 && t.chunks.some((c) => c.value);

// A part heading (`四、政府信息公开行政复议、行政诉讼情况`) ends a table even when close below it.
const HEADING = /^(?:[一二三四五六七八九十]{1,2}|\d{1,2})、\s*\S{8,}/;

/**
 * Table regions: lines chained by gaps of a few ems at most, stopped by a heading, from the first
 * line with columns to the last (with the header lines above and label lines below that belong),
 * holding a row of values and one more line with columns (a header or more values). Lines between
 * (wrapped labels) belong to the region.
 */
function regionsOf(lines: readonly TextLine[]): TextLine[][] {
  const regions: TextLine[][] = [];
  let chain: TextLine[] = [];
  const close = (): void => {
    let first = chain.findIndex(isTabular);
    let last = chain.length - 1;
    while (last >= 0 && !isTabular(chain[last]!)) last--;
    // Header lines above the first line with columns (申请人情况 over the applicant columns) and a
    // label's last lines below the last are the table's; a paragraph or a heading is not: another
    // size, or as wide as the text.
    const tabular = chain[first];
    if (tabular) {
      const columned = chain.filter(isTabular);
      const width = Math.max(...columned.map((t) => t.line.x1)) - Math.min(...columned.map((t) => t.line.x0));
      const belongs = (t: TextLine): boolean =>
        Math.abs(t.line.size - tabular.line.size) <= 0.1 * tabular.line.size && !HEADING.test(t.line.text) && t.line.x1 - t.line.x0 <= 0.7 * width;
      while (first > 0 && belongs(chain[first - 1]!)) first--;
      while (last + 1 < chain.length && belongs(chain[last + 1]!)) last++;
    }
    const region = first < 0 ? [] : chain.slice(first, last + 1);
    chain = [];
    // Rows of values, with a header or another row of values to show the columns.
    if (region.some(hasValues) && region.filter(isTabular).length >= 2) regions.push(region);
  };
  for (const t of lines) {
    const previous = chain[chain.length - 1];
    const tableSize = chain.find(isTabular)?.line.size;
    const breaks =
      previous !== undefined &&
      (t.line.y - previous.line.y > REGION_GAP * previous.line.size ||
        (!isTabular(t) && (HEADING.test(t.line.text) || (tableSize !== undefined && Math.abs(t.line.size - tableSize) > 0.1 * tableSize))));
    if (breaks) close();
    chain.push(t);
  }
  close();
  return regions;
}

/** Centres of value chunks, clustered: the value columns, left to right. */
function valueColumns(region: readonly TextLine[]): { left: number; right: number; centre: number }[] {
  const spots = region
    .flatMap((t) => (hasValues(t) ? t.chunks.filter((c) => c.value) : []))
    .map((c) => ({ centre: (c.x0 + c.x1) / 2, left: c.x0, right: c.x1, size: c.runs[0]?.size ?? 10 }))
    .sort((a, b) => a.centre - b.centre);
  const columns: { left: number; right: number; centre: number; n: number }[] = [];
  for (const spot of spots) {
    const last = columns[columns.length - 1];
    if (last && spot.centre - last.centre / last.n <= VALUE_SNAP * spot.size) {
      last.centre += spot.centre;
      last.n++;
      last.left = Math.min(last.left, spot.left);
      last.right = Math.max(last.right, spot.right);
    } else columns.push({ centre: spot.centre, left: spot.left, right: spot.right, n: 1 });
  }
  return columns.map((c) => ({ left: c.left, right: c.right, centre: c.centre / c.n }));
}

// Numbering that starts a label: 一、 （一） 1. 1、; such a line never continues the one above.
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

interface Label {
  readonly column: number;
  readonly chunks: Chunk[];
  row: RowDraft | null;
  /** Baseline of its first and last line. */
  readonly y: number;
  lastY: number;
}

interface RowDraft {
  readonly y: number;
  readonly labels: Label[];
  /** Chunks in the value area, by value column. */
  readonly values: Map<number, Chunk[]>;
}

function tableOf(region: readonly TextLine[]): TableFragment | null {
  const values = valueColumns(region);
  if (values.length === 0) return null;
  const size = region[0]!.line.size;
  const labelLimit = Math.min(...values.map((v) => v.left)) - 0.5 * size;
  // Value columns meet halfway between neighbours.
  const valueBounds = values.slice(1).map((v, k) => (values[k]!.right + v.left) / 2);
  const valueColumnOf = (chunk: Chunk): number => {
    const centre = (chunk.x0 + chunk.x1) / 2;
    const k = valueBounds.findIndex((bound) => centre < bound);
    return k < 0 ? values.length - 1 : k;
  };
  const inLabelArea = (c: Chunk): boolean => (c.x0 + c.x1) / 2 < labelLimit;

  const columns = labelColumns(region.flatMap((t) => t.chunks.filter(inLabelArea)), size);
  const labelColumnOf = (chunk: Chunk): number => {
    const k = columns.findIndex((c) => chunk.x1 > c.x0 + 0.5 * size && chunk.x0 < c.x1 - 0.5 * size);
    return k < 0 ? 0 : k;
  };
  // A label line that reaches its column's right side (within an em and a half) may wrap on.
  const fills = (chunk: Chunk, column: number): boolean => chunk.x1 >= columns[column]!.x1 - 1.5 * size;

  const rows: RowDraft[] = [];
  const open = new Map<number, Label>();
  const pending: Label[] = [];
  let seenValues = false;
  for (const t of region) {
    const valueChunks = t.chunks.filter((c) => !inLabelArea(c));
    const labelChunks = t.chunks.filter(inLabelArea);
    // Header rows name the value columns: text above them before any values.
    const header = !seenValues && valueChunks.length > 0 && !valueChunks.some((c) => c.value);
    let row: RowDraft | null = null;
    if (valueChunks.length > 0 || header) {
      row = { y: t.line.y, labels: [], values: new Map() };
      for (const chunk of valueChunks) {
        const k = valueColumnOf(chunk);
        (row.values.get(k) ?? row.values.set(k, []).get(k)!).push(chunk);
      }
      rows.push(row);
      if (valueChunks.some((c) => c.value)) seenValues = true;
      // Labels waiting above a header row (the note over table 3's header) are header text too.
      if (header) for (const label of pending.splice(0)) if (!label.row) rows.push(rowOf(label));
    }
    for (const chunk of labelChunks) {
      const column = labelColumnOf(chunk);
      const previous = open.get(column);
      // A wrapped label: the line above in this column filled it, and is just above.
      if (
        previous &&
        !header &&
        !NUMBERED.test(chunk.text) &&
        fills(previous.chunks[previous.chunks.length - 1]!, column) &&
        t.line.y - previous.lastY <= 2.5 * size
      ) {
        previous.chunks.push(chunk);
        previous.lastY = t.line.y;
        if (!previous.row && row) attach(previous, row);
        continue;
      }
      const label: Label = { column, chunks: [chunk], row: null, y: t.line.y, lastY: t.line.y };
      // A label still waiting in this column never gets values: a row of its own (blank values).
      if (previous && !previous.row) rows.push(rowOf(previous));
      open.set(column, label);
      if (row) attach(label, row);
      else pending.push(label);
    }
    // Labels above their values (centred on a taller row) take the first row of values below them.
    if (row && !header) for (const label of pending.splice(0)) if (!label.row) attach(label, row);
  }
  // Labels that never met values are rows whose values are all blank.
  for (const label of pending) if (!label.row) rows.push(rowOf(label));
  if (rows.length < 2) return null;
  rows.sort((a, b) => a.y - b.y);

  const xs = [...columns.map((c) => c.x0), labelLimit, ...valueBounds, Math.max(...values.map((v) => v.right)) + 1];
  if (xs.some((x, k) => k > 0 && x <= xs[k - 1]!)) return null; // columns overlap: not a table after all
  const labelCount = columns.length;
  const width = xs.length - 1;
  const cells: FragmentCell[] = [];
  rows.forEach((row, r) => {
    const byColumn = new Map<number, PdfTextRun[]>();
    for (const label of row.labels) {
      const runs = byColumn.get(label.column) ?? byColumn.set(label.column, []).get(label.column)!;
      for (const chunk of label.chunks) runs.push(...chunk.runs);
    }
    for (const [k, chunks] of row.values) byColumn.set(labelCount + k, chunks.flatMap((c) => c.runs));
    for (let c = 0; c < width; c++) cells.push({ r0: r, r1: r, c0: c, c1: c, runs: byColumn.get(c) ?? [] });
  });
  // One band per row: its top is the row's first baseline (what orders it among the page's blocks).
  const ys = [...rows.map((row) => row.y), rows[rows.length - 1]!.y + 1];
  return { page: region[0]!.line.page, xs, ys, cells, ruled: false };
}

/**
 * The label area's columns. Narrow chunks are placed first and set the columns; a chunk that
 * overlaps two columns spans them (a label merged across, `一、本年新收…` over all three) and sets
 * nothing. Works for left-aligned and centred labels alike.
 */
function labelColumns(chunks: readonly Chunk[], size: number): { x0: number; x1: number }[] {
  const columns: { x0: number; x1: number }[] = [];
  const overlaps = (chunk: Chunk, c: { x0: number; x1: number }): boolean => chunk.x1 > c.x0 + 0.5 * size && chunk.x0 < c.x1 - 0.5 * size;
  for (const chunk of [...chunks].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0))) {
    const hit = columns.filter((c) => overlaps(chunk, c));
    if (hit.length === 0) columns.push({ x0: chunk.x0, x1: chunk.x1 });
    else if (hit.length === 1) {
      hit[0]!.x0 = Math.min(hit[0]!.x0, chunk.x0);
      hit[0]!.x1 = Math.max(hit[0]!.x1, chunk.x1);
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

function rowOf(label: Label): RowDraft {
  const row: RowDraft = { y: label.y, labels: [], values: new Map() };
  attach(label, row);
  return row;
}

function attach(label: Label, row: RowDraft): void {
  label.row = row;
  row.labels.push(label);
}
