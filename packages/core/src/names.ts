import { PARTS, type PartId, type TableNumber } from './template-2021.js';

/**
 * The names people use for the template's tables and parts, derived from its parts so parsers,
 * rules and renderers say them alike.
 */

/** `表二`, `表三`, `表四`: numbered after the parts that hold them, as reviewers call them. */
export function tableName(table: TableNumber): string {
  const part = PARTS.find((p) => p.table === table);
  if (!part) throw new TypeError(`No part holds table ${table}`);
  return `表${part.numeral}`;
}

/** A part's heading as the template numbers it: `五、存在的主要问题及改进情况`. */
export function partHeading(id: PartId): string {
  const part = PARTS.find((p) => p.id === id);
  if (!part) throw new TypeError(`Unknown part id: ${JSON.stringify(id)}`);
  return `${part.numeral}、${part.label}`;
}
