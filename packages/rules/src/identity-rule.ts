/**
 * The four identity rules share one shape: evaluate core's `IDENTITIES` of one kind and report each
 * that fails. Messages are built from each identity's own description (`表三“总计”列：本年新收 +
 * 上年结转 = 办理结果总计 + 结转下年度继续办理`) with the values filled in, so neither the
 * arithmetic nor the labels are spelled a second time here.
 *
 * @module
 */
import {
  IDENTITIES,
  evaluateIdentity,
  getCellDefinition,
  type CellId,
  type CellValues,
  type Identity,
  type IdentityKind,
  type IdentityResult,
} from '@nianbao/core';
import { defineRule } from './define-rule.js';
import { shortLabel } from './labels.js';
import type { ReportDescriptor, Rule, RuleMeta } from './types.js';

/** A rule that reports every failing identity of one kind; blank cells make an identity say nothing (cell/blank covers them). */
export function identityRule(kind: IdentityKind, meta: RuleMeta): Rule {
  const identities = IDENTITIES.filter((identity) => identity.kind === kind);
  return defineRule({
    meta,
    check(context) {
      for (const identity of identities) {
        const result = evaluateIdentity(identity, context.values);
        if (result.status === 'fails') context.report(describeFailure(result, context.values));
      }
    },
  });
}

/**
 * The finding for a failing identity. The side made of one cell is the total as written (`actual`)
 * and the other side is what it should be (`expected`); for the balance, whose sides both have two
 * cells, incoming (new + carried over) is `expected` and outgoing `actual`.
 */
export function describeFailure(result: IdentityResult, values: Readonly<Partial<CellValues>>): ReportDescriptor {
  const { identity } = result;
  const left = result.left ?? 0;
  const right = result.right ?? 0;
  const totalOnLeft = identity.left.length === 1;
  return {
    message: render(identity, identity.description, '：', values, 'zh', left, right),
    messageEn: render(identity, identity.descriptionEn, ': ', values, 'en', left, right),
    cellIds: [...identity.left, ...identity.right],
    expected: totalOnLeft ? right : left,
    actual: totalOnLeft ? left : right,
  };
}

const EQUALS = ' = ';
const PLUS = ' + ';

function render(
  identity: Identity,
  description: string,
  colon: string,
  values: Readonly<Partial<CellValues>>,
  language: 'zh' | 'en',
  left: number,
  right: number,
): string {
  const equals = description.indexOf(EQUALS);
  const scopeEnd = equals < 0 ? -1 : description.lastIndexOf(colon, equals);
  const should = language === 'zh' ? ' 应等于 ' : ' should equal ';
  if (scopeEnd < 0) return `${description}${colon}${left} ≠ ${right}`;
  const scope = description.slice(0, scopeEnd);
  const leftText = description.slice(scopeEnd + colon.length, equals);
  const rightText = description.slice(equals + EQUALS.length);
  const sides = `${side(leftText, identity.left, values, language)}${should}${side(rightText, identity.right, values, language)}`;
  // Two sums side by side (the balance) are easier to compare with the totals spelled out.
  const both = identity.left.length > 1 && identity.right.length > 1;
  const sums = !both ? '' : language === 'zh' ? `（${left} ≠ ${right}）` : ` (${left} ≠ ${right})`;
  return `${scope}${colon}${sides}${sums}`;
}

/** One side of an identity with its values: term by term, or one term with its sum and the non-zero addends. */
function side(text: string, cells: readonly CellId[], values: Readonly<Partial<CellValues>>, language: 'zh' | 'en'): string {
  const terms = text.split(PLUS);
  const value = (id: CellId) => values[id] ?? 0;
  if (terms.length === cells.length) return terms.map((term, i) => `${term} ${value(cells[i] as CellId)}`).join(PLUS);
  const sum = cells.reduce((total, id) => total + value(id), 0);
  const addends = cells.filter((id) => value(id) !== 0).map((id) => `${addendName(id, cells, language)} ${value(id)}`);
  if (addends.length === 0) return `${text} ${sum}`;
  return language === 'zh' ? `${text} ${sum}（${addends.join(PLUS)}）` : `${text} ${sum} (${addends.join(PLUS)})`;
}

/** What tells one addend from the others: its column when they share a row, else its row. */
function addendName(id: CellId, cells: readonly CellId[], language: 'zh' | 'en'): string {
  const cell = getCellDefinition(id);
  const sameRow = cells.every((other) => getCellDefinition(other).row === cell.row);
  if (language === 'en') return sameRow ? cell.column : cell.row;
  if (sameRow) return cell.columnLabel;
  const row = shortLabel(cell.rowLabel);
  return cell.rowGroup !== null && /^\d/.test(cell.rowLabel) ? `${shortLabel(cell.rowGroup)}·${row}` : row;
}
