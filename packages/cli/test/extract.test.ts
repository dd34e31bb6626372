import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CELL_IDS } from '@nianbao/core';
import { loadSeeds, seed, seedsDirectory } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { folderWith, nianbao } from './run-cli.js';

interface Entry {
  file: string;
  format: string | null;
  metadata: { agency: string | null; year: number | null };
  cells: Record<string, number | null>;
  diagnostics: { code: string; severity: string; message: string }[];
}

describe('nianbao extract', () => {
  it('prints one JSON entry per file, in order, with all 200 cells', () => {
    const seeds = loadSeeds();
    const { code, stdout, stderr } = nianbao(['extract', '--format', 'json', ...seeds.map((s) => s.path)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => e.file)).toEqual(seeds.map((s) => s.path));
    for (const [i, s] of seeds.entries()) {
      expect(entries[i]!.format).toBe('text');
      expect(Object.keys(entries[i]!.cells)).toEqual([...CELL_IDS]);
      expect(entries[i]!.cells).toEqual(s.truth.cells);
      expect(entries[i]!.metadata).toMatchObject({ agency: s.truth.agency, year: s.truth.year });
    }
  }, 30_000);

  it('gives a file that cannot be read an error entry and goes on', () => {
    const first = seed('000');
    const { code, stdout } = nianbao(['extract', 'no-such-report.txt', first.file], { cwd: seedsDirectory });
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => [e.file, e.format])).toEqual([
      ['no-such-report.txt', null],
      [first.file, 'text'],
    ]);
    expect(entries[0]!.diagnostics).toEqual([expect.objectContaining({ code: 'input/unreadable', severity: 'error', message: expect.stringContaining('文件不存在') })]);
    expect(Object.values(entries[0]!.cells).every((v) => v === null)).toBe(true);
  }, 30_000);

  it('writes CSV: one row per report, one column per cell id, blanks empty', () => {
    const { code, stdout } = nianbao(['extract', '--format', 'csv', seedsDirectory]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['file', 'agency', 'year', 'format', 'errors', ...CELL_IDS]);
    expect(rows).toHaveLength(5);
    const s002 = seed('002');
    const row = rows.find((r) => r[0]!.endsWith(s002.file))!;
    expect(row.slice(1, 5)).toEqual([s002.truth.agency, String(s002.truth.year), 'text', '0']);
    const at = (id: string) => row[header!.indexOf(id)];
    expect(at('t2.coercion.decisions')).toBe(''); // blank, not 0
    expect(at('t3.newReceived.legalService')).toBe('1');
    expect(at('t3.newReceived.total')).toBe('1');
  }, 30_000);

  it('reads folders and globs; jsonl gives one line per report', () => {
    const byGlob = nianbao(['extract', '--format', 'jsonl', path.join(path.relative(process.cwd(), seedsDirectory), '00[12]_*.txt')]);
    const lines = byGlob.stdout.trim().split('\n').map((l) => JSON.parse(l) as Entry);
    expect(lines.map((e) => path.basename(e.file))).toEqual([seed('001').file, seed('002').file]);
  }, 30_000);

  it('gives the same entries with worker threads as without', () => {
    const folder = folderWith(Object.fromEntries(loadSeeds().flatMap((s) => [0, 1, 2].map((i) => [`${i}-${s.file}`, s.text]))));
    const inThread = nianbao(['extract', '--format', 'jsonl', '--workers', '0', folder]);
    const withWorkers = nianbao(['extract', '--format', 'jsonl', '--workers', '2', folder]);
    expect(withWorkers.code).toBe(0);
    expect(withWorkers.stdout).toBe(inThread.stdout);
    expect(withWorkers.stdout.trim().split('\n')).toHaveLength(15);
  }, 60_000);

  it('reads DOCX and PDF files by their bytes, whatever their names say', () => {
    const s = seed('002');
    const fixture = (format: string) => readFileSync(new URL(`../../parse/test/fixtures/${format}/${s.name}.${format}`, import.meta.url));
    const folder = folderWith({ 'report-a.txt': fixture('docx'), 'report-b.html': fixture('pdf') });
    const { code, stdout } = nianbao(['extract', `${folder}/report-a.txt`, `${folder}/report-b.html`]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => e.format)).toEqual(['docx', 'pdf']);
    for (const entry of entries) {
      expect(entry.cells).toEqual(s.truth.cells);
      expect(entry.metadata).toMatchObject({ agency: s.truth.agency, year: s.truth.year });
    }
  }, 60_000);

  it('exits 2 on misuse', () => {
    expect(nianbao(['extract', '--format', 'xml', 'a.txt']).code).toBe(2);
    expect(nianbao(['extract']).code).toBe(2);
    expect(nianbao(['extract', '--workers', 'many', 'a.txt']).code).toBe(2);
    const unknown = nianbao(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  }, 30_000);
});
