/**
 * What a cell's raw text says when the parser found no number in it.
 *
 * @module
 */

/**
 * Placeholders that stand for “nothing here”: empty, slashes, dashes, dots, 无 / 空 / 暂无, N/A.
 * They leave a cell blank (cell/blank); any other text where a number belongs is invalid
 * (cell/invalid-number), so the two rules never report the same cell.
 */
const PLACEHOLDER = /^(?:[\s/／\\—–\-－_＿~～·•.。、…×xX*＊]*|无|空|暂无|未填|N\/?A|null)$/i;

/** Whether a cell's raw text is missing or a placeholder. */
export function isPlaceholder(raw: string | null): boolean {
  return raw === null || PLACEHOLDER.test(raw.trim());
}
