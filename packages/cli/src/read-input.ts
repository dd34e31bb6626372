import { readFile } from 'node:fs/promises';

/** A file read from disk, or why it could not be. */
export type InputFile = { readonly file: string; readonly bytes: Uint8Array } | { readonly file: string; readonly error: string; readonly errorEn: string };

/** Reads one input file as given on the command line; never throws. */
export async function readInput(file: string): Promise<InputFile> {
  try {
    return { file, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason: Record<string, [string, string]> = {
      ENOENT: ['文件不存在', 'no such file'],
      EISDIR: ['这是一个文件夹，不是文件', 'is a folder, not a file'],
      EACCES: ['没有读取权限', 'permission denied'],
    };
    const [zh, en] = reason[code ?? ''] ?? ['无法读取', (error as Error).message];
    return { file, error: `无法读取 ${file}：${zh}`, errorEn: `cannot read ${file}: ${en}` };
  }
}
