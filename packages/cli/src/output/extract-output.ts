import { CELL_IDS } from '@nianbao/core';
import type { ExtractEntry } from '../jobs.js';

/** Writes a stream of entries in one output format. */
export interface EntryWriter<Entry> {
  begin(): string;
  entry(entry: Entry, index: number): string;
  end(): string;
}

/** One JSON array, written an entry at a time so a large batch never sits in memory. */
export function jsonArrayWriter<Entry>(): EntryWriter<Entry> {
  return {
    begin: () => '[',
    entry: (entry, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(entry, null, 2).replace(/^/gm, '  ')}`,
    end: () => '\n]\n',
  };
}

/** One JSON object per line. */
export function jsonLinesWriter<Entry>(): EntryWriter<Entry> {
  return { begin: () => '', entry: (entry) => `${JSON.stringify(entry)}\n`, end: () => '' };
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV columns: who and which year first, then one column per cell id in template order. */
export const EXTRACT_CSV_COLUMNS = ['file', 'agency', 'year', 'format', 'errors', ...CELL_IDS] as const;

/**
 * One row per report, one column per cell id plus agency, year and file: the dataset researchers
 * want. A blank cell is an empty field, never 0. `errors` counts error diagnostics.
 */
export function csvWriter(options: { bom?: boolean } = {}): EntryWriter<ExtractEntry> {
  return {
    begin: () => `${options.bom ? '\ufeff' : ''}${EXTRACT_CSV_COLUMNS.join(',')}\r\n`,
    entry: (entry) =>
      `${[
        csvField(entry.file),
        csvField(entry.metadata.agency),
        csvField(entry.metadata.year),
        csvField(entry.format),
        csvField(entry.diagnostics.filter((d) => d.severity === 'error').length),
        ...CELL_IDS.map((id) => csvField(entry.cells[id])),
      ].join(',')}\r\n`,
    end: () => '',
  };
}
