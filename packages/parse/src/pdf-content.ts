import type { PDFPageProxy } from 'unpdf/pdfjs';

/**
 * What the PDF adapter reads from a page through pdf.js: text runs and the ruling lines that draw
 * table borders, both in page coordinates — points, origin at the top left of the page as shown
 * (rotation applied), y growing downwards.
 */

/** A run of text as pdf.js reports it: one font, one line, one piece of a text-showing operator. */
export interface PdfTextRun {
  /** The text, spaces included as pdf.js gives them. */
  readonly text: string;
  /** Left end of the baseline. */
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  /** Advance width along the baseline. */
  readonly width: number;
  /** Font size (em height), in points. */
  readonly size: number;
  /** Left to right on a level baseline; rotated and vertical text is false. */
  readonly horizontal: boolean;
}

/** A horizontal or vertical ruling line (a stroked segment or a thin filled rectangle). */
export interface PdfRule {
  readonly horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one. */
  readonly at: number;
  /** Where it starts and ends along its direction (from < to). */
  readonly from: number;
  readonly to: number;
}

/** One page's text runs and rules. */
export interface PdfPageContent {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
  readonly rules: readonly PdfRule[];
}

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `first`, then `second`. */
function concat(first: Matrix, second: Matrix): Matrix {
  const [a, b, c, d, e, f] = first;
  const [A, B, C, D, E, F] = second;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function toMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== 'object' || !('length' in value)) return null;
  const list = value as ArrayLike<unknown>;
  if (list.length !== 6) return null;
  const m: number[] = [];
  for (let i = 0; i < 6; i++) {
    const n = list[i];
    if (typeof n !== 'number' || !Number.isFinite(n)) return null;
    m.push(n);
  }
  return m as unknown as Matrix;
}

function viewportOf(page: PDFPageProxy): { width: number; height: number; transform: Matrix } {
  const viewport = page.getViewport({ scale: 1 });
  return { width: viewport.width, height: viewport.height, transform: toMatrix(viewport.transform) ?? IDENTITY };
}

/** What the adapter needs of a pdf.js text item; marked-content entries lack `str`. */
interface RawTextItem {
  readonly str: string;
  readonly transform: unknown;
  readonly width: number;
}

function isTextItem(item: unknown): item is RawTextItem {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';
}

/** The page's text runs, whitespace-only runs left out (pdf.js makes them for gaps). */
export async function readTextRuns(page: PDFPageProxy): Promise<{ width: number; height: number; runs: PdfTextRun[] }> {
  const viewport = viewportOf(page);
  const content = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const t = toMatrix(item.transform);
    if (!t) continue;
    const [x, y] = apply(viewport.transform, t[4], t[5]);
    const vt = viewport.transform;
    const dx = vt[0] * t[0] + vt[2] * t[1];
    const dy = vt[1] * t[0] + vt[3] * t[1];
    const size = Math.hypot(t[2], t[3]);
    if (!(size > 0) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const horizontal = dx > 0 && Math.abs(dy) <= Math.abs(dx) * 0.02;
    const width = Number.isFinite(item.width) && item.width > 0 ? item.width : size * item.str.length;
    runs.push({ text: item.str, x, y, width, size, horizontal });
  }
  return { width: viewport.width, height: viewport.height, runs: dropOverprint(runs) };
}

/**
 * Bold faked by printing the same text several times a fraction of a point apart (WPS, some
 * printers) would read twice; the copies go.
 */
function dropOverprint(runs: PdfTextRun[]): PdfTextRun[] {
  if (runs.length < 2) return runs;
  // Runs by text and by a grid of cells a quarter em wide: a copy is in a neighbouring cell.
  const seen = new Map<string, PdfTextRun[]>();
  const kept: PdfTextRun[] = [];
  for (const run of runs) {
    const near = 0.25 * run.size;
    const gx = Math.round(run.x / near);
    const gy = Math.round(run.y / near);
    let copy = false;
    for (let dx = -1; dx <= 1 && !copy; dx++) {
      for (let dy = -1; dy <= 1 && !copy; dy++) {
        copy = (seen.get(`${gx + dx},${gy + dy},${run.text}`) ?? []).some((o) => Math.abs(o.x - run.x) <= near && Math.abs(o.y - run.y) <= near);
      }
    }
    if (copy) continue;
    const key = `${gx},${gy},${run.text}`;
    (seen.get(key) ?? seen.set(key, []).get(key)!).push(run);
    kept.push(run);
  }
  return kept;
}

/** The pdf.js operator codes the rule reader needs (`OPS` of the bundled pdf.js). */
export interface PdfOperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly setStrokeRGBColor: number;
  readonly setFillRGBColor: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

// Path segment codes in pdf.js 5 `constructPath` data.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE_PATH = 4;

/** A border is at most this thick when drawn as a filled rectangle (points). */
const MAX_RULE_THICKNESS = 3;
/** Shorter segments are glyph parts, bullets, dashes: not rules. */
const MIN_RULE_LENGTH = 4;
/** Tolerance for "level" and "upright" (points). */
const SKEW = 0.5;

interface GraphicsState {
  ctm: Matrix;
  stroke: string;
  fill: string;
}

