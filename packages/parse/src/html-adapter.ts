import type { Diagnostic, SourceLocation } from '@nianbao/core';
import { forEachHtmlToken, type HtmlText, type HtmlToken } from './html-tokenizer.js';
import type { Block, SourceDocument, TableCell, TableRow } from './source-document.js';
import { isWide } from './cjk.js';

/**
 * Reads an HTML page into paragraphs and tables, in document order. A tolerant tree is built first
 * (browsers' implied end tags, table fix-ups, scope rules, simplified), then walked: block elements
 * and `<br>` split paragraphs, tables become grids with merged cells expanded. Never throws.
 */
export function readHtml(html: string): SourceDocument {
  const diagnostics: Diagnostic[] = [];
  const root = buildTree(html, diagnostics);
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
  if (state.blocks.length === 0) {
    diagnostics.push({
      code: 'html/no-text',
      severity: 'warning',
      message: '页面中没有可读的文字',
      messageEn: 'The page has no readable text',
    });
  }
  return { blocks: state.blocks, diagnostics };
}

// The tree ---------------------------------------------------------------------------------------

interface TreeElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly line: number;
  readonly column: number;
  /** 1-based index among the document's elements of this name (0 for elements the source lacks). */
  readonly index: number;
  readonly children: TreeNode[];
  /** Ended by its own end tag or by a sibling that implies it (`<li>` after `<li>`), not cut off by an outer end tag or the end of input. */
  closed: boolean;
  /** The table's rows and cells, once worked out (tables only). */
  table: TableInfo | undefined;
}

/** A tree node; text tokens serve as the text nodes as they are. */
type TreeNode = TreeElement | HtmlText;

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr', 'frame', 'image',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that start a new paragraph (and end the current one) when read as flow. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'plaintext', 'marquee', 'option', 'select',
]);

/** Start tags that end an open `<p>`, as in browsers. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'listing', 'plaintext',
]);

/** Where searches for an open element stop (browsers' "has an element in scope"). */
const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'marquee', 'object', 'applet', 'template', '#root']);
const TABLE_SCOPE = new Set(['html', 'table', 'template', '#root']);
/** End tags of inline elements don't close an open block (`<span><div></span>` leaves the div open). */
const INLINE_END_SCOPE = new Set([...SCOPE, ...BLOCK]);
const LI_SCOPE = new Set([...SCOPE, 'ul', 'ol']);
const DL_SCOPE = new Set([...SCOPE, 'dl']);

/** What may sit in `<head>`; anything else means the body has begun. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'basefont', 'bgsound']);

const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const TABLE_OR_CELL = ['table', 'td', 'th', 'caption'];
const LIST_DEFINITIONS = ['dd', 'dt'];
const ROOT_SCOPE = new Set(['#root']);
const ROW_PARENTS = ['table', 'tbody', 'thead', 'tfoot'];
const CELL_PARENTS = ['tr', 'table', 'tbody', 'thead', 'tfoot'];
const CELLS = new Set(['td', 'th']);

/** Browsers cap the tree's depth too; deeper elements' content goes to the element at the cap. */
const MAX_DEPTH = 256;

