import { cac } from 'cac';
import { registerCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerExtract } from './commands/extract.js';
import { registerRender } from './commands/render.js';
import { EXIT, UsageError, processIO, type RunIO } from './io.js';

export type { RunIO } from './io.js';

const VERSION = '0.0.0';

/**
 * Runs the `nianbao` command line with these arguments (without `node` and the script) and
 * resolves with the exit code: 0 fine, 1 problems found (errors in reports, unreadable files),
 * 2 misuse. It never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: RunIO = processIO()): Promise<number> {
  let code: number = EXIT.ok;
  const setExit = (c: number) => (code = c);
  const cli = cac('nianbao');
  registerCheck(cli, io, setExit);
  registerExtract(cli, io, setExit);
  registerRender(cli, io, setExit);
  registerCompare(cli, io, setExit);
  cli.help((sections) => [
    { body: 'nianbao — 政府信息公开工作年度报告检查工具 / a toolkit for government information-disclosure annual reports' },
    ...sections,
  ]);
  cli.version(VERSION);
  // cac prints help through console.log; send it to our stdout.
  const log = console.log;
  console.log = (...parts: unknown[]) => void io.stdout(`${parts.join(' ')}\n`);
  try {
    cli.parse(['node', 'nianbao', ...argv], { run: false });
    if (!cli.matchedCommand) {
      if (cli.options.help || cli.options.version) return EXIT.ok;
      const name = cli.args[0];
      await io.stderr(name ? `nianbao: 未知命令 / unknown command: ${name}\n\n` : '');
      cli.outputHelp();
      return EXIT.misuse;
    }
    if (cli.options.help) return EXIT.ok;
    await cli.runMatchedCommand();
    return code;
  } catch (error) {
    if (error instanceof UsageError || (error as Error).name === 'CACError') {
      await io.stderr(`nianbao: ${(error as Error).message}\n运行 nianbao --help 查看用法 / run nianbao --help for usage\n`);
      return EXIT.misuse;
    }
    throw error;
  } finally {
    console.log = log;
  }
}
