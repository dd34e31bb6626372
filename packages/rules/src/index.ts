/**
 * `@nianbao/rules` — checks for government information-disclosure annual reports (2021 template,
 * 国办公开办函〔2021〕30号): tables that add up, prose that matches them, parts that say what the
 * template asks. Rules are shaped like ESLint / textlint rules; each finding names its rule, its
 * severity, the cells and part it concerns, a Chinese and an English message, and where it applies
 * the expected and actual values.
 *
 * ```ts
 * import { check } from '@nianbao/rules';
 * const findings = check(report, { preset: 'recommended', previous: lastYearsReport });
 * ```
 *
 * @packageDocumentation
 */

export { check } from './check.js';
export { defineRule } from './define-rule.js';
export { presets } from './presets.js';
export { rules } from './rules/index.js';
export type {
  CheckOptions,
  Preset,
  PresetDefinition,
  ReportDescriptor,
  Rule,
  RuleCategory,
  RuleContext,
  RuleDocs,
  RuleLevel,
  RuleMeta,
} from './types.js';
