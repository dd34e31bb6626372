import { CELL_IDS, createEmptyReport, flattenCells, type CellValues, type Diagnostic, type Metadata } from '@nianbao/core';
import { parseReport, type InputFormat } from '@nianbao/parse';
import { readInput } from '../read-input.js';

/** One report as `nianbao extract` prints it. */
export interface ExtractEntry {
  /** The path as given on the command line. */
  readonly file: string;
  /** The format the file was read as; null when it could not be read at all. */
  readonly format: InputFormat | null;
  readonly metadata: Metadata;
  /** All 200 cells by id, `null` where blank or unreadable. */
  readonly cells: CellValues;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and parses one file into an extract entry; a file that cannot be read gets an error entry. */
export async function extractFile(file: string): Promise<ExtractEntry> {
  const input = await readInput(file);
  if ('error' in input) {
    const empty = createEmptyReport();
    return {
      file,
      format: null,
      metadata: empty.metadata,
      cells: flattenCells(empty),
      diagnostics: [{ code: 'input/unreadable', severity: 'error', message: input.error, messageEn: input.errorEn }],
    };
  }
  const { report, diagnostics, format } = await parseReport(input.bytes, { fileName: file });
  return { file, format, metadata: report.metadata, cells: flattenCells(report), diagnostics };
}

/** The cell ids in the order `extract` writes them. */
export const EXTRACT_CELL_IDS = CELL_IDS;
