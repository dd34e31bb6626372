import type { Element, Node } from '@xmldom/xmldom';
import type { Context } from './docx-context.js';
import { attr, chooseBranch, walkElements } from './docx-xml.js';

export interface Field {
  instruction: string;
  separated: boolean;
  /** A table of contents: its result repeats the headings (with page numbers) and is left out. */
  toc: boolean;
}

export const TOC_FIELD = /^\s*TOC\b/i;

export function fieldChar(type: string | null, ctx: Context): void {
  if (type === 'begin') {
    ctx.fields.push({ instruction: '', separated: false, toc: false });
    ctx.hiding++;
    return;
  }
  const field = ctx.fields[ctx.fields.length - 1];
  if (!field) return; // an end with no begin: nothing to close
  if (type === 'separate' && !field.separated) {
    field.separated = true;
    field.toc = TOC_FIELD.test(field.instruction);
    if (!field.toc) ctx.hiding--;
  } else if (type === 'end') {
    ctx.fields.pop();
    if (!field.separated || field.toc) ctx.hiding--;
  }
}

/** The `fldChar` begins that no end matches, in a pass over the body in reading order. */
export function unclosedFields(body: Element): Set<Node> {
  const open: Node[] = [];
  walkElements(body, (node, name) => {
    if (name === 'fldChar') {
      const type = attr(node as Element, 'fldCharType');
      if (type === 'begin') open.push(node);
      else if (type === 'end') open.pop();
      return null;
    }
    if (name === 'del' || name === 'moveFrom') return null; // not read
    return name === 'mc:AlternateContent' ? chooseBranch(node as Element) : node;
  });
  return new Set(open);
}
