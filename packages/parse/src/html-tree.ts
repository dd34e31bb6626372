import type { Diagnostic, SourceLocation } from '@nianbao/core';
import { forEachHtmlToken, type HtmlText, type HtmlToken } from './html-tokenizer.js';
import { BLOCK, CELLS, HEADINGS, TABLE_SECTIONS, VOID } from './html-elements.js';
import { CHROME } from './html-chrome.js';
import type { TableInfo } from './html-table-structure.js';
import { isBlankText } from './html-whitespace.js';

export interface TreeElement {
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
export type TreeNode = TreeElement | HtmlText;

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

const TABLE_OR_CELL = ['table', 'td', 'th', 'caption'];
const LIST_DEFINITIONS = ['dd', 'dt'];
const ROOT_SCOPE = new Set(['#root']);
const ROW_PARENTS = ['table', 'tbody', 'thead', 'tfoot'];
const CELL_PARENTS = ['tr', 'table', 'tbody', 'thead', 'tfoot'];

/** Browsers cap the tree's depth too; deeper elements' content goes to the element at the cap. */
const MAX_DEPTH = 256;

export function buildTree(html: string, diagnostics: Diagnostic[]): TreeElement {
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

export function elementPath(el: TreeElement): string | undefined {
  return el.index > 0 ? `${el.name}[${el.index}]` : undefined;
}

export function elementLocation(el: TreeElement): SourceLocation {
  const path = elementPath(el);
  return path === undefined ? { line: el.line, column: el.column } : { line: el.line, column: el.column, path };
}