function buildTree(html: string, diagnostics: Diagnostic[]): TreeElement {
  const counters = new Map<string, number>();
  const root = makeElement('#root', {}, 1, 1, 0);
  const stack: TreeElement[] = [root];
  let headOpen = false;
  let seenHead = false;
  let seenBody = false;
  let seenHtml = false;
  let openForms = 0;

  // How many elements of each name are open: most searches for an open element find none, and
  // this answers them without walking the stack.
  const openCount = new Map<string, number>();
  const countOpen = (name: string, delta: number): void => {
    openCount.set(name, (openCount.get(name) ?? 0) + delta);
  };

  const current = (): TreeElement => stack[stack.length - 1] ?? root;

  const create = (name: string, attrs: Readonly<Record<string, string>>, line: number, column: number): TreeElement => {
    const index = (counters.get(name) ?? 0) + 1;
    counters.set(name, index);
    return makeElement(name, attrs, line, column, index);
  };

  /** Pops everything above `at`, and `at` itself; only `at` counts as closed, and only if `closes`. */
  const popTo = (at: number, closes: boolean): void => {
    while (stack.length > at) {
      const el = stack.pop();
      if (!el) break;
      countOpen(el.name, -1);
      if (el.name === 'form') openForms--;
      if (stack.length === at) el.closed = closes;
    }
  };

  /** Stack index of the nearest open element named in `names`, searching down to a `scope` boundary; -1 if none. */
  const findOpen = (names: readonly string[] | string, scope: ReadonlySet<string>): number => {
    if (typeof names === 'string' ? !openCount.get(names) : !names.some((name) => openCount.get(name))) return -1;
    for (let k = stack.length - 1; k >= 1; k--) {
      const name = stack[k]?.name ?? '';
      if (typeof names === 'string' ? name === names : names.includes(name)) return k;
      if (scope.has(name)) return -1;
    }
    return -1;
  };

  const closeHead = (): void => {
    if (!headOpen) return;
    headOpen = false;
    const at = findOpen('head', ROOT_SCOPE);
    if (at > 0) popTo(at, true);
  };

  const insert = (el: TreeElement, opens: boolean): void => {
    current().children.push(el);
    if (opens && stack.length < MAX_DEPTH) {
      stack.push(el);
      countOpen(el.name, 1);
    }
  };

  forEachHtmlToken(html, (token: HtmlToken): void => {
    switch (token.kind) {
      case 'doctype':
        break;
      case 'comment':
        if (token.unterminated) {
          diagnostics.push({
            code: 'html/unterminated-comment',
            severity: 'warning',
            message: '注释没有结束（缺少“-->”），其后的内容都被当作注释',
            messageEn: 'A comment is never closed (no "-->"); everything after it is read as the comment',
            location: { line: token.line, column: token.column },
          });
        }
        break;
      case 'text': {
        if (headOpen && current().name === 'head' && !isBlankText(token.text)) closeHead();
        current().children.push(token);
        break;
      }
      case 'start': {
        const { name, line, column } = token;
        if (token.unterminated) {
          const readOn = name === 'title' || name === 'textarea';
          diagnostics.push({
            code: 'html/unterminated-element',
            severity: 'warning',
            message: readOn ? `<${name}> 没有结束标签，其后的内容按正文读取` : `<${name}> 没有结束，页面其后的内容无法读取`,
            messageEn: readOn ? `<${name}> has no end tag; what follows is read as the page` : `<${name}> is never closed; the rest of the page cannot be read`,
            location: { line, column },
          });
        }
        if (headOpen && !HEAD_CONTENT.has(name)) closeHead();

        if (name === 'html') {
          if (!seenHtml && stack.length === 1) {
            seenHtml = true;
            insert(create(name, token.attrs, line, column), true);
          }
          break;
        }
        if (name === 'head') {
          if (!seenHead && !seenBody) {
            seenHead = headOpen = true;
            insert(create(name, token.attrs, line, column), true);
          }
          break;
        }
        if (name === 'body') {
          if (!seenBody) {
            seenBody = true;
            insert(create(name, token.attrs, line, column), true);
          }
          break;
        }
        // Nested forms are dropped by browsers; keeping them out keeps the form checks linear.
        if (name === 'form' && openForms > 0) break;
        if (name === 'col' || name === 'colgroup') break;

        if (CLOSES_P.has(name)) {
          const p = findOpen('p', SCOPE);
          if (p > 0) popTo(p, true);
        }
        if (HEADINGS.has(name) && HEADINGS.has(current().name)) popTo(stack.length - 1, true);
        if (name === 'li') {
          const li = findOpen('li', LI_SCOPE);
          if (li > 0) popTo(li, true);
        } else if (name === 'dd' || name === 'dt') {
          const item = findOpen(LIST_DEFINITIONS, DL_SCOPE);
          if (item > 0) popTo(item, true);
        } else if (name === 'option' || name === 'optgroup') {
          if (current().name === 'option') popTo(stack.length - 1, true);
          if (name === 'optgroup' && current().name === 'optgroup') popTo(stack.length - 1, true);
        }

        if (name === 'table') {
          // `<table>` inside a table but outside any cell ends that table, as in browsers.
          const at = findOpen(TABLE_OR_CELL, ROOT_SCOPE);
          if (at > 0 && stack[at]?.name === 'table') popTo(at, false);
        } else if (name === 'tr') {
          const at = findOpen(ROW_PARENTS, TABLE_SCOPE);
          if (at < 0) break; // no table: browsers ignore the tag
          popTo(at + 1, true);
        } else if (CELLS.has(name)) {
          const at = findOpen(CELL_PARENTS, TABLE_SCOPE);
          if (at < 0) break;
          popTo(at + 1, true);
          if (current().name !== 'tr') {
            // A cell with no row: the row is implied, at the cell's position.
            insert(makeElement('tr', {}, line, column, 0), true);
          }
        } else if (TABLE_SECTIONS.has(name) || name === 'caption') {
          const at = findOpen('table', TABLE_SCOPE);
          if (at < 0) break;
          popTo(at + 1, true);
        }

        const el = create(name, token.attrs, line, column);
        // A self-closing `<div/>` is open in browsers; reading it as empty loses nothing and nests less.
        // A title's or textarea's text follows its start tag whatever the slash says.
        const opens = !VOID.has(name) && (!token.selfClosing || name === 'title' || name === 'textarea') && !token.unterminated;
        insert(el, opens);
        if (name === 'form' && opens && current() === el) openForms++;
        break;
      }
      case 'end': {
        const { name, line, column } = token;
        if (name === 'html' || name === 'body') break; // content after them is still the body's
        if (name === 'head') {
          closeHead();
          break;
        }
        if (name === 'br') {
          insert(create('br', {}, line, column), false);
          break;
        }
        let at: number;
        if (name === 'table') at = findOpen('table', ROOT_SCOPE);
        else if (CELLS.has(name) || name === 'tr' || TABLE_SECTIONS.has(name) || name === 'caption') at = findOpen(name, TABLE_SCOPE);
        else if (name === 'li') at = findOpen(name, LI_SCOPE);
        else if (name === 'dd' || name === 'dt') at = findOpen(name, DL_SCOPE);
        else at = findOpen(name, BLOCK.has(name) || CHROME.has(name) ? SCOPE : INLINE_END_SCOPE);
        if (at > 0) popTo(at, true);
        else if (name === 'p') {
          // A stray `</p>` is an empty paragraph in browsers: a break.
          insert(create('p', {}, line, column), false);
        }
        break;
      }
    }
  });
  return root;
}

