// DOCX and PDF through the public API, as users call it: the format comes from the bytes (the file
// name here says nothing), and the five seeds read back to their hand-checked cells.
import { readFileSync } from 'node:fs';
import { flattenCells } from '@nianbao/core';
import { loadSeeds } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseReport } from '../src/index.js';

const fixture = (format: 'docx' | 'pdf', name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${format}/${name}.${format}`, import.meta.url)));

describe.each(['docx', 'pdf'] as const)('%s', (format) => {
  it.each(loadSeeds().map((s) => [s.name, s] as const))('seed %s reads back to its 200 cells, year and agency', async (_name, s) => {
    const bytes = fixture(format, s.name);
    expect(detectFormat(bytes, 'report.txt')).toBe(format);
    const { report, format: read } = await parseReport(bytes, { fileName: 'report.txt' });
    expect(read).toBe(format);
    expect(flattenCells(report)).toEqual(s.truth.cells);
    expect(report.metadata).toMatchObject({ agency: s.truth.agency, year: s.truth.year });
  }, 30_000);
});

describe('binary inputs that are not what they seem', () => {
  it('a DOCX passed as a string is an error diagnostic, not a crash', async () => {
    const { diagnostics, format } = await parseReport('PK\u0003\u0004 not really', { format: 'docx' });
    expect(format).toBe('docx');
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['input/binary-as-text', 'error']]);
  });

  it('limits reach the adapters', async () => {
    const { diagnostics } = await parseReport(fixture('docx', loadSeeds()[0]!.name), { limits: { docx: { maxEntries: 2 } } });
    expect(diagnostics.map((d) => d.code)).toContain('docx/too-large');
  });
});
