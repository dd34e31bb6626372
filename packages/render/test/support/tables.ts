/**
 * Reading rendered tables back in tests, independently of the parser: GFM tables from Markdown and
 * ` | ` tables from text, as rows of cell texts. Test code only.
 */

/** Consecutive lines starting with `|`, as blocks. */
function pipeBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) blocks.push((current = []));
      current.push(line);
    } else current = null;
  }
  return blocks;
}

/** The cells of a `| a | b |` line, trimmed; `\|` is a pipe inside a cell. */
export function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

const GFM_SEPARATOR = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

/** Every GFM table in a Markdown document: rows of cells, the separator row left out. */
export function markdownTables(markdown: string): string[][][] {
  return pipeBlocks(markdown).map((lines) => lines.filter((line) => !GFM_SEPARATOR.test(line.trim())).map(pipeCells));
}

const TEXT_RULE = /^\|[-+]+\|$/;

/** Every ` | ` table in rendered text: its lines, rules included. */
export function textTableLines(text: string): string[][] {
  return pipeBlocks(text);
}

/** Every ` | ` table in rendered text: rows of cells (a span is one cell), rules left out. */
export function textTables(text: string): string[][][] {
  return pipeBlocks(text).map((lines) => lines.filter((line) => !TEXT_RULE.test(line)).map(pipeCells));
}

/** Whether a line is a text table's rule. */
export function isRule(line: string): boolean {
  return TEXT_RULE.test(line);
}
