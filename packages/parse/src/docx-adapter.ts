/**
 * `@nianbao/parse/docx` — reads Word and WPS documents (OOXML) into the intermediate document:
 * paragraphs and tables in order, merged cells expanded, automatic numbering rendered, against
 * hostile files (limits in {@link DocxLimits}). Most users call `parseReport` instead, which loads
 * this on demand.
 *
 * @module docx
 */
import type { Diagnostic, SourceLocation } from '@nianbao/core';
import type { Document, Element, Node } from '@xmldom/xmldom';
import type { Block, SourceDocument, TableCell, TableRow } from './source-document.js';
import { readDocxXml, type DocxLimits } from './zip-reader.js';

export { DEFAULT_DOCX_LIMITS, type DocxLimits } from './zip-reader.js';

/**
 * Reads a Word or WPS document (.docx) into paragraphs and tables, in document order, straight from
 * its OOXML: content controls unwrapped, text boxes read once, fields as their results, automatic
 * numbering rendered (`二、` before a heading numbered by Word), heading levels from styles, and
 * tables as grids with every kind of merge expanded (`gridSpan`, `vMerge`, WPS's `hMerge`,
 * `gridBefore`/`gridAfter`). Locations are paths: `p[12]` for the 12th body paragraph,
 * `table[2]/tr[5]/td[3]` for a cell (1-based row and grid column).
 *
 * Never throws: a file that is not a .docx, is damaged, or is hostile (zip bomb, entity expansion,
 * deep nesting) comes back with no blocks and one error diagnostic.
 */
export function readDocx(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): SourceDocument {
  const xml = readDocxXml(bytes, limits);
  const diagnostics = [...xml.diagnostics];
  if (!xml.document) return { blocks: [], diagnostics };
  try {
    const root = xml.document.documentElement;
    const body = root && nameOf(root) === 'document' ? child(root, 'body') : null;
    if (!body) {
      diagnostics.push({
        code: 'docx/xml',
        severity: 'error',
        message: '文件中的正文部件不是 Word 文档结构（缺少 w:document/w:body），无法读取',
        messageEn: 'The main part is not a WordprocessingML document (no w:document/w:body) and cannot be read',
      });
      return { blocks: [], diagnostics };
    }
    const styles = readStyles(xml.styles);
    const ctx: Context = {
      styles,
      numbering: readNumbering(xml.numbering, styles),
      diagnostics,
      fields: [],
      hiding: 0,
      unclosed: unclosedFields(body),
      positions: 0,
      reported: new Set(),
    };
    const blocks: Block[] = [];
    readBlocks(body, { paragraphs: 0, tables: 0, prefix: '' }, ctx, blocks);
    if (blocks.length === 0) {
      diagnostics.push({ code: 'docx/no-text', severity: 'warning', message: '文档中没有可读的文字', messageEn: 'The document has no readable text' });
    }
    return { blocks, diagnostics };
  } catch (error) {
    // The markup's depth is capped, so recursion can't overflow with the default limits; with
    // limits raised by the caller it could, and the file still gets a diagnostic, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      code: 'docx/xml',
      severity: 'error',
      message: `文档结构无法读取（${detail}）`,
      messageEn: `The document's structure cannot be read (${detail})`,
    });
    return { blocks: [], diagnostics };
  }
}

// Names and attributes ---------------------------------------------------------------------------

const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MATH = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math']);

/** An element's name as the reader matches it: `p` for w:p, `mc:Choice`, `m:t`; '' for anything else. */
function nameOf(node: Node): string {
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const ns = el.namespaceURI;
  if (ns === null) return '';
  if (W.has(ns)) return el.localName ?? '';
  if (ns === MC) return `mc:${el.localName}`;
  if (MATH.has(ns)) return `m:${el.localName}`;
  return '';
}

function child(el: Element | null | undefined, name: string): Element | null {
  if (!el) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) if (nameOf(node) === name) return node as Element;
  return null;
}

