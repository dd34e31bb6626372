import type { PdfRule, PdfTextRun } from './pdf-content.js';

/**
 * Tables drawn with borders: the ruling lines of a page are grouped into connected grids, each
 * grid cut into bands by its distinct line positions, and bands not divided by a line joined into
 * one cell — which is what a merged cell looks like on paper. Text runs are then put in the cells
 * that hold them.
 */

/** A cell of a table fragment: the grid bands it covers (inclusive) and what it holds. */
export interface FragmentCell {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
  readonly runs: PdfTextRun[];
}

/** A table, or the part of one on a single page, as cells over a grid of bands. */
export interface TableFragment {
  readonly page: number;
  /** Column boundaries, left to right (columns + 1 positions). */
  readonly xs: readonly number[];
  /** Row boundaries, top to bottom (rows + 1 positions). */
  readonly ys: readonly number[];
  readonly cells: readonly FragmentCell[];
  /** Drawn with borders (false: laid out from text positions alone). */
  readonly ruled: boolean;
}

/** Lines this close (points) are one line: double borders, rounding, borders drawn cell by cell. */
const SNAP = 2.5;
/** Collinear pieces this far apart (points) still make one line. */
const JOIN_GAP = 2;
/** Pairs of level and upright lines a page may have before it is taken for a drawing. */
const MAX_CROSSINGS = 250_000;
/** Bands a grid may have. */
const MAX_BANDS = 20_000;

/** Finds the bordered tables among a page's rules. */
export function findGrids(rules: readonly PdfRule[], page: number): TableFragment[] {
  const horizontal = mergeCollinear(rules.filter((r) => r.horizontal));
  const vertical = mergeCollinear(rules.filter((r) => !r.horizontal));
  if (horizontal.length < 2 || vertical.length < 2) return [];
  // Thousands of lines are a drawing (a chart, a map), not tables; its text is read as text.
  if (horizontal.length * vertical.length > MAX_CROSSINGS) return [];

  // Rules that cross or touch belong to the same grid.
  const all = [...horizontal, ...vertical];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, k) => {
      if (v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP) {
        parent[find(i)] = find(horizontal.length + k);
      }
    });
  });
  const groups = new Map<number, PdfRule[]>();
  all.forEach((rule, i) => {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(rule);
  });

  const grids: TableFragment[] = [];
  for (const group of groups.values()) {
    const grid = gridOf(group, page);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function mergeCollinear(rules: readonly PdfRule[]): PdfRule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: PdfRule[] = [];
  let i = 0;
  while (i < sorted.length) {
    // Rules at (nearly) the same position, then joined along their direction.
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[j - 1]!.at <= 1) j++;
    const band = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const at = band.reduce((sum, r) => sum + r.at, 0) / band.length;
    let current: { from: number; to: number } | null = null;
    for (const rule of band) {
      if (current && rule.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, rule.to);
      else {
        if (current) merged.push({ horizontal: rule.horizontal, at, from: current.from, to: current.to });
        current = { from: rule.from, to: rule.to };
      }
    }
    if (current) merged.push({ horizontal: band[0]!.horizontal, at, from: current.from, to: current.to });
    i = j;
  }
  return merged;
}

/** Positions sorted, those within a few points of their neighbour taken as one (their mean). */
export function snapPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

