import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELL_IDS, reportJsonSchema } from '../src/index.js';

describe('report.schema.json', () => {
  it('is current (regenerate with `pnpm generate`)', () => {
    const committed = readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });

  it('requires every cell id of every table', () => {
    const schema = reportJsonSchema() as {
      properties: { tables: { properties: Record<string, { properties: { cells: { required: string[]; additionalProperties: boolean } } }> } };
    };
    const tables = schema.properties.tables.properties;
    const required = ['t2', 't3', 't4'].flatMap((t) => tables[t]!.properties.cells.required);
    expect(required).toEqual([...CELL_IDS]);
    expect(tables.t3!.properties.cells.additionalProperties).toBe(false);
  });
});
