import { SEVERITIES } from '@nianbao/core';
import type { Rule, RuleCategory } from './types.js';

/** `family/name`, kebab-case segments; an optional `@scope/` lets plugins namespace their rules. */
const RULE_ID = /^(?:@[a-z0-9-]+\/)?[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Every rule category, in documentation order. */
export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'tables',
  'cells',
  'structure',
  'metadata',
  'narrative',
  'content',
  'plausibility',
  'cross-year',
];

/**
 * Declares a rule, checking its metadata up front so a malformed rule fails where it is written,
 * not in the middle of a check. Returns the rule unchanged.
 *
 * @example
 * ```ts
 * const contact = defineRule({
 *   meta: {
 *     id: 'my-office/contact',
 *     category: 'content',
 *     defaultSeverity: 'warning',
 *     docs: { description: '报告应写明联系方式', descriptionEn: 'The report gives a contact', rationale: '本单位要求' },
 *   },
 *   check(context) {
 *     if (!context.current.metadata.contact) context.report({ message: '未写明联系方式', messageEn: 'No contact given' });
 *   },
 * });
 * check(report, { customRules: [contact] });
 * ```
 * @throws TypeError when the id, category, default severity, docs or `check` are missing or malformed.
 */
export function defineRule(rule: Rule): Rule {
  const meta = rule?.meta;
  const id = typeof meta?.id === 'string' ? meta.id : String(meta?.id);
  if (!meta || !RULE_ID.test(id)) throw new TypeError(`Rule id must be kebab-case \`family/name\`, got ${JSON.stringify(meta?.id)}`);
  if (!RULE_CATEGORIES.includes(meta.category)) {
    throw new TypeError(`Rule ${id}: category must be one of ${RULE_CATEGORIES.join(', ')}, got ${JSON.stringify(meta.category)}`);
  }
  if (!SEVERITIES.includes(meta.defaultSeverity)) {
    throw new TypeError(`Rule ${id}: defaultSeverity must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(meta.defaultSeverity)}`);
  }
  const docs = meta.docs;
  if (!docs || !docs.description || !docs.descriptionEn || !docs.rationale) {
    throw new TypeError(`Rule ${id}: docs need description, descriptionEn and rationale`);
  }
  if (typeof rule.check !== 'function') throw new TypeError(`Rule ${id}: check must be a function`);
  return rule;
}
