// Bad input never throws: random strings, random bytes and real reports cut and scrambled all come
// back as a valid Report with diagnostics.
import { ReportSchema, flattenCells } from '@nianbao/core';
import { loadSeeds, seed } from '@nianbao/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from '../src/index.js';

const seeds = loadSeeds();

/** A real report with random edits: chunks deleted, duplicated, swapped, noise inserted. */
const mutatedSeed = fc
  .record({
    index: fc.nat({ max: seeds.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat({ max: 400 }),
        kind: fc.constantFrom('delete', 'duplicate', 'insert', 'swap-lines'),
        noise: fc.string({ unit: fc.constantFrom('\t', '|', '\n', ' ', '0', '9', '/', '一、', '（', '）', '总计', '<td>', '&nbsp;', '\r') , maxLength: 30 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ index, edits }) => {
    let text = seeds[index]!.text;
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length);
      if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
      else if (edit.kind === 'duplicate') text = text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
      else if (edit.kind === 'insert') text = text.slice(0, at) + edit.noise + text.slice(at);
      else {
        const lines = text.split('\n');
        const i = at % lines.length;
        const j = (at + edit.length) % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        text = lines.join('\n');
      }
    }
    return text;
  });

function expectValidResult(result: ReturnType<typeof parseText>): void {
  expect(ReportSchema.safeParse(result.report).success).toBe(true);
  for (const d of result.diagnostics) expect(d.message.length).toBeGreaterThan(0);
}

describe('fuzzing', () => {
  it('mutated real reports never throw', () => {
    fc.assert(fc.property(mutatedSeed, (text) => expectValidResult(parseText(text))), { seed: 1, numRuns: 400 });
  }, 60_000);

  it('random text in every text format never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom('text', 'markdown', 'html') , (text, format) =>
        expectValidResult(parseText(text, { format })),
      ),
      { seed: 2, numRuns: 400 },
    );
  }, 60_000);

  it('random bytes never throw or reject', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => expectValidResult(await parseReport(bytes))),
      { seed: 3, numRuns: 300 },
    );
  }, 60_000);

  it('a 5 MB input is read, the first report in it exactly', () => {
    const first = seed('001');
    let big = first.text;
    while (big.length < 5_000_000) big += `\n${seeds.map((s) => s.text).join('\n')}`;
    const result = parseText(big);
    expect(flattenCells(result.report)).toEqual(first.truth.cells);
  }, 60_000);

  it('rejects only programmer errors', async () => {
    expect(() => parseText(42 as unknown as string)).toThrow(TypeError);
    await expect(parseReport(null as unknown as string)).rejects.toThrow(TypeError);
    expect(() => parseText('x', { format: 'rtf' as 'text' })).toThrow(TypeError);
    expect(() => parseText('x', { format: 'pdf' as 'text' })).toThrow(/parseReport/);
  });
});
