import type { TreeElement, TreeNode } from './html-tree.js';

/** Never shown as text: head matter, code, embedded documents, form fields' values. */
export const NEVER_TEXT = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'frameset', 'svg',
  'math', 'textarea', 'datalist', 'canvas', 'audio', 'video', 'object', 'embed', 'xmp',
]);

/** Page chrome: menus, banners, site footers, search boxes. */
export const CHROME = new Set(['nav', 'aside', 'select', 'option', 'optgroup', 'button']);

/** A `<form>` with more text than this, or with a table, is the page itself (ASP.NET wraps whole pages in one), not a search box. */
const FORM_TEXT_LIMIT = 200;

/**
 * Whether an element's text stays out of the output. Chrome that was never closed is read anyway:
 * its "content" then runs on over the report itself.
 */
export function isLeftOut(el: TreeElement, insideSection: boolean): boolean {
  if (NEVER_TEXT.has(el.name)) return true;
  if (!el.closed) return false;
  if (CHROME.has(el.name)) return true;
  // Inside article/section/main, header and footer belong to that content (the report's title,
  // its date), not to the page: the ARIA banner/contentinfo rule.
  if (el.name === 'header' || el.name === 'footer') return !insideSection;
  if (el.name === 'form') return isSmallForm(el);
  return false;
}

function isSmallForm(form: TreeElement): boolean {
  return !holdsContent(form, FORM_TEXT_LIMIT, (el) => (el.name === 'table' ? true : undefined));
}

/**
 * Whether an element holds more than `textLimit` characters of text or an element `decides` is
 * enough (true); `decides` returns false for an element whose content doesn't count, undefined to
 * look inside it. What is never shown as text is never looked into.
 */
export function holdsContent(el: TreeElement, textLimit: number, decides: (el: TreeElement) => boolean | undefined): boolean {
  let chars = 0;
  const pending: TreeNode[] = el.children.slice();
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    if (node.kind === 'text') {
      chars += countVisible(node.text);
      if (chars > textLimit) return true;
      continue;
    }
    const decided = decides(node);
    if (decided !== undefined) {
      if (decided) return true;
      continue;
    }
    if (!NEVER_TEXT.has(node.name)) for (const child of node.children) pending.push(child);
  }
  return false;
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) count++;
  return count;
}
