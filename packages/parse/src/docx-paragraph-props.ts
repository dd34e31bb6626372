import type { Element } from '@xmldom/xmldom';
import type { Context } from './docx-context.js';
import { renderNumber } from './docx-numbering.js';
import { resolveStyle } from './docx-styles.js';
import { attr, child, intAttr } from './docx-xml.js';

export interface ParagraphProps {
  readonly headingLevel: number | undefined;
  /** The rendered number with its separator (`二、`, `1. `), or null. */
  readonly number: string | null;
  /** A table-of-contents entry (style `toc N`): left out, it repeats the headings. */
  readonly toc: boolean;
}

export function paragraphProps(p: Element, ctx: Context): ParagraphProps {
  const pPr = child(p, 'pPr');
  const styleId = attr(child(pPr, 'pStyle'), 'val') ?? ctx.styles.defaultParagraph;
  const style = resolveStyle(ctx.styles, styleId);

  let headingLevel = style.headingLevel;
  const outline = intAttr(child(pPr, 'outlineLvl'), 'val');
  if (outline !== null) headingLevel = outline >= 0 && outline <= 8 ? outline + 1 : undefined; // 9 is body text

  const numPr = child(pPr, 'numPr');
  const ownNumId = attr(child(numPr, 'numId'), 'val');
  const ownLevel = intAttr(child(numPr, 'ilvl'), 'val');
  const numId = ownNumId ?? style.numId;
  let number: string | null = null;
  if (numId !== null && numId !== '0') {
    number = renderNumber(ctx.numbering, numId, ownLevel ?? style.ilvl, style.id);
  }
  return { headingLevel, number, toc: style.toc };
}

/** The paragraph's number in front of its first line (alone when that line is empty, as Word shows it). */
export function withNumber(lines: readonly string[], number: string | null): readonly string[] {
  if (number === null || number === '') return lines;
  const [first = '', ...rest] = lines;
  return [first === '' ? number.trim() : number + first, ...rest];
}