/**
 * pdf.js 5 passes font data to its display side with `ArrayBuffer.prototype.transferToFixedLength`
 * (ES2024), which Node 20 lacks: without it every operator list of a page with text fails. The
 * stand-in copies instead of detaching, which the one caller (it shrinks a scratch buffer) can't
 * tell apart. Installed only where missing.
 */
export function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length === undefined ? this.byteLength : length;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return copy;
    },
  });
}

const isWhite = (color: string): boolean => /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);

/**
 * The page's ruling lines, from its operator list: stroked level and upright segments, and filled
 * rectangles thin enough to be borders (Word draws cell borders that way). White lines are left
 * out: they are invisible, and some producers erase borders with them.
 */
export async function readRules(page: PDFPageProxy, ops: PdfOperatorCodes): Promise<PdfRule[]> {
  const viewport = viewportOf(page);
  const list = await page.getOperatorList({ annotationMode: 0 });
  const rules: PdfRule[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, stroke: '#000000', fill: '#000000' };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const count = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < count; i++) {
    const fn = list.fnArray[i];
    const args: unknown = list.argsArray[i];
    if (fn === ops.save) stack.push({ ...state });
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform) {
      const m = toMatrix(args);
      if (m) state = { ...state, ctm: concat(m, state.ctm) };
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...state });
      const m = Array.isArray(args) ? toMatrix(args[0]) : null;
      if (m) state = { ...state, ctm: concat(m, state.ctm) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setStrokeRGBColor) state = { ...state, stroke: colorOf(args) };
    else if (fn === ops.setFillRGBColor) state = { ...state, fill: colorOf(args) };
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint = args[0];
      if (typeof paint !== 'number') continue;
      const stroked = strokes.has(paint) && !isWhite(state.stroke);
      const filled = fills.has(paint) && !isWhite(state.fill);
      if (!stroked && !filled) continue;
      const data = pathData(args[1]);
      if (!data) continue;
      const toPage = concat(state.ctm, viewport.transform);
      for (const subpath of subpaths(data, toPage)) {
        if (stroked) strokeRules(subpath, rules);
        if (filled) fillRule(subpath, rules);
      }
    }
  }
  return rules;
}

function colorOf(args: unknown): string {
  const value = Array.isArray(args) ? args[0] : args;
  return typeof value === 'string' ? value : '#000000';
}

/** The path's coded segments (pdf.js 5: `[ [Float32Array] ]`, or the array itself). */
function pathData(value: unknown): ArrayLike<number> | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === null || typeof first !== 'object' || !('length' in first)) return null;
  const data = first as ArrayLike<unknown>;
  return data.length === 0 || typeof data[0] === 'number' ? (data as ArrayLike<number>) : null;
}

interface Subpath {
  readonly points: [number, number][];
  readonly closed: boolean;
  /** Whether every segment is straight. */
  readonly straight: boolean;
}

function subpaths(data: ArrayLike<number>, m: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let points: [number, number][] = [];
  let straight = true;
  const end = (closed: boolean): void => {
    if (points.length > 1) out.push({ points, closed, straight });
    points = [];
    straight = true;
  };
  let i = 0;
  while (i < data.length) {
    const code = data[i];
    if (code === MOVE_TO) {
      end(false);
      points.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (code === LINE_TO) {
      points.push(apply(m, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (code === CURVE_TO) {
      straight = false;
      points.push(apply(m, data[i + 5] ?? 0, data[i + 6] ?? 0));
      i += 7;
    } else if (code === QUAD_TO) {
      straight = false;
      points.push(apply(m, data[i + 3] ?? 0, data[i + 4] ?? 0));
      i += 5;
    } else if (code === CLOSE_PATH) {
      const start = points[0];
      end(true);
      if (start) points.push(start);
      i += 1;
    } else break; // unknown encoding: stop rather than misread
  }
  end(false);
  return out;
}

function addSegment(x0: number, y0: number, x1: number, y1: number, rules: PdfRule[]): void {
  if (Math.abs(y1 - y0) <= SKEW && Math.abs(x1 - x0) >= MIN_RULE_LENGTH) {
    rules.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  } else if (Math.abs(x1 - x0) <= SKEW && Math.abs(y1 - y0) >= MIN_RULE_LENGTH) {
    rules.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
}

function strokeRules(path: Subpath, rules: PdfRule[]): void {
  if (!path.straight) return;
  const pts = path.closed ? [...path.points, path.points[0]!] : path.points;
  for (let k = 1; k < pts.length; k++) {
    const [x0, y0] = pts[k - 1]!;
    const [x1, y1] = pts[k]!;
    addSegment(x0, y0, x1, y1, rules);
  }
}

/** A filled axis-aligned rectangle thin in one direction is a rule along the other. */
function fillRule(path: Subpath, rules: PdfRule[]): void {
  if (!path.straight || path.points.length < 4 || path.points.length > 5) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of path.points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Every corner on the bounding box: an axis-aligned rectangle.
  const onBox = path.points.every(([x, y]) => (Math.abs(x - minX) <= SKEW || Math.abs(x - maxX) <= SKEW) && (Math.abs(y - minY) <= SKEW || Math.abs(y - maxY) <= SKEW));
  if (!onBox) return;
  const w = maxX - minX;
  const h = maxY - minY;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) rules.push({ horizontal: true, at: (minY + maxY) / 2, from: minX, to: maxX });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) rules.push({ horizontal: false, at: (minX + maxX) / 2, from: minY, to: maxY });
}
