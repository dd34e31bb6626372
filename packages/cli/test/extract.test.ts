import { CELL_IDS } from '@nianbao/core';
import { loadSeeds, seedsDirectory } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { nianbao } from './run-cli.js';

describe('nianbao extract', () => {
  it('prints one JSON entry per file, in order, with all 200 cells', () => {
    const seeds = loadSeeds();
    const { code, stdout, stderr } = nianbao(['extract', '--format', 'json', ...seeds.map((s) => s.path)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { file: string; format: string; metadata: { agency: string; year: number }; cells: Record<string, number | null>; diagnostics: unknown[] }[];
    expect(entries.map((e) => e.file)).toEqual(seeds.map((s) => s.path));
    for (const [i, s] of seeds.entries()) {
      const entry = entries[i]!;
      expect(entry.format).toBe('text');
      expect(Object.keys(entry.cells)).toEqual([...CELL_IDS]);
      expect(entry.cells).toEqual(s.truth.cells);
      expect(entry.metadata).toMatchObject({ agency: s.truth.agency, year: s.truth.year });
    }
  }, 30_000);

  it('gives a file that cannot be read an error entry and goes on', () => {
    const [first] = loadSeeds();
    const { code, stdout } = nianbao(['extract', 'no-such-report.txt', first!.file, seedsDirectory], { cwd: seedsDirectory });
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as { file: string; format: string | null; cells: Record<string, number | null>; diagnostics: { code: string; severity: string; message: string }[] }[];
    expect(entries.map((e) => [e.file, e.format])).toEqual([
      ['no-such-report.txt', null],
      [first!.file, 'text'],
      [seedsDirectory, null],
    ]);
    expect(entries[0]!.diagnostics).toEqual([expect.objectContaining({ code: 'input/unreadable', severity: 'error', message: expect.stringContaining('文件不存在') })]);
    expect(Object.values(entries[0]!.cells).every((v) => v === null)).toBe(true);
    expect(entries[2]!.diagnostics[0]!.message).toContain('文件夹');
  }, 30_000);

  it('exits 2 on misuse', () => {
    expect(nianbao(['extract', '--format', 'xml', 'a.txt']).code).toBe(2);
    expect(nianbao(['extract']).code).toBe(2);
    expect(nianbao(['extract', '--bogus', 'a.txt']).code).toBe(2);
    const unknown = nianbao(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  }, 30_000);

  it('explains itself in Chinese and English', () => {
    const { code, stdout } = nianbao(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('读取年报');
    expect(stdout).toContain('Read every table cell');
  }, 30_000);
});
