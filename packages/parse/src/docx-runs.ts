import type { Element } from '@xmldom/xmldom';
import type { Context } from './docx-context.js';
import { fieldChar, TOC_FIELD } from './docx-fields.js';
import { attr, chooseBranch, child, isOn, nameOf, textOf, walkElements, wrappedContent } from './docx-xml.js';

/** A paragraph's text, split at line breaks, and the text boxes anchored in it. */
export interface ParagraphContent {
  readonly lines: string[];
  readonly boxes: Element[];
}

interface InlineState {
  readonly lines: string[];
  pieces: string[];
  readonly boxes: Element[];
}

const INVISIBLE = /[\u200b\u00ad\ufeff]/g;

export function readParagraph(p: Element, ctx: Context): ParagraphContent {
  const state: InlineState = { lines: [], pieces: [], boxes: [] };
  readInline(p, state, ctx);
  state.lines.push(state.pieces.join(''));
  return { lines: state.lines.map((line) => line.replace(INVISIBLE, '').trim()), boxes: state.boxes };
}

function readInline(parent: Element, state: InlineState, ctx: Context): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const name = nameOf(node);
    switch (name) {
      case 'r':
        readRun(node as Element, isHidden(node as Element), state, ctx);
        break;
      case 'hyperlink':
      case 'smartTag':
      case 'dir':
      case 'bdo':
        readInline(node as Element, state, ctx);
        break;
      case 'fldSimple':
        // A simple field holds its result as runs; its instruction is an attribute.
        if (!TOC_FIELD.test(attr(node as Element, 'instr') ?? '')) readInline(node as Element, state, ctx);
        break;
      case 'm:oMath':
      case 'm:oMathPara':
        if (ctx.hiding === 0) state.pieces.push(mathText(node as Element));
        break;
      default: {
        const content = wrappedContent(node, name);
        if (content) readInline(content, state, ctx);
        break; // pPr, bookmarks, proofing marks, deletions (w:del, w:moveFrom) … hold nothing to read
      }
    }
  }
}

function isHidden(run: Element): boolean {
  return isOn(child(child(run, 'rPr'), 'vanish'));
}

/** A run's content. Hidden runs still open and close fields, so that the field nesting stays right. */
function readRun(run: Element, hidden: boolean, state: InlineState, ctx: Context): void {
  for (let node = run.firstChild; node; node = node.nextSibling) {
    const name = nameOf(node);
    const shown = !hidden && ctx.hiding === 0;
    switch (name) {
      case 't':
        if (shown) state.pieces.push(textOf(node as Element));
        break;
      case 'tab':
      case 'ptab':
        if (shown) state.pieces.push('\t');
        break;
      case 'br':
      case 'cr':
        if (shown) {
          state.lines.push(state.pieces.join(''));
          state.pieces = [];
        }
        break;
      case 'noBreakHyphen':
        if (shown) state.pieces.push('-');
        break;
      case 'fldChar':
        if (!ctx.unclosed.has(node)) fieldChar(attr(node as Element, 'fldCharType'), ctx);
        break;
      case 'instrText': {
        const field = ctx.fields[ctx.fields.length - 1];
        if (field && !field.separated && field.instruction.length < 256) field.instruction += textOf(node as Element);
        break;
      }
      case 'drawing':
      case 'pict':
      case 'object':
        if (shown) findTextBoxes(node as Element, state.boxes);
        break;
      case 'mc:AlternateContent': {
        const branch = chooseBranch(node as Element);
        if (branch) readRun(branch, hidden, state, ctx);
        break;
      }
      case 'ruby': {
        // Phonetic guides: the base text is the text.
        const base = child(node as Element, 'rubyBase');
        if (base && shown) readInline(base, state, ctx);
        break;
      }
      default:
        break; // rPr, sym (a symbol-font glyph), delText, instrText of deletions, notes' references …
    }
  }
}

/** The text boxes (`w:txbxContent`) inside a drawing or VML shape, in order, one branch of each alternate. */
function findTextBoxes(root: Element, out: Element[]): void {
  walkElements(root, (node, name) => {
    if (name === 'txbxContent') {
      out.push(node as Element);
      return null; // boxes in boxes are found when this one is read
    }
    return name === 'mc:AlternateContent' ? chooseBranch(node as Element) : node;
  });
}

function mathText(root: Element): string {
  let text = '';
  walkElements(root, (node, name) => {
    if (name !== 'm:t') return node;
    text += textOf(node as Element);
    return null;
  });
  return text;
}
