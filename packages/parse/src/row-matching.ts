/**
 * Matching a table's rows, as found, to the template's rows. Labels in real reports are broken,
 * prefixed with their group (（三）不予公开 1.属于国家秘密), reworded or garbled, and rows may be
 * missing or repeated (a header after a page break). The template's rows come in a fixed order, so
 * rows are aligned as sequences: the best-scoring order-preserving matching wins.
 */

/** A template row as the matcher sees it: the keys of its label and variants. */
export interface TemplateRowKeys {
  readonly keys: readonly string[];
}

/** A row found in the document, as the matcher sees it. */
export interface FoundRowKey {
  /** Label key of the row (see `labelKey`). */
  readonly key: string;
  /** Whether the row carries values (numbers, placeholders); label-only rows must match exactly. */
  readonly hasValues: boolean;
}

/** Below this a label is not taken for a template row. */
export const MATCH_THRESHOLD = 0.6;
/** A row without values must match at least this well (header rows have no values either). */
const LABEL_ONLY_THRESHOLD = 0.98;

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams, 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const gramsA = bigrams(a);
  let shared = 0;
  for (const [gram, count] of bigrams(b)) shared += Math.min(count, gramsA.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Whether `prefix` is made only of group labels (本年度办理结果, 不予公开, …). */
function isGroupPrefix(prefix: string, groupKeys: readonly string[]): boolean {
  let rest = prefix;
  while (rest.length > 0) {
    const group = groupKeys.find((g) => g.length > 0 && rest.startsWith(g));
    if (!group) return false;
    rest = rest.slice(group.length);
  }
  return true;
}

/**
 * How well a found row's label key matches a template row, 0–1: 1 exact, 0.98 with only group
 * labels before it, 0.9 ending with the label, less for near spellings.
 */
export function labelScore(found: string, template: TemplateRowKeys, groupKeys: readonly string[]): number {
  let best = 0;
  for (const key of template.keys) {
    if (found === key) return 1;
    if (key.length === 0) continue;
    if (found.endsWith(key)) {
      const prefix = found.slice(0, found.length - key.length);
      best = Math.max(best, isGroupPrefix(prefix, groupKeys) ? 0.98 : key.length >= 3 ? 0.9 : 0.5);
    } else if (key.length >= 4) {
      const tail = found.length > key.length + 2 ? found.slice(found.length - key.length - 2) : found;
      best = Math.max(best, 0.9 * Math.max(similarity(key, tail), similarity(key, found)));
    }
  }
  return best;
}

/** A found row matched to a template row, with how well. */
export interface RowMatch {
  readonly found: number;
  readonly score: number;
}

/**
 * Aligns found rows to template rows in order, maximising the total label score. Returns, for each
 * template row, the index of the found row matched to it (or null).
 */
export function alignRows(
  found: readonly FoundRowKey[],
  template: readonly TemplateRowKeys[],
  groupKeys: readonly string[],
): (RowMatch | null)[] {
  const n = found.length;
  const m = template.length;
  const width = m + 1;
  const score = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = found[i]!;
    for (let j = 0; j < m; j++) {
      const s = row.key.length === 0 ? 0 : labelScore(row.key, template[j]!, groupKeys);
      score[i * m + j] = s >= (row.hasValues ? MATCH_THRESHOLD : LABEL_ONLY_THRESHOLD) ? s : 0;
    }
  }
  // best[i][j]: best total aligning the first i found rows with the first j template rows.
  const best = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score[(i - 1) * m + (j - 1)]!;
      const diagonal = s > 0 ? best[(i - 1) * width + (j - 1)]! + s : 0;
      best[i * width + j] = Math.max(best[(i - 1) * width + j]!, best[i * width + (j - 1)]!, diagonal);
    }
  }
  const matches: (RowMatch | null)[] = new Array(m).fill(null);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = best[i * width + j]!;
    const s = score[(i - 1) * m + (j - 1)]!;
    if (s > 0 && here === best[(i - 1) * width + (j - 1)]! + s) {
      matches[j - 1] = { found: i - 1, score: s };
      i--;
      j--;
    } else if (here === best[(i - 1) * width + j]!) i--;
    else j--;
  }
  return matches;
}
