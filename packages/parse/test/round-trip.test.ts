// Property: any consistent report, written out in any supported layout with any mix of quirks,
// parses back to the same 200 cells, year and agency. Fixed seeds keep failures reproducible.
import { flattenCells } from '@nianbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { arbitraryReport } from '@nianbao/fixtures/arbitrary-report';
import { ALL_QUIRKS, LAYOUTS, NO_QUIRKS, arbitraryDocument, writeReport } from './support/write-report.js';

describe('write → parse round trip', () => {
  it.each([false, true])('reads back every cell (blank cells: %s)', (blanks) => {
    fc.assert(
      fc.property(arbitraryDocument(arbitraryReport({ blanks })), ({ report, layout, text }) => {
        const parsed = parseText(text).report;
        expect(flattenCells(parsed), layout).toEqual(flattenCells(report));
        expect(parsed.metadata.year).toBe(report.metadata.year);
        expect(parsed.metadata.agency).toBe(report.metadata.agency);
      }),
      { seed: blanks ? 20211 : 20210, numRuns: 120 },
    );
  }, 60_000);

  it.each(LAYOUTS)('%s, with no quirks and with all of them', (layout) => {
    const reports = fc.sample(arbitraryReport({ blanks: true }), { seed: 7, numRuns: 6 });
    for (const [i, report] of reports.entries()) {
      for (const quirks of [NO_QUIRKS, ALL_QUIRKS]) {
        const { report: parsed, format } = parseText(writeReport(report, layout, quirks, { seed: i }));
        expect(flattenCells(parsed)).toEqual(flattenCells(report));
        expect(format).toBe(layout === 'html' ? 'html' : layout === 'markdown' ? 'markdown' : 'text');
      }
    }
  }, 60_000);
});
