import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';
import {
  CELL_IDS,
  IDENTITIES,
  TABLE3_COLUMNS,
  evaluateIdentities,
  evaluateIdentity,
  table3CellId,
  type CellId,
  type CellValues,
  type Table3ColumnId,
  type Table3RowId,
} from '../src/index.js';

/**
 * A hand-made consistent report: a county bureau that took 12 applications from people, 3 from
 * companies and 1 from a law firm, carried 2 over, and finished all but 2 (both from people).
 */
function consistentValues(): CellValues {
  const values = Object.fromEntries(CELL_IDS.map((id) => [id, 0])) as CellValues;
  const rows: Partial<Record<Table3RowId, Partial<Record<Table3ColumnId, number>>>> = {
    newReceived: { naturalPerson: 12, commercial: 3, legalService: 1 },
    carriedOver: { naturalPerson: 2 },
    granted: { naturalPerson: 5, commercial: 2 },
    partiallyGranted: { naturalPerson: 1 },
    'denied.thirdPartyRights': { naturalPerson: 1 },
    'unable.notHeld': { naturalPerson: 3, commercial: 1, legalService: 1 },
    'notProcessed.complaint': { naturalPerson: 1 },
    'other.overdueFee': { naturalPerson: 1 },
    totalProcessed: { naturalPerson: 12, commercial: 3, legalService: 1 },
    carriedForward: { naturalPerson: 2 },
  };
  for (const [row, columns] of Object.entries(rows) as [Table3RowId, Partial<Record<Table3ColumnId, number>>][]) {
    let total = 0;
    for (const [column, value] of Object.entries(columns) as [Table3ColumnId, number][]) {
      values[table3CellId(row, column)] = value;
      total += value;
    }
    values[table3CellId(row, 'total')] = total;
  }
  Object.assign(values, { 't4.review.upheld': 1, 't4.review.pending': 1, 't4.review.total': 2, 't4.litigationDirect.corrected': 1, 't4.litigationDirect.total': 1 });
  return values;
}

describe('identities', () => {
  it('are the 42 the spec lists, each over real cell ids', () => {
    const kinds = IDENTITIES.reduce<Record<string, number>>((n, i) => ({ ...n, [i.kind]: (n[i.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ 't3-balance': 7, 't3-processed': 7, 't3-row-total': 25, 't4-block-total': 3 });
    const ids = new Set<string>(CELL_IDS);
    for (const identity of IDENTITIES) for (const id of [...identity.left, ...identity.right]) expect(ids.has(id)).toBe(true);
    expect(IDENTITIES.find((i) => i.id === 't3-processed:total')!.right).toHaveLength(21);
    expect(IDENTITIES.find((i) => i.id === 't3-row-total:granted')!.right).toHaveLength(6);
  });

  it('all hold on a hand-made consistent report and on seed 001', () => {
    for (const values of [consistentValues(), seed('001').truth.cells as CellValues]) {
      const failing = evaluateIdentities(values).filter((r) => r.status !== 'holds');
      expect(failing.map((r) => r.identity.id)).toEqual([]);
    }
  });

  it('fail on a hand-broken report, naming the identity and the sums', () => {
    const values = consistentValues();
    values['t3.granted.naturalPerson'] = 6; // one more granted than the totals say
    const failing = evaluateIdentities(values).filter((r) => r.status === 'fails');
    expect(failing.map((r) => [r.identity.id, r.left, r.right])).toEqual([
      ['t3-processed:naturalPerson', 12, 13],
      ['t3-row-total:granted', 7, 8],
    ]);
    expect(failing[0]!.identity.right).toContain('t3.granted.naturalPerson');
  });

  it('catch a broken balance and a broken table-4 block', () => {
    const values = consistentValues();
    values['t3.carriedForward.naturalPerson'] = 3;
    values['t3.carriedForward.total'] = 3;
    values['t4.litigationDirect.total'] = 2;
    const failing = evaluateIdentities(values).filter((r) => r.status === 'fails').map((r) => r.identity.id);
    expect(failing).toEqual(['t3-balance:naturalPerson', 't3-balance:total', 't4-block-total:litigationDirect']);
  });

  it('are incomplete, not failed, when a cell is blank, and name the blank cell', () => {
    const values = consistentValues();
    values['t4.review.corrected'] = null;
    const result = evaluateIdentity(IDENTITIES.find((i) => i.id === 't4-block-total:review')!, values);
    expect(result).toMatchObject({ status: 'incomplete', left: 2, right: null, blank: ['t4.review.corrected'] });
  });

  it('describe themselves in Chinese and English with the labels of the template', () => {
    const balance = IDENTITIES.filter((i) => i.kind === 't3-balance');
    expect(balance.map((i) => i.id.split(':')[1])).toEqual(TABLE3_COLUMNS.map((c) => c.id));
    expect(balance[0]!.description).toContain('自然人');
    expect(balance[0]!.descriptionEn).toMatch(/carried forward/);
    const missing: CellId[] = IDENTITIES.flatMap((i) => [...i.left, ...i.right]).filter((id) => !id.startsWith('t'));
    expect(missing).toEqual([]);
  });
});
