import type { Document, Element } from '@xmldom/xmldom';
import { formatNumber } from './docx-number-format.js';
import type { Styles } from './docx-styles.js';
import { attr, chooseBranch, child, intAttr, isOn, nameOf } from './docx-xml.js';

interface Level {
  readonly start: number;
  readonly format: string;
  /** `%1、`, `（%1）`, `%1.%2`; null when the level shows no number. */
  readonly text: string | null;
  readonly suffix: string;
  /** Legal numbering: every level shown in decimal. */
  readonly legal: boolean;
  /** After which level (1-based) this one restarts; 0 never; null after any higher one. */
  readonly restart: number | null;
  /** The paragraph style this level is tied to. */
  readonly style: string | null;
}

interface AbstractNumbering {
  readonly levels: readonly (Level | undefined)[];
  /** This definition is only a pointer to a numbering style's list. */
  readonly numStyleLink: string | null;
}

interface NumberingInstance {
  readonly abstractId: string;
  readonly starts: ReadonlyMap<number, number>;
  readonly levels: ReadonlyMap<number, Level>;
}

export interface Numbering {
  readonly abstracts: ReadonlyMap<string, AbstractNumbering>;
  readonly instances: ReadonlyMap<string, NumberingInstance>;
  readonly styles: Styles;
  /** Current counters per list, by level (undefined: not used since it last restarted). */
  readonly counters: Map<string, (number | undefined)[]>;
}

const MAX_LEVELS = 9;

function readLevel(lvl: Element): Level {
  let numFmt = child(lvl, 'numFmt');
  if (!numFmt) {
    // Word 2010's custom formats sit in an alternate; its fallback holds a standard format.
    const alternate = child(lvl, 'mc:AlternateContent');
    numFmt = child(alternate ? child(alternate, 'mc:Fallback') ?? chooseBranch(alternate) : null, 'numFmt');
  }
  const lvlText = child(lvl, 'lvlText');
  return {
    start: intAttr(child(lvl, 'start'), 'val') ?? 0,
    format: attr(numFmt, 'val') ?? 'decimal',
    text: lvlText ? (attr(lvlText, 'val') ?? '') : null,
    suffix: attr(child(lvl, 'suff'), 'val') ?? 'tab',
    legal: isOn(child(lvl, 'isLgl')),
    restart: intAttr(child(lvl, 'lvlRestart'), 'val'),
    style: attr(child(lvl, 'pStyle'), 'val'),
  };
}

export function readNumbering(doc: Document | null, styles: Styles): Numbering {
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, NumberingInstance>();
  const root = doc?.documentElement;
  if (root) {
    for (let node = root.firstChild; node; node = node.nextSibling) {
      const name = nameOf(node);
      const el = node as Element;
      if (name === 'abstractNum') {
        const id = attr(el, 'abstractNumId');
        if (id === null || abstracts.has(id)) continue;
        const levels: (Level | undefined)[] = [];
        for (let l = el.firstChild; l; l = l.nextSibling) {
          if (nameOf(l) !== 'lvl') continue;
          const ilvl = intAttr(l as Element, 'ilvl') ?? 0;
          if (ilvl >= 0 && ilvl < MAX_LEVELS && !levels[ilvl]) levels[ilvl] = readLevel(l as Element);
        }
        abstracts.set(id, { levels, numStyleLink: attr(child(el, 'numStyleLink'), 'val') });
      } else if (name === 'num') {
        const id = attr(el, 'numId');
        const abstractId = attr(child(el, 'abstractNumId'), 'val');
        if (id === null || abstractId === null || instances.has(id)) continue;
        const starts = new Map<number, number>();
        const levels = new Map<number, Level>();
        for (let o = el.firstChild; o; o = o.nextSibling) {
          if (nameOf(o) !== 'lvlOverride') continue;
          const ilvl = intAttr(o as Element, 'ilvl') ?? 0;
          const start = intAttr(child(o as Element, 'startOverride'), 'val');
          if (start !== null) starts.set(ilvl, start);
          const lvl = child(o as Element, 'lvl');
          if (lvl) levels.set(ilvl, readLevel(lvl));
        }
        instances.set(id, { abstractId, starts, levels });
      }
    }
  }
  return { abstracts, instances, styles, counters: new Map() };
}

/** The list definition a numbering instance uses, following a numbering style's link (`numStyleLink`). */
function abstractOf(numbering: Numbering, instance: NumberingInstance): { id: string; def: AbstractNumbering } | null {
  let id = instance.abstractId;
  for (let hops = 0; hops < 4; hops++) {
    const def = numbering.abstracts.get(id);
    if (!def) return null;
    if (def.numStyleLink === null) return { id, def };
    const styleNum = numbering.styles.defs.get(def.numStyleLink)?.numId;
    const linked = styleNum ? numbering.instances.get(styleNum) : undefined;
    if (!linked) return { id, def };
    id = linked.abstractId;
  }
  return null;
}

/**
 * Counts the paragraph in its list and renders its number, as Word would show it. Lists sharing a
 * definition share counters (Word continues them) unless the instance restarts with
 * `startOverride`. Bullets give no prefix: they carry no meaning and are often symbol-font glyphs.
 */
export function renderNumber(numbering: Numbering, numId: string, ownLevel: number | null, styleId: string | null): string | null {
  const instance = numbering.instances.get(numId);
  if (!instance) return null;
  const abstract = abstractOf(numbering, instance);
  if (!abstract) return null;
  const levelOf = (i: number): Level | undefined => instance.levels.get(i) ?? abstract.def.levels[i];
  // A style tied to one level of the list (`w:pStyle` in the level) numbers at that level.
  let ilvl = ownLevel;
  if (ilvl === null && styleId !== null) {
    for (let i = 0; i < MAX_LEVELS; i++) if (levelOf(i)?.style === styleId) ilvl = i;
  }
  ilvl ??= 0;
  const level = levelOf(ilvl);
  if (!level || ilvl < 0 || ilvl >= MAX_LEVELS) return null;

  const key = instance.starts.size > 0 ? `num:${numId}` : `abstract:${abstract.id}`;
  let counters = numbering.counters.get(key);
  if (!counters) numbering.counters.set(key, (counters = []));
  const startOf = (i: number): number => instance.starts.get(i) ?? levelOf(i)?.start ?? 0;
  const current = counters[ilvl];
  counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
  for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
    const restart = levelOf(deeper)?.restart ?? null;
    if (restart === null || ilvl < restart) counters[deeper] = undefined;
  }

  if (level.format === 'bullet' || level.text === null) return null;
  const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
    const i = Number(digit) - 1;
    const value = counters[i] ?? startOf(i);
    return formatNumber(value, level.legal ? 'decimal' : (levelOf(i)?.format ?? 'decimal'));
  });
  if (text === '') return null;
  if (level.suffix === 'nothing') return text;
  // Word puts a tab (or space) after the number; after `、`, `）` or `.` it reads as nothing.
  return /[\p{L}\p{Nd}]$/u.test(text) ? `${text} ` : text;
}
