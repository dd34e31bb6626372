import type { PdfTextRun } from './pdf-content.js';
import { joinLine, type LinePiece } from './pdf-text.js';

/** A line of text on a page: runs sharing a baseline, left to right. */
export interface PdfLine {
  readonly page: number;
  /** The baseline (the first run's). */
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  /** The largest font size on the line. */
  readonly size: number;
  readonly runs: readonly PdfTextRun[];
  readonly text: string;
}

/** Runs whose baselines differ by less than this (in ems) share a line. */
const SAME_LINE = 0.35;

/**
 * Groups runs into lines by baseline (within a third of an em), each line's runs sorted by x.
 * Rotated runs make lines of their own.
 */
export function buildLines(runs: readonly PdfTextRun[], page: number): PdfLine[] {
  const level = runs.filter((r) => r.horizontal).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let group: PdfTextRun[] = [];
  let baseline = 0;
  let size = 0;
  const flush = (): void => {
    if (group.length > 0) lines.push(makeLine(group, page));
    group = [];
  };
  for (const run of level) {
    if (group.length > 0 && Math.abs(run.y - baseline) <= SAME_LINE * Math.max(size, run.size)) {
      group.push(run);
      size = Math.max(size, run.size);
      continue;
    }
    flush();
    group = [run];
    baseline = run.y;
    size = run.size;
  }
  flush();
  for (const run of runs) if (!run.horizontal) lines.push(makeLine([run], page));
  return lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

export function makeLine(runs: readonly PdfTextRun[], page: number): PdfLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const first = sorted[0]!;
  let x1 = -Infinity;
  let size = 0;
  for (const run of sorted) {
    x1 = Math.max(x1, run.x + run.width);
    size = Math.max(size, run.size);
  }
  return { page, y: first.y, x0: first.x, x1, size, runs: sorted, text: joinLine(sorted.map(pieceOf)) };
}

export function pieceOf(run: PdfTextRun): LinePiece {
  return { text: run.text, x: run.x, right: run.x + run.width, size: run.size };
}
