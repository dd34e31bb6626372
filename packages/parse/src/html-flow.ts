import type { Diagnostic, SourceLocation } from '@nianbao/core';
import { isLeftOut } from './html-chrome.js';
import { BLOCK, HEADINGS, SECTIONING, VOID } from './html-elements.js';
import { buildGrid } from './html-table-grid.js';
import { reportUnclosedTable, tableInfo } from './html-table-structure.js';
import type { HtmlText } from './html-tokenizer.js';
import { elementLocation, elementPath, type TreeElement, type TreeNode } from './html-tree.js';
import { collapseWhitespace, isBlankText } from './html-whitespace.js';
import type { Block } from './source-document.js';

/** The page's paragraphs and tables, in document order: block elements and `<br>` split paragraphs. */
export function readBlocks(root: TreeElement, diagnostics: Diagnostic[]): Block[] {
  const state: WalkState = {
    blocks: [],
    diagnostics,
    pieces: [],
    start: undefined,
    headingLevel: undefined,
    frames: [{ el: root, fresh: false }],
    heading: 0,
    sectioning: 0,
    pre: 0,
  };
  walkChildren(root, state);
  flush(state);
  return state.blocks;
}

interface Frame {
  readonly el: TreeElement;
  /** No paragraph has begun in this block yet: the first one takes the block's own location. */
  fresh: boolean;
}

interface WalkState {
  readonly blocks: Block[];
  readonly diagnostics: Diagnostic[];
  /** Text of the paragraph being read. */
  pieces: string[];
  start: SourceLocation | undefined;
  headingLevel: number | undefined;
  readonly frames: Frame[];
  /** Level of the innermost open heading, 0 outside headings. */
  heading: number;
  /** Open article/section/main elements. */
  sectioning: number;
  /** Open `<pre>` elements: line breaks there are paragraph breaks. */
  pre: number;
}

function walkChildren(el: TreeElement, state: WalkState): void {
  for (const child of el.children) walkNode(child, state);
}

function walkNode(node: TreeNode, state: WalkState): void {
  if (node.kind === 'text') {
    readText(node, state);
    return;
  }
  if (isLeftOut(node, state.sectioning > 0)) return;
  const name = node.name;
  if (name === 'br' || name === 'hr' || (name === 'p' && node.children.length === 0)) {
    breakParagraph(state);
    return;
  }
  if (VOID.has(name)) return;
  if (name === 'table') {
    breakParagraph(state);
    readTable(node, state);
    return;
  }
  if (BLOCK.has(name)) {
    walkBlock(node, state);
    return;
  }
  walkChildren(node, state);
}

function walkBlock(el: TreeElement, state: WalkState): void {
  breakParagraph(state);
  const implied = el.index === 0;
  if (!implied) state.frames.push({ el, fresh: true });
  const outerHeading = state.heading;
  if (HEADINGS.has(el.name)) state.heading = Number(el.name.slice(1));
  if (SECTIONING.has(el.name)) state.sectioning++;
  if (el.name === 'pre') state.pre++;
  walkChildren(el, state);
  flush(state);
  if (el.name === 'pre') state.pre--;
  if (SECTIONING.has(el.name)) state.sectioning--;
  state.heading = outerHeading;
  if (!implied) state.frames.pop();
  const parent = state.frames[state.frames.length - 1];
  if (parent) parent.fresh = false;
}

function readText(node: HtmlText, state: WalkState): void {
  if (state.pre === 0) {
    addText(node.text, node, state);
    return;
  }
  let from = 0;
  const text = node.text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    addText(text.slice(from, i), node, state);
    breakParagraph(state);
    from = i + 1;
  }
  addText(text.slice(from), node, state);
}

function addText(text: string, node: HtmlText, state: WalkState): void {
  if (state.pieces.length === 0) {
    if (isBlankText(text)) return;
    const frame = state.frames[state.frames.length - 1];
    if (frame?.fresh) {
      state.start = elementLocation(frame.el);
      frame.fresh = false;
    } else {
      state.start = textLocation(node, frame?.el);
    }
    state.headingLevel = state.heading > 0 ? state.heading : undefined;
  }
  state.pieces.push(text);
}

/** Where a text node's first visible character is (line breaks in leading whitespace counted). */
function textLocation(node: HtmlText, block: TreeElement | undefined): SourceLocation {
  let line = node.line;
  let column = node.column;
  const text = node.text;
  for (let i = 0; i < text.length && isBlankText(text[i] ?? ''); i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  const path = block ? elementPath(block) : undefined;
  return path === undefined ? { line, column } : { line, column, path };
}

function breakParagraph(state: WalkState): void {
  flush(state);
  const frame = state.frames[state.frames.length - 1];
  if (frame) frame.fresh = false;
}

function flush(state: WalkState): void {
  if (state.pieces.length === 0) return;
  const text = collapseWhitespace(state.pieces.join(''));
  state.pieces = [];
  const location = state.start ?? {};
  state.start = undefined;
  if (text === '') return;
  state.blocks.push(
    state.headingLevel === undefined
      ? { kind: 'paragraph', text, location }
      : { kind: 'paragraph', text, location, headingLevel: state.headingLevel },
  );
}

function readTable(table: TreeElement, state: WalkState): void {
  reportUnclosedTable(table, state.diagnostics);
  const info = tableInfo(table);
  if (info.layout || info.frame) {
    walkBlock(table, state);
    return;
  }
  for (const node of info.fostered) walkNode(node, state);
  breakParagraph(state);
  for (const caption of info.captions) walkBlock(caption, state);
  const tablePath = elementPath(table) ?? 'table';
  const rows = buildGrid(table, info, tablePath, state);
  // Spacer tables of old layouts hold only images and blanks.
  if (rows.some((row) => row.cells.some((cell) => cell.text !== ''))) {
    state.blocks.push({ kind: 'table', rows, location: elementLocation(table) });
  }
}
