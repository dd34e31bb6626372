/**
 * Checks the table identities of the bundled reports' true cell values with @nianbao/core.
 * Run: pnpm example examples/identities.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { evaluateIdentities, unflattenCells, flattenCells, type CellId } from '@nianbao/core';

const folder = new URL('../fixtures/seeds/', import.meta.url);
for (const file of readdirSync(folder).filter((f) => f.endsWith('.truth.json')).sort()) {
  const truth = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as {
    agency: string;
    year: number;
    cells: Record<CellId, number | null>;
  };
  const values = flattenCells(unflattenCells(truth.cells));
  const results = evaluateIdentities(values);
  const failing = results.filter((r) => r.status === 'fails');
  const incomplete = results.filter((r) => r.status === 'incomplete');
  console.log(`${truth.agency} ${truth.year}: ${results.length - failing.length - incomplete.length}/${results.length} identities hold`);
  for (const r of failing) console.log(`  ✗ ${r.identity.description}: ${r.left} ≠ ${r.right}`);
  for (const r of incomplete) console.log(`  ? ${r.identity.description}: blank ${r.blank.join(', ')}`);
}