function makeElement(name: string, attrs: Readonly<Record<string, string>>, line: number, column: number, index: number): TreeElement {
  return { kind: 'element', name, attrs, line, column, index, children: [], closed: false, table: undefined };
}

function elementPath(el: TreeElement): string | undefined {
  return el.index > 0 ? `${el.name}[${el.index}]` : undefined;
}

function elementLocation(el: TreeElement): SourceLocation {
  const path = elementPath(el);
  return path === undefined ? { line: el.line, column: el.column } : { line: el.line, column: el.column, path };
}

// What to leave out ------------------------------------------------------------------------------

/** Never shown as text: head matter, code, embedded documents, form fields' values. */
const NEVER_TEXT = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'frameset', 'svg',
  'math', 'textarea', 'datalist', 'canvas', 'audio', 'video', 'object', 'embed', 'xmp',
]);

/** Page chrome: menus, banners, site footers, search boxes. */
const CHROME = new Set(['nav', 'aside', 'select', 'option', 'optgroup', 'button']);

/** A `<form>` with more text than this, or with a table, is the page itself (ASP.NET wraps whole pages in one), not a search box. */
const FORM_TEXT_LIMIT = 200;

/**
 * Whether an element's text stays out of the output. Chrome that was never closed is read anyway:
 * its "content" then runs on over the report itself.
 */
function isLeftOut(el: TreeElement, insideSection: boolean): boolean {
  if (NEVER_TEXT.has(el.name)) return true;
  if (!el.closed) return false;
  if (CHROME.has(el.name)) return true;
  // Inside article/section/main, header and footer belong to that content (the report's title,
  // its date), not to the page: the ARIA banner/contentinfo rule.
  if (el.name === 'header' || el.name === 'footer') return !insideSection;
  if (el.name === 'form') return isSmallForm(el);
  return false;
}

const SECTIONING = new Set(['article', 'section', 'main']);

