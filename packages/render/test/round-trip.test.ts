// What render writes, parse reads back: the same 200 cells (blanks included), the agency and year,
// the six part headings and the parts' text. Over the five seeds and random consistent reports.
import { PARTS, flattenCells, type Report } from '@nianbao/core';
import { parseText } from '@nianbao/parse';
import fc from 'fast-check';
import { loadSeeds } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText } from '../src/index.js';
import { arbitraryReport } from '@nianbao/fixtures/arbitrary-report';
import { seedReports } from './support/reports.js';

const renderers = {
  markdown: (report: Report) => renderMarkdown(report),
  text: (report: Report) => renderText(report),
  'text, one line per paragraph': (report: Report) => renderText(report, { width: Infinity }),
  'text, narrow': (report: Report) => renderText(report, { width: 24, ambiguousWidth: 2 }),
} as const;

/** The part texts as render lays them out: one trimmed non-empty line per paragraph. */
function partTexts(report: Report): Record<string, string> {
  return Object.fromEntries(
    PARTS.map((part) => [
      part.id,
      report.parts[part.id].text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n'),
    ]),
  );
}

function expectRoundTrip(report: Report, render: (report: Report) => string, prose: boolean, format: 'markdown' | 'text'): void {
  const { report: parsed, format: detected } = parseText(render(report));
  expect(detected).toBe(format);
  expect(flattenCells(parsed)).toEqual(flattenCells(report));
  // The parser reads the agency from the title; a title as written may not name it (seed 003).
  const { title, agency } = report.metadata;
  if (agency !== null && (title === null || title.startsWith(agency))) expect(parsed.metadata.agency).toBe(agency);
  expect(parsed.metadata.year).toBe(report.metadata.year);
  for (const part of PARTS) expect(parsed.parts[part.id].heading, part.id).not.toBeNull();
  if (prose) expect(partTexts(parsed)).toEqual(partTexts(report));
}

describe.each(Object.entries(renderers))('%s → parseText', (name, render) => {
  // Wrapping breaks paragraphs into lines, each read back as a paragraph of its own.
  const prose = name === 'markdown' || name === 'text, one line per paragraph';
  const format = name === 'markdown' ? 'markdown' : 'text';

  it.each(seedReports().map(({ name: seed, report }) => [seed, report] as const))('reads seed %s back', (_, report) => {
    expectRoundTrip(report, render, prose, format);
  });

  it.each(loadSeeds().map((seed) => [seed.name, seed] as const))('reads seed %s as parsed from its source back', (_, seed) => {
    // Real prose and metadata as the parser found them, cells as it read them.
    const { report } = parseText(seed.text);
    expectRoundTrip(report, render, prose, format);
  });

  it('reads random consistent reports back, blanks included', () => {
    fc.assert(
      fc.property(arbitraryReport({ blanks: true }), (report) => expectRoundTrip(report, render, prose, format)),
      { seed: 5, numRuns: 150 },
    );
  }, 60_000);

  it('reads an empty report back as all blank', () => {
    const report = arbitraryReport().map((r) => {
      for (const table of [r.tables.t2, r.tables.t3, r.tables.t4]) for (const cell of Object.values(table.cells)) cell.value = null;
      return r;
    });
    fc.assert(fc.property(report, (r) => expectRoundTrip(r, render, prose, format)), { seed: 9, numRuns: 5 });
  });
});
