import { SEVERITIES, type Severity } from '@nianbao/core';
import type { RuleLevel } from './types.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The less serious of two severities. */
export function lowerSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The more serious of two severities. */
export function higherSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Whether a value is a rule level (`off` or a severity). */
export function isRuleLevel(value: unknown): value is RuleLevel {
  return value === 'off' || (SEVERITIES as readonly unknown[]).includes(value);
}