/** A WordprocessingML attribute (`w:val`), also when written without its prefix. */
function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  const ns = el.namespaceURI;
  return (ns === null ? null : el.getAttributeNS(ns, name)) ?? el.getAttribute(name);
}

function intAttr(el: Element | null | undefined, name: string): number | null {
  const raw = attr(el, name);
  if (raw === null) return null;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : null;
}

/** An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`). */
function isOn(el: Element | null): boolean {
  if (!el) return false;
  const value = attr(el, 'val');
  return value === null || !['false', '0', 'off'].includes(value);
}

/** Markup compatibility: the first `mc:Choice` (its markup is what Word shows), else `mc:Fallback` — never both. */
function chooseBranch(alternate: Element): Element | null {
  return child(alternate, 'mc:Choice') ?? child(alternate, 'mc:Fallback');
}

function textOf(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return text;
}

// The reading state --------------------------------------------------------------------------------

interface Context {
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

interface Field {
  instruction: string;
  separated: boolean;
  /** A table of contents: its result repeats the headings (with page numbers) and is left out. */
  toc: boolean;
}

/** Where blocks go: the body, a text box, a frame table's cell; counters and path prefix are its own. */
interface Container {
  paragraphs: number;
  tables: number;
  readonly prefix: string;
}

function warnOnce(ctx: Context, diagnostic: Diagnostic): void {
  if (ctx.reported.has(diagnostic.code)) return;
  ctx.reported.add(diagnostic.code);
  ctx.diagnostics.push(diagnostic);
}

// Block-level content ----------------------------------------------------------------------------

function readBlocks(parent: Element, box: Container, ctx: Context, out: Block[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    switch (nameOf(node)) {
      case 'p':
        readBodyParagraph(node as Element, box, ctx, out);
        break;
      case 'tbl':
        readBodyTable(node as Element, box, ctx, out);
        break;
      case 'sdt': {
        const content = child(node as Element, 'sdtContent');
        if (content) readBlocks(content, box, ctx, out);
        break;
      }
      case 'customXml':
      case 'ins':
      case 'moveTo':
        readBlocks(node as Element, box, ctx, out);
        break;
      case 'mc:AlternateContent': {
        const branch = chooseBranch(node as Element);
        if (branch) readBlocks(branch, box, ctx, out);
        break;
      }
      case 'altChunk':
        warnOnce(ctx, {
          code: 'docx/alt-chunk',
          severity: 'warning',
          message: '文档中嵌入了另一份文件（altChunk，如粘贴的网页），其内容未读取',
          messageEn: 'The document embeds another file (altChunk, such as pasted HTML); its content is not read',
        });
        break;
      default:
        break; // sectPr, bookmarks, deletions, permissions …
    }
  }
}

function readBodyParagraph(p: Element, box: Container, ctx: Context, out: Block[]): void {
  const index = ++box.paragraphs;
  const path = `${box.prefix}p[${index}]`;
  const location: SourceLocation = { path };
  const props = paragraphProps(p, ctx);
  const content = readParagraph(p, ctx);
  if (!props.toc) {
    for (const text of withNumber(content.lines, props.number)) {
      if (text === '') continue;
      out.push(props.headingLevel === undefined ? { kind: 'paragraph', text, location } : { kind: 'paragraph', text, location, headingLevel: props.headingLevel });
    }
  }
  // Text boxes anchored in the paragraph come after it, each read as a little document of its own.
  content.boxes.forEach((textBox, k) => readBlocks(textBox, { paragraphs: 0, tables: 0, prefix: `${path}/txbx[${k + 1}]/` }, ctx, out));
}

function readBodyTable(tbl: Element, box: Container, ctx: Context, out: Block[]): void {
  const index = ++box.tables;
  const path = `${box.prefix}table[${index}]`;
  const rows = rowsOf(tbl);
  // A one-cell table is a frame drawn around content (a boxed note, a whole report in a box): its
  // content is read as blocks, as the HTML reader does.
  const only = rows.length === 1 ? cellsOf(rows[0]!) : [];
  if (only.length === 1) {
    readBlocks(only[0]!, { paragraphs: 0, tables: 0, prefix: `${path}/tr[1]/td[1]/` }, ctx, out);
    return;
  }
  const grid = buildGrid(rows, path, ctx);
  // Spacer tables hold nothing to read.
  if (grid.some((row) => row.cells.some((cell) => cell.text !== ''))) out.push({ kind: 'table', rows: grid, location: { path } });
}

// Paragraphs ---------------------------------------------------------------------------------------

/** A paragraph's text, split at line breaks, and the text boxes anchored in it. */
interface ParagraphContent {
  readonly lines: string[];
  readonly boxes: Element[];
}

interface InlineState {
  readonly lines: string[];
  pieces: string[];
  readonly boxes: Element[];
}

const TOC_FIELD = /^\s*TOC\b/i;
const INVISIBLE = /[\u200b\u00ad\ufeff]/g;

function readParagraph(p: Element, ctx: Context): ParagraphContent {
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
      case 'customXml':
      case 'ins':
      case 'moveTo':
      case 'dir':
      case 'bdo':
        readInline(node as Element, state, ctx);
        break;
      case 'sdt': {
        const content = child(node as Element, 'sdtContent');
        if (content) readInline(content, state, ctx);
        break;
      }
      case 'fldSimple':
        // A simple field holds its result as runs; its instruction is an attribute.
        if (!TOC_FIELD.test(attr(node as Element, 'instr') ?? '')) readInline(node as Element, state, ctx);
        break;
      case 'mc:AlternateContent': {
        const branch = chooseBranch(node as Element);
        if (branch) readInline(branch, state, ctx);
        break;
      }
      case 'm:oMath':
      case 'm:oMathPara':
        if (ctx.hiding === 0) state.pieces.push(mathText(node as Element));
        break;
      default:
        break; // pPr, bookmarks, proofing marks, deletions (w:del, w:moveFrom) …
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

function fieldChar(type: string | null, ctx: Context): void {
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
function unclosedFields(body: Element): Set<Node> {
  const open: Node[] = [];
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = nameOf(node);
    if (name === 'fldChar') {
      const type = attr(node as Element, 'fldCharType');
      if (type === 'begin') open.push(node);
      else if (type === 'end') open.pop();
      continue;
    }
    if (name === 'del' || name === 'moveFrom') continue; // not read
    if (name === 'mc:AlternateContent') {
      const branch = chooseBranch(node as Element);
      if (branch) stack.push(branch);
      continue;
    }
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return new Set(open);
}

/** The text boxes (`w:txbxContent`) inside a drawing or VML shape, in order, one branch of each alternate. */
function findTextBoxes(root: Element, out: Element[]): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = nameOf(node);
    if (name === 'txbxContent') {
      out.push(node as Element);
      continue; // boxes in boxes are found when this one is read
    }
    if (name === 'mc:AlternateContent') {
      const branch = chooseBranch(node as Element);
      if (branch) stack.push(branch);
      continue;
    }
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}

function mathText(root: Element): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (nameOf(node) === 'm:t') {
      text += textOf(node as Element);
      continue;
    }
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return text;
}

/** The paragraph's number in front of its first line (alone when that line is empty, as Word shows it). */
function withNumber(lines: readonly string[], number: string | null): readonly string[] {
  if (number === null || number === '') return lines;
  const [first = '', ...rest] = lines;
  return [first === '' ? number.trim() : number + first, ...rest];
}

// Paragraph properties: styles, heading levels, numbering -----------------------------------------

interface ParagraphProps {
  readonly headingLevel: number | undefined;
  /** The rendered number with its separator (`二、`, `1. `), or null. */
  readonly number: string | null;
  /** A table-of-contents entry (style `toc N`): left out, it repeats the headings. */
  readonly toc: boolean;
}

function paragraphProps(p: Element, ctx: Context): ParagraphProps {
  const pPr = child(p, 'pPr');
  const styleId = attr(child(pPr, 'pStyle'), 'val') ?? ctx.styles.defaultParagraph;
  const style = resolveStyle(ctx.styles, styleId);

  let headingLevel = style.headingLevel;
  const outline = intAttr(child(pPr, 'outlineLvl'), 'val');
  if (outline !== null) headingLevel = outline >= 0 && outline <= 8 ? outline + 1 : undefined; // 9 is body text

  const numPr = child(pPr, 'numPr');
  const ownNumId = attr(child(numPr, 'numId'), 'val');
  const ownLevel = intAttr(child(numPr, 'ilvl'), 'val');
  const numId = ownNumId ?? style.numId;
  let number: string | null = null;
  if (numId !== null && numId !== '0') {
    number = renderNumber(ctx.numbering, numId, ownLevel ?? style.ilvl, style.id);
  }
  return { headingLevel, number, toc: style.toc };
}

interface StyleDef {
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | null;
  readonly outline: number | null;
  readonly numId: string | null;
  readonly ilvl: number | null;
}

interface ResolvedStyle {
  readonly id: string | null;
  readonly headingLevel: number | undefined;
  readonly numId: string | null;
  readonly ilvl: number | null;
  readonly toc: boolean;
}

interface Styles {
  readonly defs: ReadonlyMap<string, StyleDef>;
  readonly defaultParagraph: string | null;
  readonly resolved: Map<string, ResolvedStyle>;
}

function readStyles(doc: Document | null): Styles {
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
function resolveStyle(styles: Styles, id: string | null): ResolvedStyle {
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

interface Numbering {
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

function readNumbering(doc: Document | null, styles: Styles): Numbering {
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
function renderNumber(numbering: Numbering, numId: string, ownLevel: number | null, styleId: string | null): string | null {
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

// Number formats ---------------------------------------------------------------------------------------

const CHINESE_DIGITS = '〇一二三四五六七八九';
const CHINESE_UNITS = ['', '十', '百', '千'] as const;
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_UNITS = ['', '拾', '佰', '仟'] as const;
const LEGAL_TRADITIONAL_DIGITS = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 一, 十, 十一, 二十, 一百零一 … (legal style: 壹拾, 壹佰零壹). Past 9999, digit by digit. */
function chineseNumber(n: number, digits: string, units: readonly string[], legal: boolean): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return [...String(n)].map((d) => digits[Number(d)]).join('');
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0] === '〇' ? '零' : digits[0];
    zero = false;
    // 十一, not 一十一; legal numbering keeps the 壹.
    out += (d === 1 && i === 0 && s.length === 2 && !legal ? '' : digits[d]) + unit;
  }
  return out;
}

function digitByDigit(n: number, digits: string): string {
  return [...String(n)].map((d) => digits[Number(d)] ?? d).join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa …. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A code point from a run of enclosed numbers (①…⑳, ⑴…⒇), or plain digits outside it. */
function enclosed(n: number, ranges: readonly (readonly [from: number, to: number, first: number])[]): string {
  for (const [from, to, first] of ranges) if (n >= from && n <= to) return String.fromCodePoint(first + n - from);
  return String(n);
}

/** Renders a counter in a `w:numFmt` format; unknown formats as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return digitByDigit(n, '０１２３４５６７８９');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n === 0 ? '⓪' : enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]]);
    case 'decimalEnclosedFullstop':
      return enclosed(n, [[1, 20, 0x2488]]);
    case 'decimalEnclosedParen':
      return enclosed(n, [[1, 20, 0x2474]]);
    case 'ideographEnclosedCircle':
      return enclosed(n, [[1, 10, 0x3280]]);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n < 0 ? String(n) : chineseNumber(n, CHINESE_DIGITS, CHINESE_UNITS, false);
    case 'chineseLegalSimplified':
      return n < 0 ? String(n) : chineseNumber(n, LEGAL_DIGITS, LEGAL_UNITS, true);
    case 'ideographLegalTraditional':
      return n < 0 ? String(n) : chineseNumber(n, LEGAL_TRADITIONAL_DIGITS, LEGAL_UNITS, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n < 0 ? String(n) : digitByDigit(n, CHINESE_DIGITS);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
    case 'ideographZodiacTraditional':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12]! : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// Tables -------------------------------------------------------------------------------------------------

/** Word's grid has at most 63 columns; spans past this are nonsense. */
const MAX_SPAN = 64;
/** Grid positions a document's tables may have in all; past this, spans are ignored, then rows dropped. */
const MAX_GRID_POSITIONS = 1_000_000;

/** Rows of a table, through row-level content controls; rows deleted with track changes left out. */
function rowsOf(tbl: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const name = nameOf(node);
      if (name === 'tr') {
        if (!child(child(node as Element, 'trPr'), 'del')) rows.push(node as Element);
      } else if (name === 'sdt') {
        const content = child(node as Element, 'sdtContent');
        if (content) visit(content);
      } else if (name === 'customXml' || name === 'ins' || name === 'moveTo') visit(node as Element);
    }
  };
  visit(tbl);
  return rows;
}

function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  const visit = (parent: Element): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const name = nameOf(node);
      if (name === 'tc') cells.push(node as Element);
      else if (name === 'sdt') {
        const content = child(node as Element, 'sdtContent');
        if (content) visit(content);
      } else if (name === 'customXml') visit(node as Element);
    }
  };
  visit(tr);
  return cells;
}

