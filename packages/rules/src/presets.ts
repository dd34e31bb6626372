import { higherSeverity } from './severity.js';
import type { Preset, PresetDefinition } from './types.js';

/**
 * The named configurations. A preset decides each rule's level from its metadata, so it applies to
 * custom rules as well; `CheckOptions.rules` then overrides rule by rule.
 */
export const presets: Readonly<Record<Preset, PresetDefinition>> = Object.freeze({
  recommended: {
    description: '每条规则按其默认级别运行。',
    descriptionEn: 'Every rule at its default severity.',
    level: (meta) => meta.defaultSeverity,
  },
  strict: {
    description: '每条规则至少为警告（提示级规则升为警告）。',
    descriptionEn: "Every rule at least 'warning' (info rules are raised to warning).",
    level: (meta) => higherSeverity(meta.defaultSeverity, 'warning'),
  },
  'tables-only': {
    description: '只检查表格：勾稽关系（table3/*、table4/*）和单元格（cell/*），其余规则关闭。',
    descriptionEn: 'Tables only: the identities (table3/*, table4/*) and cells (cell/*); every other rule off.',
    level: (meta) => (meta.category === 'tables' || meta.category === 'cells' ? meta.defaultSeverity : 'off'),
  },
});

/** Preset ids in documentation order. */
export const PRESET_IDS: readonly Preset[] = ['recommended', 'strict', 'tables-only'];
