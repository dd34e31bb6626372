/**
 * Renders `docs/rules.md` from the rules' metadata. Not part of the package's public API: the
 * generate script and the staleness test import this module directly.
 *
 * @module
 */
import type { Severity } from '@nianbao/core';
import { RULE_CATEGORIES } from './define-rule.js';
import { PRESET_IDS, presets } from './presets.js';
import { rules as builtinRules } from './rules/index.js';
import type { Rule, RuleCategory } from './types.js';

const CATEGORY_NAMES: Readonly<Record<RuleCategory, string>> = {
  tables: '表格勾稽',
  cells: '单元格',
  structure: '结构与格式',
  metadata: '标题与年度',
  narrative: '正文与表格',
  content: '各部分内容',
  plausibility: '合理性',
  'cross-year': '跨年度',
};

const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The command that regenerates the file, quoted in its header. */
export const GENERATE_COMMAND = 'npx -y pnpm@10.34.9 --filter @nianbao/rules generate';

/** The markdown of `docs/rules.md` for these rules (the built-in ones by default). */
export function renderRuleDocs(list: readonly Rule[] = builtinRules): string {
  const lines: string[] = [
    `<!-- Generated from the rules' metadata by packages/rules/scripts/generate-docs.ts. Do not edit; run \`${GENERATE_COMMAND}\`. -->`,
    '',
    '# 检查规则 · Rules',
    '',
    '`@nianbao/rules` 的内置规则，依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）检查年度报告。',
    '每条发现（finding）写明规则 id、级别、涉及的单元格和部分、中英文说明，适用时给出应有值（expected）和实际值（actual）。',
    '',
    'The built-in rules of `@nianbao/rules`, which check annual reports against the 2021 template (国办公开办函〔2021〕30号).',
    'Every finding names its rule, severity, the cells and part it concerns, a Chinese and an English message, and where it applies the expected and actual values.',
    '',
    '## 配置 · Configuration',
    '',
    '```ts',
    "check(report, { preset: 'recommended', rules: { 'section1/length': 'off' }, previous: lastYear, customRules: [myRule] });",
    '```',
    '',
    '级别 · levels: `off`, `info`（提示）, `warning`（警告）, `error`（错误）。预设先按规则元数据定级，`rules` 再逐条覆盖；个别规则对较轻的情形以较低级别报告，最终级别取二者中较低者。',
    'The preset sets each rule’s level from its metadata and `rules` overrides by id; a rule may report a lesser case at a lower severity, and a finding gets the lower of that and the configured level.',
    '',
    '| preset | 说明 | description |',
    '|---|---|---|',
    ...PRESET_IDS.map((id) => `| \`${id}\` | ${cell(presets[id].description)} | ${cell(presets[id].descriptionEn)} |`),
    '',
    '## 规则一览 · Overview',
    '',
    '| id | 默认级别 · default | 类别 · category | 说明 · description |',
    '|---|---|---|---|',
  ];
  const ordered = [...list].sort(
    (a, b) => RULE_CATEGORIES.indexOf(a.meta.category) - RULE_CATEGORIES.indexOf(b.meta.category),
  );
  for (const { meta } of ordered) {
    lines.push(
      `| [\`${meta.id}\`](#${anchor(meta.id)}) | ${SEVERITY_NAMES[meta.defaultSeverity]} · \`${meta.defaultSeverity}\` | ${CATEGORY_NAMES[meta.category]} · ${meta.category} | ${cell(meta.docs.description)} |`,
    );
  }
  lines.push('', '## 规则详情 · Details');
  for (const { meta } of ordered) {
    lines.push(
      '',
      `### \`${meta.id}\``,
      '',
      `- 默认级别 · default severity: ${SEVERITY_NAMES[meta.defaultSeverity]} · \`${meta.defaultSeverity}\``,
      `- 类别 · category: ${CATEGORY_NAMES[meta.category]} · \`${meta.category}\``,
      ...(meta.fixable ? ['- 可自动修正 · fixable'] : []),
      '',
      `**说明** ${meta.docs.description}`,
      '',
      `**Description** ${meta.docs.descriptionEn}`,
      '',
      `**依据** ${meta.docs.rationale}`,
      ...(meta.docs.rationaleEn ? ['', `**Rationale** ${meta.docs.rationaleEn}`] : []),
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** GitHub's heading anchor for `### \`table3/row-total\``: lower-case, punctuation except `-` dropped. */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9\- ]/g, '').replace(/ /g, '-');
}
