import { CELL_IDS } from '@nianbao/core';
import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { folderWith, nianbao } from './run-cli.js';

describe('nianbao render and compare', () => {
  it('renders a report as Markdown that extract reads back to the same cells', () => {
    const s = seed('001');
    const { code, stdout } = nianbao(['render', s.path, '--to', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('| 自然人 |');
    const folder = folderWith({ 'r.md': stdout });
    const [entry] = JSON.parse(nianbao(['extract', `${folder}/r.md`]).stdout) as { format: string; cells: Record<string, number | null> }[];
    expect(entry!.format).toBe('markdown');
    expect(Object.keys(entry!.cells)).toEqual([...CELL_IDS]);
    expect(entry!.cells).toEqual(s.truth.cells);
  }, 30_000);

  it('compares two years with the carry-over check', () => {
    const { code, stdout } = nianbao(['compare', seed('000').path, seed('001').path, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/本年新收政府信息公开申请数量 \| 0 \| 9 \| \+9/);
    expect(stdout).toContain('上年结转');
  }, 30_000);

  it('says which file it cannot read', () => {
    const { code, stderr } = nianbao(['render', 'missing.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt');
  }, 30_000);
});

describe('nianbao --help', () => {
  it('explains every command in Chinese and English', () => {
    const { code, stdout } = nianbao(['--help']);
    expect(code).toBe(0);
    for (const text of ['check', 'extract', 'render', 'compare', '检查年报', 'Check reports', '读取年报', 'Read every table cell']) expect(stdout).toContain(text);
    const perCommand = nianbao(['check', '--help']);
    expect(perCommand.code).toBe(0);
    expect(perCommand.stdout).toContain('--previous');
    expect(perCommand.stdout).toContain('上一年度');
  }, 30_000);
});
