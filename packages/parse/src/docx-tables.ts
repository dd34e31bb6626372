import type { Element } from '@xmldom/xmldom';
import type { TableCell, TableRow } from './source-document.js';
import { cellText } from './docx-cell-text.js';
import { warnOnce, type Context } from './docx-context.js';
import { cellsOf } from './docx-table-rows.js';
import { attr, child, intAttr } from './docx-xml.js';

/** Word's grid has at most 63 columns; spans past this are nonsense. */
const MAX_SPAN = 64;
/** Grid positions a document's tables may have in all; past this, spans are ignored, then rows dropped. */
const MAX_GRID_POSITIONS = 1_000_000;

function clampSpan(value: number | null, min: number): number {
  if (value === null || value < min) return min;
  return Math.min(value, MAX_SPAN);
}

type Merge = 'restart' | 'continue' | null;

function mergeOf(el: Element | null): Merge {
  if (!el) return null;
  return attr(el, 'val') === 'restart' ? 'restart' : 'continue';
}

interface CellSpec {
  readonly text: string;
  readonly span: number;
  readonly vMerge: Merge;
  readonly hMerge: Merge;
}

interface RowSpec {
  readonly before: number;
  readonly after: number;
  readonly cells: readonly CellSpec[];
}

export function buildGrid(rows: readonly Element[], tablePath: string, ctx: Context): TableRow[] {
  // Cell text is read first, row by row: numbering counts in document order.
  const specs: RowSpec[] = rows.map((tr) => {
    const trPr = child(tr, 'trPr');
    return {
      before: clampSpan(intAttr(child(trPr, 'gridBefore'), 'val'), 0),
      after: clampSpan(intAttr(child(trPr, 'gridAfter'), 'val'), 0),
      cells: cellsOf(tr).map((tc): CellSpec => {
        const tcPr = child(tc, 'tcPr');
        return {
          text: cellText(tc, ctx),
          span: clampSpan(intAttr(child(tcPr, 'gridSpan'), 'val'), 1),
          vMerge: mergeOf(child(tcPr, 'vMerge')),
          hMerge: mergeOf(child(tcPr, 'hMerge')),
        };
      }),
    };
  });

  const withSpans = specs.reduce((sum, row) => sum + row.before + row.after + row.cells.reduce((s, cell) => s + cell.span, 0), 0);
  const useSpans = ctx.positions + withSpans <= MAX_GRID_POSITIONS;
  if (!useSpans) {
    warnOnce(ctx, {
      code: 'docx/table-too-large',
      severity: 'warning',
      message: '表格的合并单元格展开后过大，已忽略合并，按原样逐行读取',
      messageEn: 'A table would be too large with its merged cells expanded; spans are ignored and rows read as written',
      location: { path: tablePath },
    });
  }

  const grid: TableCell[][] = [];
  /** The cell each grid position belongs to (itself, or the origin of the merge covering it). */
  const owners: (TableCell | undefined)[][] = [];
  for (let r = 0; r < specs.length; r++) {
    const spec = specs[r]!;
    const rowCost = useSpans ? spec.before + spec.after + spec.cells.reduce((s, cell) => s + cell.span, 0) : spec.cells.length;
    if (ctx.positions + rowCost > MAX_GRID_POSITIONS) break; // only a hostile file gets here
    ctx.positions += rowCost;
    const rowPath = `${tablePath}/tr[${r + 1}]`;
    const line: TableCell[] = [];
    const own: (TableCell | undefined)[] = [];
    const filler = (): void => {
      line.push({ text: '', location: { path: `${rowPath}/td[${line.length + 1}]` } });
      own.push(undefined);
    };
    const cover = (origin: TableCell): void => {
      line.push({ text: '', merged: true, location: origin.location });
      own.push(origin);
    };
    if (useSpans) for (let k = 0; k < spec.before; k++) filler();
    /** The cell a legacy horizontal merge (`hMerge` continue) extends. */
    let last: TableCell | undefined;
    for (const cell of spec.cells) {
      const span = useSpans ? cell.span : 1;
      const c = line.length;
      const above = owners[r - 1]?.[c];
      if (useSpans && cell.vMerge === 'continue' && above) {
        // Word shows only the first cell of a vertical merge; a continuing cell's own text is not shown.
        for (let d = 0; d < span; d++) cover(owners[r - 1]?.[c + d] ?? above);
        last = above;
      } else if (useSpans && cell.hMerge === 'continue' && last) {
        for (let d = 0; d < span; d++) cover(last);
      } else {
        const origin: TableCell = { text: cell.text, location: { path: `${rowPath}/td[${c + 1}]` } };
        line.push(origin);
        own.push(origin);
        for (let d = 1; d < span; d++) cover(origin);
        last = origin;
      }
    }
    if (useSpans) for (let k = 0; k < spec.after; k++) filler();
    grid.push(line);
    owners.push(own);
  }

  let width = 0;
  for (const line of grid) width = Math.max(width, line.length);
  const pad = width * grid.length <= MAX_GRID_POSITIONS;
  return grid.map((line, r): TableRow => {
    const rowPath = `${tablePath}/tr[${r + 1}]`;
    // Short rows are padded with empty cells, so that every row lines up with the columns.
    while (pad && line.length < width) line.push({ text: '', location: { path: `${rowPath}/td[${line.length + 1}]` } });
    return { cells: line, location: { path: rowPath } };
  });
}
