import type { Document, Element } from '@xmldom/xmldom';
import { attr, child, intAttr, nameOf } from './docx-xml.js';

export interface StyleDef {
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | null;
  readonly outline: number | null;
  readonly numId: string | null;
  readonly ilvl: number | null;
}

export interface ResolvedStyle {
  readonly id: string | null;
  readonly headingLevel: number | undefined;
  readonly numId: string | null;
  readonly ilvl: number | null;
  readonly toc: boolean;
}

export interface Styles {
  readonly defs: ReadonlyMap<string, StyleDef>;
  readonly defaultParagraph: string | null;
  readonly resolved: Map<string, ResolvedStyle>;
}

export function readStyles(doc: Document | null): Styles {
  const defs = new Map<string, StyleDef>();
  let defaultParagraph: string | null = null;
  const root = doc?.documentElement;
  if (root) {
    for (let node = root.firstChild; node; node = node.nextSibling) {
      if (nameOf(node) !== 'style') continue;
      const el = node as Element;
      const id = attr(el, 'styleId');
      if (id === null || defs.has(id)) continue;
      const type = attr(el, 'type') ?? 'paragraph';
      const pPr = child(el, 'pPr');
      const numPr = child(pPr, 'numPr');
      defs.set(id, {
        type,
        name: (attr(child(el, 'name'), 'val') ?? '').trim().toLowerCase(),
        basedOn: attr(child(el, 'basedOn'), 'val'),
        outline: intAttr(child(pPr, 'outlineLvl'), 'val'),
        numId: attr(child(numPr, 'numId'), 'val'),
        ilvl: intAttr(child(numPr, 'ilvl'), 'val'),
      });
      if (type === 'paragraph' && isTrue(attr(el, 'default')) && defaultParagraph === null) defaultParagraph = id;
    }
  }
  return { defs, defaultParagraph, resolved: new Map() };
}

function isTrue(value: string | null): boolean {
  return value !== null && !['false', '0', 'off'].includes(value);
}

/** `heading 1` (the built-in name Word stores whatever the UI language), `标题 1`, or a `Heading1` id. */
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const TOC_NAME = /^toc\s*[1-9]$|^目录\s*[1-9]$/i;
const NO_STYLE: ResolvedStyle = { id: null, headingLevel: undefined, numId: null, ilvl: null, toc: false };

/** A paragraph style with what it inherits through `basedOn`: heading level, numbering, TOC-ness. */
export function resolveStyle(styles: Styles, id: string | null): ResolvedStyle {
  if (id === null) return NO_STYLE;
  const cached = styles.resolved.get(id);
  if (cached) return cached;
  let headingLevel: number | undefined;
  let levelFound = false;
  let numId: string | null = null;
  let ilvl: number | null = null;
  let toc = false;
  const seen = new Set<string>();
  for (let current: string | null = id; current !== null && !seen.has(current) && seen.size < 16; ) {
    seen.add(current);
    const def = styles.defs.get(current);
    const named = HEADING_NAME.exec(def?.name ?? '') ?? (def?.name ? null : /^heading\s*([1-9])$/i.exec(current));
    if (!levelFound && named) {
      headingLevel = Number(named[1]);
      levelFound = true;
    } else if (!levelFound && def && def.outline !== null) {
      headingLevel = def.outline >= 0 && def.outline <= 8 ? def.outline + 1 : undefined;
      levelFound = true;
    }
    if (current === id && TOC_NAME.test(def?.name ?? current)) toc = true;
    if (numId === null && def?.numId != null) {
      numId = def.numId;
      ilvl = def.ilvl;
    }
    current = def?.basedOn ?? null;
  }
  const resolved: ResolvedStyle = { id, headingLevel, numId, ilvl, toc };
  styles.resolved.set(id, resolved);
  return resolved;
}
