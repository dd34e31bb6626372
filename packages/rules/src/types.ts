import type { CellId, CellValues, PartId, Report, Severity, SourceLocation } from '@nianbao/core';

/** How a rule is configured: off, or the severity its findings carry. */
export type RuleLevel = 'off' | Severity;

/** The named configurations `check` accepts. */
export type Preset = 'recommended' | 'strict' | 'tables-only';

/**
 * What a rule looks at. Presets switch rules by category (`tables-only` keeps `tables` and `cells`),
 * and the generated docs group rules by it.
 */
export type RuleCategory =
  | 'tables'
  | 'cells'
  | 'structure'
  | 'metadata'
  | 'narrative'
  | 'content'
  | 'plausibility'
  | 'cross-year';

/** A rule's documentation, from which `docs/rules.md` is generated. */
export interface RuleDocs {
  /** What the rule checks, in Chinese. */
  readonly description: string;
  /** What the rule checks, in English. */
  readonly descriptionEn: string;
  /** The template clause (or law) the rule enforces, in Chinese, quoted where possible. */
  readonly rationale: string;
  /** The same rationale in English. */
  readonly rationaleEn?: string;
}

/** What a rule says about itself. */
export interface RuleMeta {
  /** Stable public id, `family/name` in kebab-case, e.g. `table3/row-total`. */
  readonly id: string;
  readonly category: RuleCategory;
  /** The severity under the `recommended` preset. */
  readonly defaultSeverity: Severity;
  /** Whether the findings' `expected` values can be applied as they stand. No built-in rule claims this yet. */
  readonly fixable?: boolean;
  readonly docs: RuleDocs;
}

/** One problem, as a rule reports it; the engine adds the rule id, severity and location. */
export interface ReportDescriptor {
  /** Chinese message for the people who fix the report: which cell, what it should be, why. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  /** The cells concerned, most relevant first: the first one's location becomes the finding's. */
  readonly cellIds?: readonly CellId[];
  /** The part concerned; when omitted, the part holding the first cell. */
  readonly part?: PartId;
  readonly expected?: number | string | null;
  readonly actual?: number | string | null;
  /**
   * For rules with two levels: the finding is reported at the lower of this and the configured
   * level (e.g. a numbering slip at `info` from a rule configured at `error`).
   */
  readonly severity?: Severity;
  /** Overrides the location the engine would take from the first cell, its table or the part. */
  readonly location?: SourceLocation;
}

/** What a rule's `check` receives. */
export interface RuleContext {
  /** The report being checked. */
  readonly current: Report;
  /** Every cell value of `current` by id (computed once per `check` call). */
  readonly values: Readonly<CellValues>;
  /** Last year's report of the same agency, when `check` was given one. */
  readonly previous: Report | undefined;
  /** Every cell value of `previous`, when given. */
  readonly previousValues: Readonly<CellValues> | undefined;
  /** The level this rule runs at (never `off`: rules that are off do not run). */
  readonly severity: Severity;
  /** Reports one problem. */
  report(descriptor: ReportDescriptor): void;
}

/** A check, shaped like an ESLint / textlint rule. Build your own with `defineRule`. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Options of `check`. */
export interface CheckOptions {
  /** Base configuration; `recommended` when omitted. */
  readonly preset?: Preset;
  /** Per-rule levels by rule id, over the preset's. Unknown ids throw, so a typo does not pass silently. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** Last year's report of the same agency, for the `cross-year/*` rules. */
  readonly previous?: Report;
  /** Your own rules (see `defineRule`), run after the built-in ones under the same configuration. */
  readonly customRules?: readonly Rule[];
}

/** A preset: how it sets each rule's level. */
export interface PresetDefinition {
  readonly description: string;
  readonly descriptionEn: string;
  /** The level a rule gets under this preset. */
  level(meta: RuleMeta): RuleLevel;
}
