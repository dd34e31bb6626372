import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { folderWith, nianbao } from './run-cli.js';

interface Entry {
  file: string;
  findings: { ruleId: string; severity: string; message: string; messageEn: string; cellIds?: string[]; part?: string; expected?: unknown; actual?: unknown; location?: { line?: number } }[];
}

// Seed 001 with one cell changed: 予以公开 by people 1 → 2, so its row and column no longer add up.
const broken = seed('001').text.replace('（一）予以公开\n\t1\n', '（一）予以公开\n\t2\n');

describe('nianbao check', () => {
  it('prints JSON findings per file with rule, severity, messages, cells and location; exit 1 on errors', () => {
    const folder = folderWith({ 'a-clean.txt': seed('000').text, 'b-broken.txt': broken });
    const { code, stdout } = nianbao(['check', '--format', 'json', folder]);
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((e) => e.file.split('/').pop())).toEqual(['a-clean.txt', 'b-broken.txt']);
    expect(entries[0]!.findings).toEqual([]);
    const rowTotal = entries[1]!.findings.find((f) => f.ruleId === 'table3/row-total')!;
    expect(rowTotal).toMatchObject({ severity: 'error', cellIds: expect.arrayContaining(['t3.granted.total', 't3.granted.naturalPerson']), location: { line: 114 } });
    expect(rowTotal.message).toMatch(/予以公开/);
    expect(entries[1]!.findings.map((f) => f.ruleId)).toContain('table3/processed-sum');
  }, 30_000);

  it('exits 0 when nothing is an error, and prints findings for people with a batch summary', () => {
    const { code, stdout } = nianbao(['check', seed('002').path, seed('003').path]);
    expect(code).toBe(0);
    expect(stdout).toContain('行政强制');
    expect(stdout).toContain('meta/title');
    expect(stdout).toContain('共检查 2 份报告');
    expect(stdout).not.toMatch(/\x1b\[/); // NO_COLOR
  }, 30_000);

  it('reports a corrupt file in a batch and goes on', () => {
    const folder = folderWith({ 'a.txt': seed('004').text, 'b.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'c.txt': seed('000').text });
    const { code, stdout } = nianbao(['check', '--format', 'json', folder]);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries).toHaveLength(3);
    expect(entries[1]!.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(entries[2]!.findings).toEqual([]);
    expect(code).toBe(1);
  }, 30_000);

  it('applies --rule levels and presets', () => {
    const off = nianbao(['check', '--format', 'json', '--rule', 'table3/row-total=off', '--rule', 'table3/processed-sum=warning', folderWith({ 'b.txt': broken })]);
    const ids = (JSON.parse(off.stdout) as Entry[])[0]!.findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).not.toContain('table3/row-total:error');
    expect(ids).toContain('table3/processed-sum:warning');
    const tablesOnly = nianbao(['check', '--format', 'json', '--preset', 'tables-only', seed('003').path]);
    expect((JSON.parse(tablesOnly.stdout) as Entry[])[0]!.findings).toEqual([]);
  }, 30_000);

  it('checks carry-over against --previous', () => {
    // The 2022 report carried 3 applications forward; the 2023 one says none were carried over.
    const lastYear = seed('000')
      .text.replaceAll('2023', '2022')
      .replace('四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', '四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3');
    expect(lastYear).toContain('四、结转下年度继续办理\t\t3\t');
    const folder = folderWith({ '2023.txt': lastYear });
    const { stdout } = nianbao(['check', '--format', 'json', '--previous', `${folder}/2023.txt`, seed('000').path]);
    const carry = (JSON.parse(stdout) as Entry[])[0]!.findings.filter((f) => f.ruleId === 'cross-year/carry-over');
    expect(carry.map((f) => f.cellIds?.[0])).toEqual(['t3.carriedOver.naturalPerson', 't3.carriedOver.total']);
    expect(carry[0]).toMatchObject({ expected: 3, actual: 0 });
  }, 30_000);

  it('exits 2 on misuse', () => {
    expect(nianbao(['check', '--rule', 'no/such-rule=error', 'a.txt']).code).toBe(2);
    expect(nianbao(['check', '--rule', 'table3/row-total=loud', 'a.txt']).code).toBe(2);
    expect(nianbao(['check', '--preset', 'lenient', 'a.txt']).code).toBe(2);
    expect(nianbao(['check', '--format', 'xml', 'a.txt']).code).toBe(2);
  }, 30_000);
});
