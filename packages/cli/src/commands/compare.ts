import type { CAC } from 'cac';
import { LANGUAGES, OUTPUT_FORMATS, renderComparison, type Language, type OutputFormat } from '@nianbao/render';
import { EXIT, UsageError, type RunIO } from '../io.js';
import { parseFile } from '../jobs.js';

export function registerCompare(cli: CAC, io: RunIO, setExit: (code: number) => void): void {
  cli
    .command('compare <older> <newer>', '比较同一机关两个年度的报告，并核对结转数 / Compare two years of one agency, with the carry-over check')
    .option('--format <format>', '输出格式 / output: text | markdown', { default: 'text' })
    .option('--lang <lang>', '语言 / language: zh | en | both', { default: 'zh' })
    .example('nianbao compare report-2023.txt report-2024.txt')
    .action(async (older: string, newer: string, options: { format: string; lang: string }) => {
      if (!OUTPUT_FORMATS.includes(options.format as OutputFormat)) throw new UsageError(`--format: text | markdown, not ${options.format}`);
      if (!LANGUAGES.includes(options.lang as Language)) throw new UsageError(`--lang: zh | en | both, not ${options.lang}`);
      const [before, after] = await Promise.all([parseFile(older), parseFile(newer)]);
      const unreadable = [before, after].filter((p) => p.format === null);
      if (unreadable.length > 0) {
        for (const p of unreadable) await io.stderr(`nianbao: ${p.diagnostics[0]!.message} / ${p.diagnostics[0]!.messageEn}\n`);
        setExit(EXIT.problems);
        return;
      }
      const text = renderComparison(before.report, after.report, { format: options.format as OutputFormat, language: options.lang as Language });
      await io.stdout(text.endsWith('\n') ? text : `${text}\n`);
      setExit(EXIT.ok);
    });
}