function clampSpan(value: number | null, min: number): number {
  if (value === null || value < min) return min;
  return Math.min(value, MAX_SPAN);
}

type Merge = 'restart' | 'continue' | null;

function mergeOf(el: Element | null): Merge {
  if (!el) return null;
  return attr(el, 'val') === 'restart' ? 'restart' : 'continue';
}

interface CellSpec {
  readonly text: string;
  readonly span: number;
  readonly vMerge: Merge;
  readonly hMerge: Merge;
}

interface RowSpec {
  readonly before: number;
  readonly after: number;
  readonly cells: readonly CellSpec[];
}

function buildGrid(rows: readonly Element[], tablePath: string, ctx: Context): TableRow[] {
  // Cell text is read first, row by row: numbering counts in document order.
  const specs: RowSpec[] = rows.map((tr) => {
    const trPr = child(tr, 'trPr');
    return {
      before: clampSpan(intAttr(child(trPr, 'gridBefore'), 'val'), 0),
      after: clampSpan(intAttr(child(trPr, 'gridAfter'), 'val'), 0),
      cells: cellsOf(tr).map((tc): CellSpec => {
        const tcPr = child(tc, 'tcPr');
        return {
          text: cellText(tc, ctx),
          span: clampSpan(intAttr(child(tcPr, 'gridSpan'), 'val'), 1),
          vMerge: mergeOf(child(tcPr, 'vMerge')),
          hMerge: mergeOf(child(tcPr, 'hMerge')),
        };
      }),
    };
  });

  const withSpans = specs.reduce((sum, row) => sum + row.before + row.after + row.cells.reduce((s, cell) => s + cell.span, 0), 0);
  const useSpans = ctx.positions + withSpans <= MAX_GRID_POSITIONS;
  if (!useSpans) {
    warnOnce(ctx, {
      code: 'docx/table-too-large',
      severity: 'warning',
      message: '表格的合并单元格展开后过大，已忽略合并，按原样逐行读取',
      messageEn: 'A table would be too large with its merged cells expanded; spans are ignored and rows read as written',
      location: { path: tablePath },
    });
  }

  const grid: TableCell[][] = [];
  /** The cell each grid position belongs to (itself, or the origin of the merge covering it). */
  const owners: (TableCell | undefined)[][] = [];
  for (let r = 0; r < specs.length; r++) {
    const spec = specs[r]!;
    const rowCost = useSpans ? spec.before + spec.after + spec.cells.reduce((s, cell) => s + cell.span, 0) : spec.cells.length;
    if (ctx.positions + rowCost > MAX_GRID_POSITIONS) break; // only a hostile file gets here
    ctx.positions += rowCost;
    const rowPath = `${tablePath}/tr[${r + 1}]`;
    const line: TableCell[] = [];
    const own: (TableCell | undefined)[] = [];
    const filler = (): void => {
      line.push({ text: '', location: { path: `${rowPath}/td[${line.length + 1}]` } });
      own.push(undefined);
    };
    const cover = (origin: TableCell): void => {
      line.push({ text: '', merged: true, location: origin.location });
      own.push(origin);
    };
    if (useSpans) for (let k = 0; k < spec.before; k++) filler();
    /** The cell a legacy horizontal merge (`hMerge` continue) extends. */
    let last: TableCell | undefined;
    for (const cell of spec.cells) {
      const span = useSpans ? cell.span : 1;
      const c = line.length;
      const above = owners[r - 1]?.[c];
      if (useSpans && cell.vMerge === 'continue' && above) {
        // Word shows only the first cell of a vertical merge; a continuing cell's own text is not shown.
        for (let d = 0; d < span; d++) cover(owners[r - 1]?.[c + d] ?? above);
        last = above;
      } else if (useSpans && cell.hMerge === 'continue' && last) {
        for (let d = 0; d < span; d++) cover(last);
      } else {
        const origin: TableCell = { text: cell.text, location: { path: `${rowPath}/td[${c + 1}]` } };
        line.push(origin);
        own.push(origin);
        for (let d = 1; d < span; d++) cover(origin);
        last = origin;
      }
    }
    if (useSpans) for (let k = 0; k < spec.after; k++) filler();
    grid.push(line);
    owners.push(own);
  }

  let width = 0;
  for (const line of grid) width = Math.max(width, line.length);
  const pad = width * grid.length <= MAX_GRID_POSITIONS;
  return grid.map((line, r): TableRow => {
    const rowPath = `${tablePath}/tr[${r + 1}]`;
    // Short rows are padded with empty cells, so that every row lines up with the columns.
    while (pad && line.length < width) line.push({ text: '', location: { path: `${rowPath}/td[${line.length + 1}]` } });
    return { cells: line, location: { path: rowPath } };
  });
}

