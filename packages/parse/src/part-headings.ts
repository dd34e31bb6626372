import { PARTS, type PartId } from '@nianbao/core';
import { memoize } from './memo.js';
import { compact, labelKey, stripArtifacts } from './normalize-text.js';

/** A paragraph recognised as the heading of one of the six parts. */
export interface PartHeadingMatch {
  readonly part: PartId;
  /** The numbering as written (`一、`, `5、`, `第一部分`), or null when the heading has none. */
  readonly numbering: string | null;
}

// Top-level numbering only: 一、 / 5、 / 一. / 第一部分 / 第一章. Parenthesised numbering (（一）, (1))
// marks sub-headings inside a part, such as 总体情况's （一）主动公开情况.
const TOP_NUMBERING = /^(第[一二三四五六七八九十\d]{1,2}(?:部分|章|节)?|[一二三四五六七八九十]{1,2}|\d{1,2})(?:[、.．,，:：]|\s)+|^(第[一二三四五六七八九十\d]{1,2}(?:部分|章))/u;
const SUB_NUMBERING = /^[(（][一二三四五六七八九十\d]{1,2}[)）]/u;
const MAX_HEADING_LENGTH = 40;

interface PartKeys {
  readonly part: PartId;
  readonly keys: readonly string[];
}

const PART_KEYS: readonly PartKeys[] = PARTS.map((part) => ({
  part: part.id,
  keys: [part.label, ...part.aliases].map((label) => labelKey(label)),
}));

function matchesPartKey(key: string, partKey: string, numbered: boolean): boolean {
  if (key === partKey) return true;
  // 政府信息公开工作存在的主要问题及改进情况, 总体情况： and similar wording around the label.
  return numbered && partKey.length >= 4 && key.length <= partKey.length + 8 && key.includes(partKey);
}

/**
 * Whether a paragraph is the heading of one of the six parts. Text must match the part's label (or
 * a known variant); numbering decides nothing by itself, so `5、存在的主要问题及改进情况` is part 五 and
 * `四、结转下年度继续办理` (a table row) is not a heading.
 */
export function matchPartHeading(text: string, traditional = false): PartHeadingMatch | null {
  // Prose paragraphs are long; a heading, even with spaces and artifacts, is not.
  if (text.length > MAX_HEADING_LENGTH * 3) return null;
  return traditional ? matchTraditional(text) : matchSimplified(text);
}

const matchSimplified = memoize((text: string) => matchHeadingText(text, false), { maxLength: MAX_HEADING_LENGTH * 3 });
const matchTraditional = memoize((text: string) => matchHeadingText(text, true), { maxLength: MAX_HEADING_LENGTH * 3 });

function matchHeadingText(text: string, traditional: boolean): PartHeadingMatch | null {
  const written = compact(stripArtifacts(text)).replace(/^#+|\*+/g, '');
  if (written.length === 0 || written.length > MAX_HEADING_LENGTH || SUB_NUMBERING.test(written)) return null;
  const numbering = TOP_NUMBERING.exec(written);
  const key = labelKey(numbering ? written.slice(numbering[0].length) : written, traditional);
  if (key.length < 2) return null;
  for (const { part, keys } of PART_KEYS) {
    if (keys.some((partKey) => matchesPartKey(key, partKey, numbering !== null))) {
      return { part, numbering: numbering ? numbering[0] : null };
    }
  }
  return null;
}
