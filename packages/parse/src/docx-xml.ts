// Element names are matched by namespace, not prefix: writers choose their own prefixes, and Strict
// OOXML uses other namespace URIs than Transitional.
import type { Element, Node } from '@xmldom/xmldom';

const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MATH = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math']);

/** An element's name as the reader matches it: `p` for w:p, `mc:Choice`, `m:t`; '' for anything else. */
export function nameOf(node: Node): string {
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const ns = el.namespaceURI;
  if (ns === null) return '';
  if (W.has(ns)) return el.localName ?? '';
  if (ns === MC) return `mc:${el.localName}`;
  if (MATH.has(ns)) return `m:${el.localName}`;
  return '';
}

export function child(el: Element | null | undefined, name: string): Element | null {
  if (!el) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) if (nameOf(node) === name) return node as Element;
  return null;
}

/** A WordprocessingML attribute (`w:val`), also when written without its prefix. */
export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  const ns = el.namespaceURI;
  return (ns === null ? null : el.getAttributeNS(ns, name)) ?? el.getAttribute(name);
}

export function intAttr(el: Element | null | undefined, name: string): number | null {
  const raw = attr(el, name);
  if (raw === null) return null;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : null;
}

/** An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`). */
export function isOn(el: Element | null): boolean {
  if (!el) return false;
  const value = attr(el, 'val');
  return value === null || !['false', '0', 'off'].includes(value);
}

/** Markup compatibility: the first `mc:Choice` (its markup is what Word shows), else `mc:Fallback` — never both. */
export function chooseBranch(alternate: Element): Element | null {
  return child(alternate, 'mc:Choice') ?? child(alternate, 'mc:Fallback');
}

/**
 * What a transparent wrapper holds in its place: a content control's content, a custom-XML element's
 * or tracked insertion's own children, an alternate's chosen branch; null for anything else (or a
 * wrapper with nothing to read).
 */
export function wrappedContent(node: Node, name: string): Element | null {
  switch (name) {
    case 'sdt':
      return child(node as Element, 'sdtContent');
    case 'customXml':
    case 'ins':
    case 'moveTo':
      return node as Element;
    case 'mc:AlternateContent':
      return chooseBranch(node as Element);
    default:
      return null;
  }
}

export function textOf(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return text;
}

/**
 * Walks `root` and the elements below it in document order, with a stack rather than recursion, so
 * that markup nested deeper than the call stack allows is still walked. `visit` returns the element
 * whose children come next (the node itself, or an alternate's chosen branch), or null to pass over
 * what is inside.
 */
export function walkElements(root: Node, visit: (node: Node, name: string) => Node | null): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const next = visit(node, nameOf(node));
    if (next === null) continue;
    const children: Node[] = [];
    for (let c = next.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}