/** A cell's text: its paragraphs' lines, blank ones dropped, joined by `\n`; nested tables one line per row. */
function cellText(tc: Element, ctx: Context): string {
  const lines: string[] = [];
  flattenBlocks(tc, ctx, lines);
  return lines.filter((line) => line !== '').join('\n');
}

function flattenBlocks(parent: Element, ctx: Context, lines: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    switch (nameOf(node)) {
      case 'p': {
        const props = paragraphProps(node as Element, ctx);
        const content = readParagraph(node as Element, ctx);
        if (!props.toc) lines.push(...withNumber(content.lines, props.number));
        for (const box of content.boxes) flattenBlocks(box, ctx, lines);
        break;
      }
      case 'tbl':
        for (const tr of rowsOf(node as Element)) {
          const texts = cellsOf(tr)
            .map((tc) => cellText(tc, ctx).split('\n').join(' '))
            .filter((text) => text !== '');
          if (texts.length > 0) lines.push(texts.join(' '));
        }
        break;
      case 'sdt': {
        const content = child(node as Element, 'sdtContent');
        if (content) flattenBlocks(content, ctx, lines);
        break;
      }
      case 'customXml':
      case 'ins':
      case 'moveTo':
        flattenBlocks(node as Element, ctx, lines);
        break;
      case 'mc:AlternateContent': {
        const branch = chooseBranch(node as Element);
        if (branch) flattenBlocks(branch, ctx, lines);
        break;
      }
      default:
        break;
    }
  }
}
