import type { CAC } from 'cac';
import { renderMarkdown, renderText } from '@nianbao/render';
import { EXIT, UsageError, type RunIO } from '../io.js';
import { parseFile } from '../jobs.js';

const TARGETS = ['markdown', 'text'] as const;

export function registerRender(cli: CAC, io: RunIO, setExit: (code: number) => void): void {
  cli
    .command('render <file>', '把年报整理成 Markdown 或文本（按 2021 年格式排版） / Print a report as Markdown or text in the 2021 layout')
    .option('--to <format>', '输出格式 / output: markdown | text', { default: 'markdown' })
    .option('--width <columns>', '文本换行宽度（默认 80，0 为不换行） / text wrap width (default 80, 0: none)')
    .example('nianbao render report.html --to markdown > report.md')
    .action(async (file: string, options: { to: string; width?: string }) => {
      if (!(TARGETS as readonly string[]).includes(options.to)) throw new UsageError(`--to: ${TARGETS.join(' | ')}, not ${options.to}`);
      const width = options.width === undefined ? undefined : Number(options.width);
      if (width !== undefined && !(Number.isInteger(width) && width >= 0)) throw new UsageError(`--width 应为非负整数 / --width takes a whole number: ${options.width}`);
      const parsed = await parseFile(file);
      if (parsed.format === null) {
        await io.stderr(`nianbao: ${parsed.diagnostics[0]!.message} / ${parsed.diagnostics[0]!.messageEn}\n`);
        setExit(EXIT.problems);
        return;
      }
      await io.stdout(options.to === 'markdown' ? renderMarkdown(parsed.report) : renderText(parsed.report, width === undefined ? {} : { width }));
      setExit(EXIT.ok);
    });
}
