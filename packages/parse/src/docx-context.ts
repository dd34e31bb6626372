import type { Diagnostic } from '@nianbao/core';
import type { Node } from '@xmldom/xmldom';
import type { Field } from './docx-fields.js';
import type { Numbering } from './docx-numbering.js';
import type { Styles } from './docx-styles.js';

/** The reading state: fields, numbering counters and limits run across paragraphs and tables. */
export interface Context {
  readonly styles: Styles;
  readonly numbering: Numbering;
  readonly diagnostics: Diagnostic[];
  /** Open complex fields (`fldChar` begin … end); they may span paragraphs. */
  readonly fields: Field[];
  /** Open fields that hide text: instructions not yet separated from the result, or a TOC's result. */
  hiding: number;
  /** Field begins that no end closes (damaged files): ignored, or they would hide the rest of the document. */
  readonly unclosed: ReadonlySet<Node>;
  /** Table grid positions made so far, against MAX_GRID_POSITIONS. */
  positions: number;
  /** Warning codes already given (one of each is enough). */
  readonly reported: Set<string>;
}

export function warnOnce(ctx: Context, diagnostic: Diagnostic): void {
  if (ctx.reported.has(diagnostic.code)) return;
  ctx.reported.add(diagnostic.code);
  ctx.diagnostics.push(diagnostic);
}