function isSmallForm(form: TreeElement): boolean {
  let chars = 0;
  const pending: TreeNode[] = form.children.slice();
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    if (node.kind === 'text') {
      chars += countVisible(node.text);
      if (chars > FORM_TEXT_LIMIT) return false;
    } else if (node.name === 'table') return false;
    else if (!NEVER_TEXT.has(node.name)) for (const child of node.children) pending.push(child);
  }
  return true;
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) count++;
  return count;
}

// Flow: paragraphs -------------------------------------------------------------------------------

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

// Tables -----------------------------------------------------------------------------------------

interface TableInfo {
  readonly rows: readonly { readonly el: TreeElement; readonly cells: readonly TreeElement[] }[];
  /** Content inside the table but outside any cell: browsers show it before the table. */
  readonly fostered: readonly TreeNode[];
  readonly captions: readonly TreeElement[];
  /** Read as page layout (flow), not as a data grid. */
  readonly layout: boolean;
  /** One cell only: a box drawn around content, so read as flow too; unlike `layout`, no sign that an enclosing table is layout. */
  readonly frame: boolean;
}

/** A cell with more text of its own than this holds an article, not a value. */
const LAYOUT_CELL_TEXT = 500;
/** Positions a table's grid may have; past this, spans are ignored (no real table in a page of a few MB is this large). */
const MAX_GRID_POSITIONS = 1_000_000;
const MAX_SPAN = 100;

function tableInfo(table: TreeElement): TableInfo {
  if (table.table) return table.table;
  const rows: { el: TreeElement; cells: TreeElement[] }[] = [];
  const fostered: TreeNode[] = [];
  const captions: TreeElement[] = [];
  const addRow = (tr: TreeElement): void => {
    const cells: TreeElement[] = [];
    for (const child of tr.children) {
      if (child.kind === 'element' && CELLS.has(child.name)) cells.push(child);
      else if (child.kind === 'element' || !isBlankText(child.text)) fostered.push(child);
    }
    rows.push({ el: tr, cells });
  };
  for (const child of table.children) {
    if (child.kind === 'element' && child.name === 'tr') addRow(child);
    else if (child.kind === 'element' && TABLE_SECTIONS.has(child.name)) {
      for (const inner of child.children) {
        if (inner.kind === 'element' && inner.name === 'tr') addRow(inner);
        else if (inner.kind === 'element' || !isBlankText(inner.text)) fostered.push(inner);
      }
    } else if (child.kind === 'element' && child.name === 'caption') captions.push(child);
    else if (child.kind === 'element' || !isBlankText(child.text)) fostered.push(child);
  }
  const layout = rows.some((row) => row.cells.some(isLayoutCell));
  const frame = rows.length === 1 && rows[0]?.cells.length === 1;
  const info: TableInfo = { rows, fostered, captions, layout, frame };
  table.table = info;
  return info;
}

/**
 * Pages laid out with tables put the whole article, its data tables included, in one cell. Such a
 * cell holds a heading, a lot of text, a real grid (2×2 or more) or another layout table; its table
 * is read as flow so that the report's paragraphs and tables come out as blocks. Smaller nested
 * tables are flattened into their cell's text.
 */
function isLayoutCell(cell: TreeElement): boolean {
  let chars = 0;
  const pending: TreeNode[] = cell.children.slice();
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    if (node.kind === 'text') {
      chars += countVisible(node.text);
      if (chars > LAYOUT_CELL_TEXT) return true;
      continue;
    }
    if (HEADINGS.has(node.name)) return true;
    if (node.name === 'table') {
      const inner = tableInfo(node);
      if (inner.layout) return true;
      if (inner.rows.length >= 2 && inner.rows.some((row) => row.cells.length >= 2)) return true;
      continue;
    }
    if (!NEVER_TEXT.has(node.name)) for (const child of node.children) pending.push(child);
  }
  return false;
}

