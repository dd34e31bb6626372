// Pins the data model to the contract: every cell id, label and order comes from the spec document
// itself (docs/template-2021.md, a copy of the shared spec), not from the code under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CELLS, CELL_IDS, PARTS, TABLE3_NOTE, getCellDefinition, isCellId, type CellId } from '../src/index.js';

const spec = readFileSync(new URL('../../../docs/template-2021.md', import.meta.url), 'utf8');
const section = (heading: string) => spec.slice(spec.indexOf(heading), spec.indexOf('\n### ', spec.indexOf(heading) + 1));

function specTable3() {
  const text = section('### Table 3');
  const columns = [...text.slice(text.indexOf('Columns'), text.indexOf('Cell id:')).matchAll(/([\p{Script=Han}]+) `(\w+)`/gu)].map(
    (m) => ({ label: m[1]!, id: m[2]! }),
  );
  const rows = [...text.matchAll(/^\| (\d+) \| (.+?) \| `([\w.]+)` \|$/gmu)].map((m) => ({ n: Number(m[1]), label: m[2]!, id: m[3]! }));
  return { columns, rows };
}

function specTable2() {
  const text = section('### Table 2');
  const columnIds: Record<string, string> = {};
  for (const m of text.matchAll(/(本年[^`]*?|现行有效件数) `\.(\w+)`/gu)) columnIds[m[2]!] = m[1]!.trim();
  const rows = [...text.matchAll(/^\| 第二十条第（.）项 \| (\S+) \| `(t2\.\w+)` \| (.+) \|$/gmu)].map((m) => ({
    label: m[1]!,
    prefix: m[2]!,
    suffixes: m[3] === 'same three' ? ['issued', 'repealed', 'inForce'] : [...m[3]!.matchAll(/`\.(\w+)`/g)].map((s) => s[1]!),
  }));
  return { rows, columnIds };
}

function specTable4() {
  const text = section('### Table 4');
  const pairs = (s: string) => [...s.matchAll(/([\p{Script=Han}]+)\s+`(\w+)`/gu)].map((m) => ({ label: m[1]!, id: m[2]! }));
  const blocksLine = text.slice(text.indexOf('Blocks:'), text.indexOf('Each block:'));
  const columnsLine = text.slice(text.indexOf('Each block:'), text.indexOf('Cell id:'));
  return { blocks: pairs(blocksLine), columns: pairs(columnsLine) };
}

describe('cell ids', () => {
  it('has exactly the 200 cells the spec defines, in template order', () => {
    const t2 = specTable2();
    const t3 = specTable3();
    const t4 = specTable4();
    const expected = [
      ...t2.rows.flatMap((row) => row.suffixes.map((s) => `${row.prefix}.${s}`)),
      ...t3.rows.flatMap((row) => t3.columns.map((c) => `t3.${row.id}.${c.id}`)),
      ...t4.blocks.flatMap((block) => t4.columns.map((c) => `t4.${block.id}.${c.id}`)),
    ];
    expect(t2.rows).toHaveLength(6);
    expect(t3.rows).toHaveLength(25);
    expect(t3.columns).toHaveLength(7);
    expect(expected).toHaveLength(200);
    expect([...CELL_IDS]).toEqual(expected);
    expect(new Set(CELL_IDS).size).toBe(200);
    expect(CELLS.map((c) => c.order)).toEqual([...Array(200).keys()]);
  });

  it('labels table 3 rows and columns as the spec prints them', () => {
    const { rows, columns } = specTable3();
    for (const row of rows) {
      for (const column of columns) {
        const cell = getCellDefinition(`t3.${row.id}.${column.id}` as CellId);
        expect(cell.rowLabel, row.id).toBe(row.label);
        expect(cell.columnLabel).toBe(column.label);
      }
    }
    expect(getCellDefinition('t3.denied.stateSecret.commercial').columnGroup).toBe('法人或其他组织');
    expect(getCellDefinition('t3.denied.stateSecret.commercial').rowGroup).toBe('（三）不予公开');
  });

  it('labels table 2 and table 4 cells as the spec prints them', () => {
    const t2 = specTable2();
    for (const row of t2.rows) {
      for (const suffix of row.suffixes) {
        const cell = getCellDefinition(`${row.prefix}.${suffix}` as CellId);
        expect(cell.rowLabel).toBe(row.label);
        expect(cell.columnLabel).toBe(t2.columnIds[suffix]);
      }
    }
    const t4 = specTable4();
    for (const block of t4.blocks) {
      for (const column of t4.columns) {
        const cell = getCellDefinition(`t4.${block.id}.${column.id}` as CellId);
        expect(cell.rowLabel).toBe(block.label);
        expect(cell.columnLabel).toBe(column.label);
      }
    }
  });

  it('marks only the fee amount as a possible decimal', () => {
    expect(CELLS.filter((c) => !c.integer).map((c) => c.id)).toEqual(['t2.fees.amount']);
  });

  it('rejects strings that are not cell ids', () => {
    expect(isCellId('t3.granted.total')).toBe(true);
    expect(isCellId('t3.granted.totals')).toBe(false);
    expect(isCellId(42)).toBe(false);
    expect(() => getCellDefinition('t9.x' as CellId)).toThrow(TypeError);
  });
});

describe('parts', () => {
  it('lists the six parts with the spec headings in order', () => {
    const headings = [...spec.matchAll(/^\| ([一二三四五六]) \| (\S+) \| (prose|table \d) \|/gmu)].map((m) => [m[1], m[2], m[3]]);
    expect(PARTS.map((p) => [p.numeral, p.label, p.kind === 'prose' ? 'prose' : `table ${p.table}`])).toEqual(headings);
  });

  it('carries the note printed on table 3', () => {
    expect(spec.replace(/\(/g, '（').replace(/\)/g, '）')).toContain(TABLE3_NOTE);
  });
});
