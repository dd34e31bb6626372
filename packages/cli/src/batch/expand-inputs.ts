import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File name endings the CLI reads when given a folder or a glob. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.docx', '.pdf'];

const GLOB_CHARS = /[*?[]/;

function isReport(file: string): boolean {
  const lower = file.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A glob pattern (`*`, `**`, `?`, `[abc]`) as a regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function* walk(folder: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* walk(full);
    } else if (entry.isFile() && isReport(entry.name)) yield full;
  }
}

/**
 * The files named by command-line arguments, in order: a file as given (even when it does not
 * exist, so it is reported rather than skipped), a folder's report files recursively in name
 * order, a glob's matches. Streams: a folder of thousands is never held in memory at once.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<string> {
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const normalized = arg.split(path.sep).join('/');
      const staticPart = normalized.split('/').filter((part, i, parts) => !parts.slice(0, i + 1).some((p) => GLOB_CHARS.test(p)));
      const base = staticPart.join('/') || '.';
      const matcher = globToRegExp(normalized.startsWith('./') ? normalized.slice(2) : normalized);
      let matched = false;
      for await (const file of walk(base)) {
        const relative = file.split(path.sep).join('/');
        if (matcher.test(relative.startsWith('./') ? relative.slice(2) : relative)) {
          matched = true;
          yield file;
        }
      }
      if (!matched) yield arg;
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) yield* walk(arg);
    else yield arg;
  }
}