function reportUnclosedTable(table: TreeElement, diagnostics: Diagnostic[]): void {
  if (table.closed) return;
  diagnostics.push({
    code: 'html/unclosed-table',
    severity: 'warning',
    message: '表格没有正确结束（缺少 </table>），表格的范围可能不准确',
    messageEn: 'A table is not closed properly (no </table>); where it ends may be wrong',
    location: elementLocation(table),
  });
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

function buildGrid(table: TreeElement, info: TableInfo, tablePath: string, state: WalkState): TableRow[] {
  const rowCount = info.rows.length;
  const rowLocations = info.rows.map((row, r): SourceLocation => ({ line: row.el.line, column: row.el.column, path: `${tablePath}/tr[${r + 1}]` }));
  const texts = info.rows.map((row) => row.cells.map((cell) => cellText(cell, state)));
  const cellLocation = (cell: TreeElement, r: number, c: number): SourceLocation => ({
    line: cell.line,
    column: cell.column,
    path: `${tablePath}/tr[${r + 1}]/td[${c + 1}]`,
  });

  const place = (useSpans: boolean): (TableCell | undefined)[][] | undefined => {
    const grid: (TableCell | undefined)[][] = info.rows.map(() => []);
    let positions = 0;
    for (let r = 0; r < rowCount; r++) {
      const line = grid[r] ?? [];
      let c = 0;
      const cells = info.rows[r]?.cells ?? [];
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k];
        if (!cell) continue;
        while (line[c] !== undefined) c++;
        const location = cellLocation(cell, r, c);
        let rowSpan = 1;
        let colSpan = 1;
        if (useSpans) {
          rowSpan = readSpan(cell, 'rowspan', location, state.diagnostics);
          colSpan = readSpan(cell, 'colspan', location, state.diagnostics);
          // rowspan="0" reaches the last row; no span reaches past it.
          rowSpan = rowSpan === 0 ? rowCount - r : Math.min(rowSpan, rowCount - r);
        }
        positions += rowSpan * colSpan;
        if (positions > MAX_GRID_POSITIONS) return undefined;
        line[c] = { text: texts[r]?.[k] ?? '', location };
        const merged: TableCell = { text: '', merged: true, location };
        for (let dr = 0; dr < rowSpan; dr++) {
          const covered = grid[r + dr];
          if (!covered) continue;
          for (let dc = dr === 0 ? 1 : 0; dc < colSpan; dc++) {
            // Overlapping spans: the cell placed first keeps the position.
            if (covered[c + dc] === undefined) covered[c + dc] = merged;
          }
        }
        c += colSpan;
      }
    }
    return grid;
  };

  let grid = place(true);
  let width = 0;
  for (const line of grid ?? []) width = Math.max(width, line.length);
  const padded = grid !== undefined && width * rowCount <= MAX_GRID_POSITIONS;
  if (!grid || !padded) {
    state.diagnostics.push({
      code: 'html/table-too-large',
      severity: 'warning',
      message: '表格的合并单元格展开后过大，已忽略合并，按原样逐行读取',
      messageEn: 'The table would be too large with its merged cells expanded; spans are ignored and rows read as written',
      location: elementLocation(table),
    });
    grid = place(false) ?? [];
    width = 0;
  }

  return grid.map((line, r): TableRow => {
    const rowLocation = rowLocations[r] ?? {};
    const cells: TableCell[] = [];
    const length = Math.max(width, line.length);
    for (let c = 0; c < length; c++) {
      // Positions no cell reaches (a short row, a hole left by spans) are empty cells, so rows line up.
      cells.push(line[c] ?? { text: '', location: { line: rowLocation.line, column: rowLocation.column, path: `${rowLocation.path}/td[${c + 1}]` } });
    }
    return { cells, location: rowLocation };
  });
}

/** Reads rowspan/colspan like browsers (leading digits), with nonsense and huge values read as 1. */
function readSpan(cell: TreeElement, attr: 'rowspan' | 'colspan', location: SourceLocation, diagnostics: Diagnostic[]): number {
  const raw = cell.attrs[attr];
  if (raw === undefined) return 1;
  const trimmed = raw.trim();
  let end = 0;
  while (end < trimmed.length && end < 9 && trimmed.charCodeAt(end) >= 48 && trimmed.charCodeAt(end) <= 57) end++;
  const value = end > 0 ? Number(trimmed.slice(0, end)) : NaN;
  if (value >= 1 && value <= MAX_SPAN) return value;
  if (value === 0 && attr === 'rowspan') return 0;
  diagnostics.push({
    code: 'html/bad-span',
    severity: 'warning',
    message: `单元格的 ${attr}="${raw}" 不是合理的合并数，已按 1 处理`,
    messageEn: `A cell's ${attr}="${raw}" is not a sensible span; read as 1`,
    location,
  });
  return 1;
}

