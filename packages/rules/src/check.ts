import {
  PARTS,
  flattenCells,
  getCell,
  getCellDefinition,
  type CellId,
  type CellValues,
  type Finding,
  type PartId,
  type Report,
  type Severity,
  type SourceLocation,
  type TableNumber,
} from '@nianbao/core';
import { defineRule } from './define-rule.js';
import { presets } from './presets.js';
import { rules as builtinRules } from './rules/index.js';
import { isRuleLevel, lowerSeverity } from './severity.js';
import type { CheckOptions, ReportDescriptor, Rule, RuleContext, RuleLevel } from './types.js';

const PART_ORDER: ReadonlyMap<PartId, number> = new Map(PARTS.map((part, index) => [part.id, index]));
const PART_OF_TABLE: ReadonlyMap<TableNumber, PartId> = new Map(
  PARTS.filter((part) => part.table !== undefined).map((part) => [part.table as TableNumber, part.id]),
);
const TABLE_KEY = { 2: 't2', 3: 't3', 4: 't4' } as const satisfies Record<TableNumber, keyof Report['tables']>;

interface Sortable {
  readonly finding: Finding;
  readonly partOrder: number;
  readonly cellOrder: number;
}

/**
 * Checks a report with the built-in rules (and any `customRules`) and returns the findings in a
 * stable order: by part (report-level findings first), then template cell order, then rule id, then
 * message.
 *
 * Levels: the preset (default `recommended`) sets each rule's level from its metadata, `rules`
 * overrides by id; a rule at `off` does not run. A rule may report a finding at a lower severity
 * than its configured level, never a higher one.
 *
 * @throws TypeError on a configuration error: an unknown rule id or level in `rules`, an unknown
 * preset, a custom rule whose id is taken, or a malformed custom rule. A rule that throws while
 * checking is re-thrown as an Error naming the rule, with the original as `cause`.
 */
export function check(report: Report, options: CheckOptions = {}): Finding[] {
  const presetId = options.preset ?? 'recommended';
  const preset = presets[presetId];
  if (!preset) throw new TypeError(`Unknown preset ${JSON.stringify(presetId)}; use one of ${Object.keys(presets).join(', ')}`);

  const all: Rule[] = [...builtinRules];
  const ids = new Set(all.map((rule) => rule.meta.id));
  for (const rule of options.customRules ?? []) {
    defineRule(rule);
    if (ids.has(rule.meta.id)) throw new TypeError(`Rule id ${JSON.stringify(rule.meta.id)} is already taken`);
    ids.add(rule.meta.id);
    all.push(rule);
  }
  const overrides = options.rules ?? {};
  for (const [id, level] of Object.entries(overrides)) {
    if (!ids.has(id)) throw new TypeError(`Unknown rule ${JSON.stringify(id)} in options.rules`);
    if (!isRuleLevel(level)) throw new TypeError(`Rule ${id}: level must be off, info, warning or error, got ${JSON.stringify(level)}`);
  }

  const values = flattenCells(report);
  const previous = options.previous;
  const previousValues: CellValues | undefined = previous ? flattenCells(previous) : undefined;
  const collected: Sortable[] = [];

  for (const rule of all) {
    const level: RuleLevel = overrides[rule.meta.id] ?? preset.level(rule.meta);
    if (level === 'off') continue;
    const ruleId = rule.meta.id;
    const context: RuleContext = {
      current: report,
      values,
      previous,
      previousValues,
      severity: level,
      report: (descriptor) => collected.push(toFinding(report, ruleId, level, descriptor)),
    };
    try {
      rule.check(context);
    } catch (error) {
      throw new Error(`Rule ${ruleId} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  collected.sort(
    (a, b) =>
      a.partOrder - b.partOrder ||
      a.cellOrder - b.cellOrder ||
      compareText(a.finding.ruleId, b.finding.ruleId) ||
      compareText(a.finding.message, b.finding.message),
  );
  return collected.map((entry) => entry.finding);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toFinding(report: Report, ruleId: string, level: Severity, descriptor: ReportDescriptor): Sortable {
  if (!descriptor.message || !descriptor.messageEn) throw new TypeError(`Rule ${ruleId} reported a finding without message and messageEn`);
  const cellIds = [...new Set(descriptor.cellIds ?? [])];
  const first = cellIds[0];
  const firstDefinition = first === undefined ? undefined : getCellDefinition(first);
  const part = descriptor.part ?? (firstDefinition ? PART_OF_TABLE.get(firstDefinition.table) : undefined);
  const severity = descriptor.severity ? lowerSeverity(descriptor.severity, level) : level;
  const location = descriptor.location ?? locate(report, first, part);

  const finding: Finding = { ruleId, severity, message: descriptor.message, messageEn: descriptor.messageEn, cellIds };
  if (part !== undefined) finding.part = part;
  if (descriptor.expected !== undefined) finding.expected = descriptor.expected;
  if (descriptor.actual !== undefined) finding.actual = descriptor.actual;
  if (location) finding.location = location;
  return {
    finding,
    partOrder: part === undefined ? -1 : (PART_ORDER.get(part) ?? -1),
    cellOrder: firstDefinition?.order ?? -1,
  };
}

/** The first cell's location, else its table's, else the part's. */
function locate(report: Report, cellId: CellId | undefined, part: PartId | undefined): SourceLocation | undefined {
  if (cellId !== undefined) {
    const cell = getCell(report, cellId);
    if (cell.location) return cell.location;
    const table = report.tables[TABLE_KEY[getCellDefinition(cellId).table]];
    if (table.location) return table.location;
  }
  if (part !== undefined) return report.parts[part].location ?? undefined;
  return undefined;
}
