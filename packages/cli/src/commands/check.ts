import type { CAC } from 'cac';
import { createEmptyReport, type Finding } from '@nianbao/core';
import { check, presets, type Preset, type RuleLevel } from '@nianbao/rules';
import { expandInputs } from '../batch/expand-inputs.js';
import type { JobSpec } from '../batch/job-spec.js';
import { runBatch } from '../batch/run-batch.js';
import { EXIT, UsageError, progressLine, type RunIO } from '../io.js';
import type { CheckEntry } from '../jobs.js';
import { jsonArrayWriter } from '../output/extract-output.js';
import { checkTextWriter, type CheckFormat } from '../output/check-output.js';
import { parseWorkers } from './extract.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
const LEVELS = ['off', 'info', 'warning', 'error'];

/** `--rule id=level`, repeatable. */
function parseRuleOptions(values: string | string[] | undefined): Record<string, RuleLevel> | undefined {
  if (values === undefined) return undefined;
  const rules: Record<string, RuleLevel> = {};
  for (const value of Array.isArray(values) ? values : [values]) {
    const match = /^([\w/-]+)=(\w+)$/.exec(String(value));
    if (!match || !LEVELS.includes(match[2]!)) {
      throw new UsageError(`--rule 应写作 规则=级别（off|info|warning|error） / --rule takes id=level (off|info|warning|error): ${value}`);
    }
    rules[match[1]!] = match[2] as RuleLevel;
  }
  return rules;
}

export function registerCheck(cli: CAC, io: RunIO, setExit: (code: number) => void): void {
  cli
    .command('check <...inputs>', '检查年报：表格勾稽、正文与表格是否一致、格式要求 / Check reports: table identities, prose against tables, template rules')
    .option('--format <format>', '输出格式：text（默认）、json、markdown / output: text | json | markdown', { default: 'text' })
    .option('--preset <preset>', `规则预设 / rule preset: ${Object.keys(presets).join(' | ')}`, { default: 'recommended' })
    .option('--rule <id=level>', '调整单条规则级别，可重复 / set one rule: id=off|info|warning|error (repeatable)')
    .option('--previous <file>', '上一年度的报告，用于跨年度核对 / last year\'s report, for cross-year checks')
    .option('--lang <lang>', '文字输出语言：zh（默认）、en、both / language of text output: zh | en | both', { default: 'zh' })
    .option('--workers <n>', '工作线程数（默认按 CPU 核数） / worker threads (default: by cores)')
    .example('nianbao check examples/reports')
    .example('nianbao check report.html --previous report-2023.html --format json')
    .example('nianbao check "reports/**/*.docx" --rule section1/length=off')
    .action(
      async (
        inputs: string[],
        options: { format: string; preset: string; rule?: string | string[]; previous?: string; lang: string; workers?: string },
      ) => {
        if (!(FORMATS as readonly string[]).includes(options.format)) {
          throw new UsageError(`不支持的输出格式 / unsupported --format: ${options.format} (${FORMATS.join(' | ')})`);
        }
        if (!(options.preset in presets)) throw new UsageError(`未知的预设 / unknown --preset: ${options.preset} (${Object.keys(presets).join(' | ')})`);
        if (!['zh', 'en', 'both'].includes(options.lang)) throw new UsageError(`--lang: zh | en | both, not ${options.lang}`);
        const rules = parseRuleOptions(options.rule);
        const spec: JobSpec = {
          kind: 'check',
          preset: options.preset as Preset,
          ...(rules ? { rules } : {}),
          ...(options.previous ? { previous: options.previous } : {}),
        };
        try {
          // Configuration mistakes (an unknown rule id) surface here, once, as misuse.
          check(createEmptyReport(), { preset: spec.preset!, ...(rules ? { rules } : {}) });
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        const workers = parseWorkers(options.workers);
        const output =
          options.format === 'json'
            ? jsonArrayWriter<CheckEntry>()
            : checkTextWriter({ format: options.format as CheckFormat, language: options.lang as 'zh' | 'en' | 'both', color: io.color ?? false });
        const progress = progressLine(io, '检查 / checking');
        let errors = 0;
        await io.stdout(output.begin());
        await runBatch(expandInputs(inputs), spec, {
          ...(workers === undefined ? {} : { workers }),
          onEntry: async (entry, index) => {
            const checked = entry as CheckEntry;
            errors += checked.findings.filter((f: Finding) => f.severity === 'error').length;
            progress.clear();
            await io.stdout(output.entry(checked, index));
          },
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.clear();
        await io.stdout(output.end());
        setExit(errors > 0 ? EXIT.problems : EXIT.ok);
      },
    );
}