function gridOf(rules: readonly PdfRule[], page: number): TableFragment | null {
  const horizontal = rules.filter((r) => r.horizontal);
  const vertical = rules.filter((r) => !r.horizontal);
  if (horizontal.length < 2 || vertical.length < 2) return null;
  const xs = snapPositions([...vertical.map((r) => r.at), Math.min(...horizontal.map((r) => r.from)), Math.max(...horizontal.map((r) => r.to))]);
  const ys = snapPositions([...horizontal.map((r) => r.at), Math.min(...vertical.map((r) => r.from)), Math.max(...vertical.map((r) => r.to))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // One column is a box, or rows ruled without column lines: the columns must come from the text.
  if (rows < 1 || cols < 2 || rows * cols > MAX_BANDS) return null;

  const dividedAcross = (x: number, y: number): boolean =>
    vertical.some((r) => Math.abs(r.at - x) <= SNAP && r.from <= y + 0.5 && r.to >= y - 0.5);
  const dividedDown = (x: number, y: number): boolean =>
    horizontal.some((r) => Math.abs(r.at - y) <= SNAP && r.from <= x + 0.5 && r.to >= x - 0.5);

  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let i = 0; i < rows; i++) {
    const yMid = (ys[i]! + ys[i + 1]!) / 2;
    for (let j = 0; j < cols; j++) {
      const xMid = (xs[j]! + xs[j + 1]!) / 2;
      if (j > 0 && !dividedAcross(xs[j]!, yMid)) union(i * cols + j - 1, i * cols + j);
      if (i > 0 && !dividedDown(xMid, ys[i]!)) union((i - 1) * cols + j, i * cols + j);
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const root = find(i * cols + j);
      const span = spans.get(root);
      if (!span) spans.set(root, { r0: i, r1: i, c0: j, c1: j });
      else {
        span.r1 = Math.max(span.r1, i);
        span.c0 = Math.min(span.c0, j);
        span.c1 = Math.max(span.c1, j);
      }
    }
  }
  if (spans.size < 2) return null; // a box around something, not a table
  const cells = [...spans.values()].map((span) => ({ ...span, runs: [] as PdfTextRun[] })).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return { page, xs, ys, cells, ruled: true };
}

/** Index of the band of `boundaries` holding `v`, or -1 outside. */
export function bandOf(boundaries: readonly number[], v: number): number {
  if (v < boundaries[0]! || v > boundaries[boundaries.length - 1]!) return -1;
  for (let k = 1; k < boundaries.length; k++) if (v <= boundaries[k]!) return k - 1;
  return boundaries.length - 2;
}

const owners = new WeakMap<TableFragment, Int32Array>();

/** The cell of `grid` covering band (row, col). */
export function cellAt(grid: TableFragment, row: number, col: number): FragmentCell | undefined {
  const cols = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  if (row < 0 || col < 0 || row >= rows || col >= cols) return undefined;
  let owner = owners.get(grid);
  if (!owner) {
    // Which cell covers each band, worked out once: lookups come per run and per grid position.
    owner = new Int32Array(rows * cols).fill(-1);
    grid.cells.forEach((cell, k) => {
      for (let r = cell.r0; r <= cell.r1; r++) for (let c = cell.c0; c <= cell.c1; c++) if (owner![r * cols + c] === -1) owner![r * cols + c] = k;
    });
    owners.set(grid, owner);
  }
  const k = owner[row * cols + col]!;
  return k < 0 ? undefined : grid.cells[k];
}

/** Where a run's glyphs sit vertically: a little above the baseline. */
const middleOf = (run: PdfTextRun): number => run.y - 0.35 * run.size;

/**
 * Puts each run inside a grid into the cell holding its middle, cutting runs that straddle a
 * dividing line (pdf.js joins text of neighbouring cells when they sit close). Returns the runs
 * outside every grid.
 */
export function placeRuns(grids: readonly TableFragment[], runs: readonly PdfTextRun[]): PdfTextRun[] {
  const free: PdfTextRun[] = [];
  for (const run of runs) {
    const grid = grids.find((g) => within(g, run));
    if (!grid) {
      free.push(run);
      continue;
    }
    for (const piece of cutAtDividers(grid, run)) {
      const row = bandOf(grid.ys, clamp(middleOf(piece), grid.ys));
      const col = bandOf(grid.xs, clamp(piece.x + piece.width / 2, grid.xs));
      const cell = cellAt(grid, row, col);
      if (cell) cell.runs.push(piece);
      else free.push(piece);
    }
  }
  return free;
}

const clamp = (v: number, bounds: readonly number[]): number => Math.min(Math.max(v, bounds[0]!), bounds[bounds.length - 1]!);

function within(grid: TableFragment, run: PdfTextRun): boolean {
  const x = run.horizontal ? run.x + run.width / 2 : run.x;
  const y = middleOf(run);
  const tolerance = 1;
  return x >= grid.xs[0]! - tolerance && x <= grid.xs[grid.xs.length - 1]! + tolerance && y >= grid.ys[0]! - tolerance && y <= grid.ys[grid.ys.length - 1]! + tolerance;
}

function cutAtDividers(grid: TableFragment, run: PdfTextRun): PdfTextRun[] {
  if (!run.horizontal || run.text.length < 2) return [run];
  const row = bandOf(grid.ys, clamp(middleOf(run), grid.ys));
  const first = bandOf(grid.xs, clamp(run.x + 0.5, grid.xs));
  const last = bandOf(grid.xs, clamp(run.x + run.width - 0.5, grid.xs));
  if (row < 0 || first < 0 || last <= first) return [run];
  // Cut at the first boundary inside the run that divides two different cells on this row.
  for (let col = first + 1; col <= last; col++) {
    if (cellAt(grid, row, col - 1) === cellAt(grid, row, col)) continue;
    const pieces = splitRunAt(run, grid.xs[col]!);
    if (pieces.length < 2) return [run];
    return [pieces[0]!, ...cutAtDividers(grid, pieces[1]!)];
  }
  return [run];
}

/** Relative advance of a character, in ems, for cutting runs: wide 1, space 0.3, others 0.55. */
function advance(c: number): number {
  if (c >= 0x2e80 || (c >= 0x2013 && c <= 0x2026)) return 1;
  return c === 0x20 ? 0.3 : 0.55;
}

/**
 * Cuts a run at `x`, sharing its width among its characters by their usual advances. Used only for
 * runs that straddle cell borders, where the cut falls in the gap between cells' text.
 */
export function splitRunAt(run: PdfTextRun, x: number): PdfTextRun[] {
  const weights = Array.from(run.text, (ch) => advance(ch.codePointAt(0) ?? 0));
  const chars = Array.from(run.text);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return [run];
  const scale = run.width / total;
  let at = run.x;
  for (let k = 0; k < chars.length; k++) {
    const w = weights[k]! * scale;
    if (at + w / 2 > x) {
      if (k === 0) return [run];
      const left = chars.slice(0, k).join('');
      const right = chars.slice(k).join('');
      if (left.trim() === '' || right.trim() === '') return [run];
      return [
        { ...run, text: left, width: at - run.x },
        { ...run, text: right, x: at, width: run.x + run.width - at },
      ];
    }
    at += w;
  }
  return [run];
}
