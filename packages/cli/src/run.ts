import { cac, type CAC } from 'cac';
import { extractFile, type ExtractEntry } from './commands/extract.js';

/** Where the CLI writes; tests and embedders may pass their own. */
export interface RunIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIO: RunIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 fine, 1 problems found in the input, 2 misuse. */
export const EXIT = { ok: 0, problems: 1, misuse: 2 } as const;

class UsageError extends Error {}

const EXTRACT_FORMATS = ['json'] as const;

function buildCli(io: RunIO, done: (code: number) => void): CAC {
  const cli = cac('nianbao');
  cli
    .command('extract <...files>', '读取年报中的全部表格数据和基本信息 / Read every table cell and the metadata of reports')
    .option('--format <format>', '输出格式 / output format: json', { default: 'json' })
    .example('nianbao extract --format json report.txt report.html')
    .action(async (files: string[], options: { format: string }) => {
      if (!(EXTRACT_FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`不支持的输出格式 / unsupported --format: ${options.format} (json)`);
      }
      const entries: ExtractEntry[] = [];
      for (const file of files) entries.push(await extractFile(file));
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      done(entries.some((e) => e.format === null) ? EXIT.problems : EXIT.ok);
    });
  cli.help();
  cli.version('0.0.0');
  return cli;
}

/**
 * Runs the `nianbao` command line with these arguments (without `node` and the script) and
 * resolves with the exit code; it never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: RunIO = processIO): Promise<number> {
  let code: number = EXIT.ok;
  const cli = buildCli(io, (c) => (code = c));
  try {
    cli.parse(['node', 'nianbao', ...argv], { run: false });
    if (!cli.matchedCommand) {
      if (cli.options.help || cli.options.version) return EXIT.ok;
      const name = cli.args[0];
      io.stderr(name ? `未知命令 / unknown command: ${name}\n` : '');
      cli.outputHelp();
      return EXIT.misuse;
    }
    await cli.runMatchedCommand();
    return code;
  } catch (error) {
    if (error instanceof UsageError || (error as Error).name === 'CACError') {
      io.stderr(`nianbao: ${(error as Error).message}\n运行 nianbao --help 查看用法 / run nianbao --help for usage\n`);
      return EXIT.misuse;
    }
    throw error;
  }
}
