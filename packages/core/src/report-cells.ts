import { CELL_IDS, cellIdsOfTable, getCellDefinition, type CellId } from './cell-id.js';
import type { Cell, Part, Report } from './report.js';
import type { SourceLocation } from './source-location.js';
import { PART_IDS, type TableNumber } from './template-2021.js';

/** Every cell's value by id: what researchers export and what identities are evaluated on. */
export type CellValues = Record<CellId, number | null>;

const TABLE_KEYS = { 2: 't2', 3: 't3', 4: 't4' } as const satisfies Record<TableNumber, keyof Report['tables']>;

function emptyCells<Id extends CellId>(ids: readonly Id[]): Record<Id, Cell> {
  const cells = {} as Record<Id, Cell>;
  for (const id of ids) cells[id] = { value: null, raw: null, location: null };
  return cells;
}

function emptyPart(): Part {
  return { heading: null, text: '', location: null };
}

/** A report with nothing found: every cell `null`, every part missing, metadata unknown. */
export function createEmptyReport(): Report {
  return {
    templateVersion: 'unknown',
    metadata: { title: null, titleLocation: null, agency: null, year: null, period: null, publishedOn: null, contact: null },
    parts: Object.fromEntries(PART_IDS.map((id) => [id, emptyPart()])) as Report['parts'],
    tables: {
      t2: { found: false, location: null, cells: emptyCells(cellIdsOfTable(2)) },
      t3: { found: false, location: null, cells: emptyCells(cellIdsOfTable(3)) },
      t4: { found: false, location: null, cells: emptyCells(cellIdsOfTable(4)) },
    },
  };
}

function cellsOf(report: Report, id: CellId): Record<string, Cell> {
  // The id's prefix names its table; checking the id itself is left to the lookup that follows.
  const key = id.charCodeAt(1) === 0x32 ? 't2' : id.charCodeAt(1) === 0x33 ? 't3' : id.charCodeAt(1) === 0x34 ? 't4' : null;
  if (key === null || id.charCodeAt(2) !== 0x2e) return report.tables[TABLE_KEYS[getCellDefinition(id).table]].cells;
  return report.tables[key].cells;
}

/** The cell with this id: value, raw text and location. */
export function getCell(report: Report, id: CellId): Cell {
  const cell = cellsOf(report, id)[id];
  if (!cell) throw new TypeError(`Report has no cell ${id}; was it built with createEmptyReport()?`);
  return cell;
}

/** The value of one cell: a number, or `null` when blank or unreadable. */
export function getCellValue(report: Report, id: CellId): number | null {
  return getCell(report, id).value;
}

/**
 * Sets one cell in place and returns the report. A bare number (or null) sets the value and, unless
 * given, keeps the raw text in step (`String(value)`); an object sets the fields it names.
 */
export function setCell(
  report: Report,
  id: CellId,
  update: number | null | { value?: number | null; raw?: string | null; location?: SourceLocation | null },
): Report {
  const cells = cellsOf(report, id);
  const current = cells[id];
  if (!current) throw new TypeError(`Unknown cell id: ${JSON.stringify(id)}`);
  cells[id] =
    update === null || typeof update === 'number'
      ? { value: update, raw: update === null ? null : String(update), location: current.location }
      : {
          value: update.value === undefined ? current.value : update.value,
          raw: update.raw === undefined ? current.raw : update.raw,
          location: update.location === undefined ? current.location : update.location,
        };
  return report;
}

/** Every cell's value by id, in template order: `{ "t2.regulations.issued": 0, … }`. */
export function flattenCells(report: Report): CellValues {
  const values = {} as CellValues;
  for (const id of CELL_IDS) values[id] = getCell(report, id).value;
  return values;
}

/**
 * The inverse of {@link flattenCells}: a report whose cells hold these values (raw text is the
 * number as written by `String`). Ids absent from `values` stay `null`. The tables count as found.
 */
export function unflattenCells(values: Partial<Record<CellId, number | null>>, base: Report = createEmptyReport()): Report {
  const report = structuredClone(base);
  for (const id of CELL_IDS) {
    const value = values[id];
    if (value !== undefined) setCell(report, id, value);
  }
  report.tables.t2.found = report.tables.t3.found = report.tables.t4.found = true;
  return report;
}
