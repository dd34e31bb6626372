import { readFile } from 'node:fs/promises';
import { createEmptyReport, flattenCells, type CellValues, type Diagnostic, type Finding, type Metadata, type Report } from '@nianbao/core';
import { parseReport, type InputFormat } from '@nianbao/parse';
import { check, type CheckOptions } from '@nianbao/rules';
import { nodeCMapSource } from './cmaps.js';

/** A file read and parsed, or why it could not be read. */
export interface ParsedFile {
  readonly file: string;
  /** The format it was read as; null when the file could not be read at all. */
  readonly format: InputFormat | null;
  readonly report: Report;
  readonly diagnostics: readonly Diagnostic[];
}

const READ_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['文件不存在', 'no such file'],
  EISDIR: ['这是一个文件夹，不是文件', 'is a folder, not a file'],
  EACCES: ['没有读取权限', 'permission denied'],
};

/** Reads and parses one file; never throws: a file that cannot be read gets an error diagnostic. */
export async function parseFile(file: string): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const [zh, en] = READ_ERRORS[code] ?? ['无法读取', (error as Error).message];
    return {
      file,
      format: null,
      report: createEmptyReport(),
      diagnostics: [{ code: 'input/unreadable', severity: 'error', message: `无法读取 ${file}：${zh}`, messageEn: `cannot read ${file}: ${en}` }],
    };
  }
  try {
    // CMaps from disk, so PDFs in non-embedded CJK fonts (STSong-Light, …) read without any setup.
    const { report, diagnostics, format } = await parseReport(bytes, { fileName: file, limits: { pdf: { cMapSource: nodeCMapSource } } });
    return { file, format, report, diagnostics };
  } catch (error) {
    // parseReport rejects only on programmer errors; say so rather than stop a batch.
    return {
      file,
      format: null,
      report: createEmptyReport(),
      diagnostics: [{ code: 'input/failed', severity: 'error', message: `读取 ${file} 时出错：${(error as Error).message}`, messageEn: `reading ${file} failed: ${(error as Error).message}` }],
    };
  }
}

/** One report as `nianbao extract` prints it. */
export interface ExtractEntry {
  /** The path as given or found. */
  readonly file: string;
  readonly format: InputFormat | null;
  readonly metadata: Metadata;
  /** All 200 cells by id, `null` where blank or unreadable. */
  readonly cells: CellValues;
  readonly diagnostics: readonly Diagnostic[];
}

export async function extractJob(file: string): Promise<ExtractEntry> {
  const parsed = await parseFile(file);
  return { file, format: parsed.format, metadata: parsed.report.metadata, cells: flattenCells(parsed.report), diagnostics: parsed.diagnostics };
}

/** One report as `nianbao check` prints it. */
export interface CheckEntry {
  readonly file: string;
  readonly format: InputFormat | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly findings: readonly Finding[];
}

/** A file that could not be read at all becomes one error finding, so the batch and the exit code say so. */
function unreadable(parsed: ParsedFile): Finding[] {
  return parsed.diagnostics.map((d) => ({ ruleId: d.code, severity: d.severity, message: d.message, messageEn: d.messageEn }));
}

export async function checkJob(file: string, options: CheckOptions): Promise<CheckEntry> {
  const parsed = await parseFile(file);
  const findings = parsed.format === null ? unreadable(parsed) : check(parsed.report, options);
  return { file, format: parsed.format, agency: parsed.report.metadata.agency, year: parsed.report.metadata.year, findings };
}
