import type { CAC } from 'cac';
import { expandInputs } from '../batch/expand-inputs.js';
import { runBatch } from '../batch/run-batch.js';
import { EXIT, UsageError, progressLine, type RunIO } from '../io.js';
import type { ExtractEntry } from '../jobs.js';
import { csvWriter, jsonArrayWriter, jsonLinesWriter, type EntryWriter } from '../output/extract-output.js';

const FORMATS = ['json', 'jsonl', 'csv'] as const;

export function registerExtract(cli: CAC, io: RunIO, setExit: (code: number) => void): void {
  cli
    .command('extract <...inputs>', '读取年报的全部表格数据和基本信息 / Read every table cell and the metadata of reports')
    .option('--format <format>', '输出格式：json（数组）、jsonl（每行一份）、csv（每行一份报告、每列一个单元格） / output: json | jsonl | csv', {
      default: 'json',
    })
    .option('--bom', 'CSV 前加 UTF-8 BOM，便于 Excel 打开 / prefix CSV with a UTF-8 BOM for Excel')
    .option('--workers <n>', '工作线程数（默认按 CPU 核数） / worker threads (default: by cores)')
    .example('nianbao extract --format csv reports/ > data.csv')
    .example('nianbao extract --format json report.txt report.html')
    .action(async (inputs: string[], options: { format: string; bom?: boolean; workers?: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`不支持的输出格式 / unsupported --format: ${options.format} (${FORMATS.join(' | ')})`);
      }
      const workers = parseWorkers(options.workers);
      const output: EntryWriter<ExtractEntry> =
        options.format === 'csv' ? csvWriter({ bom: options.bom ?? false }) : options.format === 'jsonl' ? jsonLinesWriter() : jsonArrayWriter();
      const progress = progressLine(io, '读取 / reading');
      let unreadable = 0;
      await io.stdout(output.begin());
      await runBatch(expandInputs(inputs), { kind: 'extract' }, {
        ...(workers === undefined ? {} : { workers }),
        onEntry: async (entry, index) => {
          if (entry.format === null) unreadable++;
          await io.stdout(output.entry(entry as ExtractEntry, index));
        },
        onProgress: (done, total) => progress.update(done, total),
      });
      progress.clear();
      await io.stdout(output.end());
      setExit(unreadable > 0 ? EXIT.problems : EXIT.ok);
    });
}

/** `--workers n`: a whole number from 0 (this thread only) to 16. */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 16) throw new UsageError(`--workers 应为 0–16 的整数 / --workers takes a whole number 0–16: ${value}`);
  return n;
}