/** A cell's text: its lines (from `<br>`, `<p>`, `<div>`…) trimmed, blank ones dropped, joined by `\n`. */
function cellText(cell: TreeElement, state: WalkState): string {
  const lines: string[] = [];
  let pieces: string[] = [];
  let pre = 0;
  let sectioning = state.sectioning;
  const endLine = (): void => {
    if (pieces.length === 0) return;
    const text = collapseWhitespace(pieces.join(''));
    pieces = [];
    if (text !== '') lines.push(text);
  };
  const visit = (node: TreeNode): void => {
    if (node.kind === 'text') {
      if (pre === 0) {
        pieces.push(node.text);
        return;
      }
      const parts = node.text.split('\n');
      parts.forEach((part, k) => {
        if (k > 0) endLine();
        pieces.push(part);
      });
      return;
    }
    if (isLeftOut(node, sectioning > 0)) return;
    const name = node.name;
    if (name === 'br' || name === 'hr' || (name === 'p' && node.children.length === 0)) {
      endLine();
      return;
    }
    if (VOID.has(name)) return;
    if (name === 'table') {
      endLine();
      for (const line of flattenTable(node, state)) lines.push(line);
      return;
    }
    const block = BLOCK.has(name);
    if (block) endLine();
    if (name === 'pre') pre++;
    if (SECTIONING.has(name)) sectioning++;
    for (const child of node.children) visit(child);
    if (SECTIONING.has(name)) sectioning--;
    if (name === 'pre') pre--;
    if (block) endLine();
  };
  for (const child of cell.children) visit(child);
  endLine();
  return lines.join('\n');
}

/** A table inside a data cell, as lines: one per row, cells separated by a space. */
function flattenTable(table: TreeElement, state: WalkState): string[] {
  reportUnclosedTable(table, state.diagnostics);
  const info = tableInfo(table);
  const lines: string[] = [];
  const oneLine = (text: string): string => text.split('\n').join(' ');
  for (const caption of info.captions) {
    const text = oneLine(cellText(caption, state));
    if (text) lines.push(text);
  }
  for (const node of info.fostered) {
    const text = node.kind === 'text' ? collapseWhitespace(node.text) : oneLine(cellText(node, state));
    if (text) lines.push(text);
  }
  for (const row of info.rows) {
    const text = row.cells
      .map((cell) => oneLine(cellText(cell, state)))
      .filter((t) => t !== '')
      .join(' ');
    if (text) lines.push(text);
  }
  return lines;
}

// Whitespace -------------------------------------------------------------------------------------

/** Spaces as a reader sees them: ASCII whitespace, no-break, ideographic and typographic spaces. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
  );
}

/** Invisible characters dropped from text: zero-width space, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0xad;
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}


function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Trims and collapses whitespace runs to one space. A run that is only a source line break (with
 * indentation) between CJK characters, or between a CJK character and a digit ("2024\n年"), is
 * dropped instead: the author typed no space there. Runs with a no-break or ideographic space were
 * typed, and stay a space.
 */
function collapseWhitespace(text: string): string {
  const out: string[] = [];
  const n = text.length;
  let segmentStart = 0;
  let hasContent = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) {
      if (i > segmentStart) {
        out.push(text.slice(segmentStart, i));
        hasContent = true;
      }
      segmentStart = ++i;
      continue;
    }
    if (!isSpace(c)) {
      i++;
      continue;
    }
    if (i > segmentStart) {
      out.push(text.slice(segmentStart, i));
      hasContent = true;
    }
    const before = text.charCodeAt(i - 1);
    let lineBreak = false;
    let typed = false;
    let j = i;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!isSpace(d)) break;
      if (d === 10 || d === 13) lineBreak = true;
      else if (d > 32) typed = true;
    }
    const after = text.charCodeAt(j);
    const joins = lineBreak && !typed && ((isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after)));
    if (hasContent && j < n && !joins) out.push(' ');
    segmentStart = i = j;
  }
  if (n > segmentStart) out.push(text.slice(segmentStart));
  return out.join('');
}
