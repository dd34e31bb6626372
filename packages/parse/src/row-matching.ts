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

const SCORER_CACHE_LIMIT = 4096;

/** Below this a label is not taken for a template row. */
export const MATCH_THRESHOLD = 0.6;
/** A row without values must match at least this well (header rows have no values either). */
const LABEL_ONLY_THRESHOLD = 0.98;

type Bigrams = Map<number, number>;

function bigrams(text: string): Bigrams {
  const grams: Bigrams = new Map();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Bigrams, aLength: number, b: Bigrams, bLength: number): number {
  if (aLength < 2 || bLength < 2) return 0;
  let shared = 0;
  for (const [gram, count] of b) shared += Math.min(count, a.get(gram) ?? 0);
  return (2 * shared) / (aLength - 1 + (bLength - 1));
}

/** Dice coefficient over character bigrams, 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return dice(bigrams(a), a.length, bigrams(b), b.length);
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

/** Exact or suffix match: 1 exact, 0.98 with only group labels before it, 0.9 ending with the label. */
function suffixScore(found: string, template: TemplateRowKeys, groupKeys: readonly string[]): number {
  let best = 0;
  for (const key of template.keys) {
    if (found === key) return 1;
    if (key.length > 0 && found.endsWith(key)) {
      const prefix = found.slice(0, found.length - key.length);
      best = Math.max(best, isGroupPrefix(prefix, groupKeys) ? 0.98 : key.length >= 3 ? 0.9 : 0.5);
    }
  }
  return best;
}

const templateGrams = new WeakMap<TemplateRowKeys, { key: string; grams: Bigrams }[]>();

/** Near spellings (garbled, reworded labels), for labels of four characters or more. */
function fuzzyScore(found: string, foundGrams: Bigrams, template: TemplateRowKeys): number {
  let keys = templateGrams.get(template);
  if (!keys) {
    keys = template.keys.filter((key) => key.length >= 4).map((key) => ({ key, grams: bigrams(key) }));
    templateGrams.set(template, keys);
  }
  let best = 0;
  for (const { key, grams } of keys) {
    const tail = found.length > key.length + 2 ? found.slice(found.length - key.length - 2) : found;
    const tailScore = tail === found ? 0 : dice(grams, key.length, bigrams(tail), tail.length);
    best = Math.max(best, 0.9 * Math.max(tailScore, dice(grams, key.length, foundGrams, found.length)));
  }
  return best;
}

/**
 * How well a found row's label key matches a template row, 0–1: 1 exact, 0.98 with only group
 * labels before it, 0.9 ending with the label, less for near spellings.
 */
export function labelScore(found: string, template: TemplateRowKeys, groupKeys: readonly string[]): number {
  const suffix = suffixScore(found, template, groupKeys);
  return suffix >= 0.9 ? suffix : Math.max(suffix, fuzzyScore(found, bigrams(found), template));
}

/**
 * Scores label keys against one table's template rows, remembering what it has scored: the same
 * labels come back (header rows repeated, the same key tried by several passes).
 */
export interface RowScorer {
  /** Scores against every template row; near spellings only when `fuzzy` (see below). */
  scores(key: string, fuzzy: boolean): Float64Array;
  /** The best score against any template row. */
  best(key: string, fuzzy: boolean): number;
}

/**
 * A scorer for one table. Near spellings are only weighed for a key that matches no template row
 * outright: a row that does is that row, and weighing the rest is what costs most.
 */
export function createRowScorer(template: readonly TemplateRowKeys[], groupKeys: readonly string[]): RowScorer {
  const exact = new Map<string, Float64Array>();
  const fuzzy = new Map<string, Float64Array>();
  const scores = (key: string, withFuzzy: boolean): Float64Array => {
    // Reports repeat the template's labels: a scorer kept for a table serves report after report,
    // and starts afresh when odd inputs have filled it.
    if (exact.size > SCORER_CACHE_LIMIT) {
      exact.clear();
      fuzzy.clear();
    }
    let result = (withFuzzy ? fuzzy : exact).get(key);
    if (result) return result;
    result = exact.get(key);
    if (!result) {
      result = new Float64Array(template.length);
      for (let j = 0; j < template.length; j++) result[j] = suffixScore(key, template[j]!, groupKeys);
      exact.set(key, result);
    }
    if (!withFuzzy) return result;
    if (key.length >= 3 && !result.some((score) => score >= 0.9)) {
      const foundGrams = bigrams(key);
      const withNear = Float64Array.from(result);
      for (let j = 0; j < template.length; j++) withNear[j] = Math.max(withNear[j]!, fuzzyScore(key, foundGrams, template[j]!));
      result = withNear;
    }
    fuzzy.set(key, result);
    return result;
  };
  return {
    scores,
    best: (key, withFuzzy) => {
      let best = 0;
      for (const score of scores(key, withFuzzy)) best = Math.max(best, score);
      return best;
    },
  };
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
export function alignRows(found: readonly FoundRowKey[], template: readonly TemplateRowKeys[], scorer: RowScorer): (RowMatch | null)[] {
  const n = found.length;
  const m = template.length;
  const width = m + 1;
  const score = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = found[i]!;
    if (row.key.length === 0) continue;
    // A row without values must match (nearly) exactly, which near spellings never do.
    const scores = scorer.scores(row.key, row.hasValues);
    const threshold = row.hasValues ? MATCH_THRESHOLD : LABEL_ONLY_THRESHOLD;
    for (let j = 0; j < m; j++) score[i * m + j] = scores[j]! >= threshold ? scores[j]! : 0;
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
