/**
 * Prints a {@link Report} as a document in each layout real reports come in, with realistic quirks
 * switched on at will, for round-trip tests of the parser: the document must read back to the same
 * cells. Quirks never lie: a careful reader recovers every cell value (and every blank) from it.
 *
 * Layouts (the seeds in fixtures/seeds show the first three):
 * - `tab-rows`: one line per table row, cells separated by tabs; every row of a table has the same
 *   number of fields (the table's grid width), merged positions are empty fields.
 * - `cell-per-line`: Word/WPS text export; each cell on a line of its own led by a tab, a blank line
 *   between rows, an empty cell as a lone tab, a cell's second line untabbed.
 * - `pipe-rows`: ` | `-separated rows as web pages render (filler cells `||`), or `| a | b |` rows.
 * - `lone-pipe`: a row's cells on separate lines with a line holding only `|` between them, rows
 *   separated by blank lines; an empty cell has no line (`|` follows `|`, or a row starts or ends
 *   with `|`).
 * - `markdown`: `#` headings, paragraphs, GFM tables (`|---|` separator rows), merges expanded.
 * - `html`: `<h1>`/`<h2>` or `<p><strong>` headings, `<p>` paragraphs, `<table>` with the
 *   template's rowspan/colspan.
 *
 * Test code only.
 */
import fc from 'fast-check';
import {
  PARTS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_NOTE,
  TABLE3_ROW_GROUPS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  flattenCells,
  table3CellId,
  table4CellId,
  type CellId,
  type CellValues,
  type LabelDefinition,
  type Report,
} from '@nianbao/core';

// ───────────────────────────── public API ─────────────────────────────

/** The layouts {@link writeReport} prints. */
export const LAYOUTS = ['tab-rows', 'cell-per-line', 'pipe-rows', 'lone-pipe', 'markdown', 'html'] as const;
/** A document layout. */
export type Layout = (typeof LAYOUTS)[number];

/** Realistic quirks, each switched on or off. None of them changes what a careful reader recovers. */
export interface Quirks {
  /** Some values in full-width digits: `１２`. */
  readonly fullWidthDigits: boolean;
  /** Values ≥ 1000 written with `,` separators: `3,746`, `1,234.5`. */
  readonly thousandsSeparators: boolean;
  /** Stray spaces around some values: ` 0`, `0 `, ` 12 `. */
  readonly spacesAroundDigits: boolean;
  /** `(` `)` instead of `（` `）` everywhere (labels, headings, prose). */
  readonly halfWidthBrackets: boolean;
  /** One part heading numbered `5、`/`5.`/`五.` instead of `五、`; one prose part's `（一）` sub-headings as `（1）`. */
  readonly numberingVariants: boolean;
  /**
   * Labels broken in two, as a narrow Word cell wraps them: a new line in `cell-per-line` and
   * `lone-pipe`, a space in `tab-rows` and `pipe-rows` (`商业 企业`), `<br>` in `markdown` and `html`.
   * In plain-text layouts the title may also wrap before 工作年度报告.
   */
  readonly brokenLabels: boolean;
  /** Word export artifacts: `[bookmark: _Hlk66973412]` before labels, `[image: ]`, `[bookmark: _GoBack]` before paragraphs. */
  readonly wordArtifacts: boolean;
  /** Table 3 split by a page break: 三、本年度办理结果 (and its subgroup label) repeated, sometimes the header rows too. */
  readonly repeatedTable3Header: boolean;
  /** Other wordings of headers: 本年度制发数, 本年(2023)制发件数, 规范性文件, 合计, 维持, 直接起诉 … (aliases from core). */
  readonly headerWordingVariants: boolean;
  /** Blank (null) cells written `/`, `—`, `-` or `无` instead of left empty. */
  readonly placeholderForBlank: boolean;
}

/** The quirk names, in a fixed order. */
export const QUIRK_NAMES = [
  'fullWidthDigits',
  'thousandsSeparators',
  'spacesAroundDigits',
  'halfWidthBrackets',
  'numberingVariants',
  'brokenLabels',
  'wordArtifacts',
  'repeatedTable3Header',
  'headerWordingVariants',
  'placeholderForBlank',
] as const satisfies readonly (keyof Quirks)[];

/** Every quirk off: the cleanest document of a layout. */
export const NO_QUIRKS: Quirks = Object.freeze(Object.fromEntries(QUIRK_NAMES.map((q) => [q, false])) as unknown as Quirks);
/** Every quirk on. */
export const ALL_QUIRKS: Quirks = Object.freeze(Object.fromEntries(QUIRK_NAMES.map((q) => [q, true])) as unknown as Quirks);

/** Random quirks, each on with probability ~1/3. */
export function arbitraryQuirks(): fc.Arbitrary<Quirks> {
  const flag = fc.integer({ min: 0, max: 2 }).map((n) => n === 0);
  return fc.record(Object.fromEntries(QUIRK_NAMES.map((q) => [q, flag])) as Record<keyof Quirks, fc.Arbitrary<boolean>>);
}

/** Any of the six layouts. */
export function arbitraryLayout(): fc.Arbitrary<Layout> {
  return fc.constantFrom(...LAYOUTS);
}

/** Options of {@link writeReport}. */
export interface WriteOptions {
  /**
   * Drives every choice a layout or quirk leaves open (which label breaks, where the page break
   * falls, padded or collapsed rows …). Default: derived from the report, layout and quirks, so the
   * same inputs always print the same document.
   */
  readonly seed?: number;
  /**
   * `pipe-rows` only: rows led by `| ` (`| 规章 | 0 | 0 | 0 |`). Default: chosen by the seed, except
   * that a document with a row whose first cell is empty always gets leading pipes (in the seed-002
   * style such a row would read as a leading-pipe row, losing the empty cell).
   */
  readonly leadingPipe?: boolean;
  /**
   * `tab-rows` only. `grid`: merges expanded, every value under its header column (as seed 000's
   * tables 2 and 4). `word`: one field per cell as Word exports it (a horizontal merge is one field,
   * a cell covered from above is one empty field), then empty fields up to the table's width.
   * Default: chosen by the seed.
   */
  readonly tabRowsStyle?: 'grid' | 'word';
}

// ───────────────────────────── random choices ─────────────────────────────

/** A small seeded PRNG (mulberry32). */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ───────────────────────────── tables as grids ─────────────────────────────

type CellRole = 'note' | 'header' | 'label' | 'value';

interface CellSpec {
  /** The text; `\n` marks a soft line break inside the cell (a broken label). */
  readonly text: string;
  readonly role: CellRole;
  readonly rowspan?: number;
  readonly colspan?: number;
}

interface PlacedCell {
  readonly text: string;
  readonly role: CellRole;
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A table as the template draws it: cells placed on a grid with their spans. */
class Table {
  readonly rows: PlacedCell[][] = [];
  private readonly owner: (PlacedCell | undefined)[][] = [];
  constructor(readonly width: number) {}

  addRow(specs: readonly CellSpec[]): void {
    const r = this.rows.length;
    this.rows.push([]);
    const ownerRow = this.ownerRow(r);
    let c = 0;
    for (const spec of specs) {
      while (ownerRow[c] !== undefined) c++;
      const cell: PlacedCell = { text: spec.text, role: spec.role, row: r, col: c, rowspan: spec.rowspan ?? 1, colspan: spec.colspan ?? 1 };
      if (c + cell.colspan > this.width) throw new Error(`row ${r} overflows the table width ${this.width}`);
      for (let dr = 0; dr < cell.rowspan; dr++) {
        const row = this.ownerRow(r + dr);
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (row[c + dc] !== undefined) throw new Error(`cell overlap at ${r + dr},${c + dc}`);
          row[c + dc] = cell;
        }
      }
      this.rows[r]?.push(cell);
      c += cell.colspan;
    }
  }

  private ownerRow(r: number): (PlacedCell | undefined)[] {
    while (this.owner.length <= r) this.owner.push(new Array<PlacedCell | undefined>(this.width).fill(undefined));
    return this.owner[r] as (PlacedCell | undefined)[];
  }

  /** Checks every grid position is covered and no span hangs below the last row. */
  check(): void {
    if (this.owner.length !== this.rows.length) throw new Error('a rowspan runs past the last row');
    this.owner.forEach((row, r) => {
      if (row.some((cell) => cell === undefined)) throw new Error(`row ${r} is not fully covered`);
    });
  }

  private ownerAt(r: number, c: number): PlacedCell {
    const cell = this.owner[r]?.[c];
    if (!cell) throw new Error(`no cell at ${r},${c}`);
    return cell;
  }

  /** Every grid position: the cell's text where it starts, '' where a merge covers it. */
  grid(): string[][] {
    return this.rows.map((_, r) =>
      Array.from({ length: this.width }, (_, c) => {
        const cell = this.ownerAt(r, c);
        return cell.row === r && cell.col === c ? cell.text : '';
      }),
    );
  }

  /**
   * As Word exports a table: one field per cell, a horizontal merge is one field, a position
   * covered from above is one empty field per covering cell.
   */
  wordRows(): string[][] {
    return this.rows.map((_, r) => {
      const fields: string[] = [];
      for (let c = 0; c < this.width; ) {
        const cell = this.ownerAt(r, c);
        fields.push(cell.row === r ? cell.text : '');
        c += cell.colspan;
      }
      return fields;
    });
  }

  /** As HTML lists a row: only the cells that start in it. */
  htmlRows(): PlacedCell[][] {
    return this.rows;
  }
}

// ───────────────────────────── the writer ─────────────────────────────

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const PLACEHOLDERS = ['/', '—', '-', '无'];
const HAN = /\p{Script=Han}/u;

/** Everything the writer decided for one document. */
interface Context {
  readonly report: Report;
  readonly values: CellValues;
  readonly year: number;
  readonly layout: Layout;
  readonly quirks: Quirks;
  readonly rng: Random;
  readonly placeholder: string;
  /** Formatted text of every value cell. */
  readonly valueText: Map<CellId, string>;
  /** Whether a Word artifact / a header variant was written yet (so each quirk shows at least once). */
  artifact: boolean;
  reworded: boolean;
}

/**
 * Prints a report as a document in a layout, with the given quirks. The same inputs (and seed)
 * always give the same text.
 */
export function writeReport(report: Report, layout: Layout, quirks: Quirks, options: WriteOptions = {}): string {
  const values = flattenCells(report);
  const seed =
    options.seed ??
    hashString(`${layout}|${JSON.stringify(quirks)}|${report.metadata.title ?? ''}|${JSON.stringify(values)}`);
  const rng = new Random(seed);
  const year = report.metadata.year ?? 2024;
  const ctx: Context = {
    report,
    values,
    year,
    layout,
    quirks,
    rng,
    placeholder: rng.pick(PLACEHOLDERS),
    valueText: new Map(),
    artifact: false,
    reworded: false,
  };
  formatValues(ctx);

  const blocks = documentBlocks(ctx);
  let text: string;
  switch (layout) {
    case 'tab-rows':
    case 'cell-per-line':
    case 'pipe-rows':
    case 'lone-pipe':
      text = renderPlain(ctx, blocks, options);
      break;
    case 'markdown':
      text = renderMarkdown(ctx, blocks);
      break;
    case 'html':
      text = renderHtml(ctx, blocks);
      break;
  }
  if (quirks.halfWidthBrackets) text = text.replaceAll('（', '(').replaceAll('）', ')');
  return text;
}

// ─── values ───

function formatNumber(value: number, thousands: boolean): string {
  const [whole = '0', fraction] = String(value).split('.');
  const grouped = thousands && value >= 1000 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatValues(ctx: Context): void {
  const { quirks, rng, values } = ctx;
  const ids = Object.keys(values) as CellId[];
  const numeric = ids.filter((id) => values[id] !== null);
  // Each per-cell quirk shows at least once when on.
  const forcedFullWidth = numeric.length ? rng.pick(numeric) : undefined;
  const forcedSpaces = numeric.length ? rng.pick(numeric) : undefined;
  const mixedPlaceholders = rng.chance(0.15);
  for (const id of ids) {
    const value = values[id];
    let text: string;
    if (value === null || value === undefined) {
      text = quirks.placeholderForBlank ? (mixedPlaceholders ? rng.pick(PLACEHOLDERS) : ctx.placeholder) : '';
    } else {
      text = formatNumber(value, quirks.thousandsSeparators);
      if (quirks.fullWidthDigits && (id === forcedFullWidth || rng.chance(0.5))) {
        text = text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);
      }
      if (quirks.spacesAroundDigits && (id === forcedSpaces || rng.chance(0.4))) {
        text = rng.pick([` ${text}`, `${text} `, ` ${text} `, `  ${text}`]);
      }
    }
    ctx.valueText.set(id, text);
  }
}

function valueCell(ctx: Context, id: CellId, colspan = 1): CellSpec {
  return { text: ctx.valueText.get(id) ?? '', role: 'value', colspan };
}

// ─── labels ───

/** Places where a label may wrap: between two Han characters, or after `，` before one. */
function breakPoints(text: string): number[] {
  const chars = [...text];
  const points: number[] = [];
  for (let i = 2; i <= chars.length - 1; i++) {
    const before = chars[i - 1] ?? '';
    const after = chars[i] ?? '';
    if ((HAN.test(before) || before === '，') && HAN.test(after)) points.push(i);
  }
  return points;
}

function breakText(ctx: Context, text: string): string {
  const points = breakPoints(text);
  if (points.length === 0) return text;
  // Narrow cells wrap late in long labels and in the middle of short ones.
  const chars = [...text];
  const late = points.filter((p) => p >= chars.length / 3);
  const at = ctx.rng.pick(late.length ? late : points);
  return `${chars.slice(0, at).join('')}\n${chars.slice(at).join('')}`;
}

function artifactPrefix(ctx: Context): string {
  ctx.artifact = true;
  return `[bookmark: _Hlk${ctx.rng.int(10_000_000, 99_999_999)}]`;
}

/** The wording of a label: the template's, or (with headerWordingVariants) sometimes a variant. */
function wording(ctx: Context, def: LabelDefinition, p: number, extra: readonly string[] = []): string {
  const variants = [...def.aliases, ...extra];
  if (!ctx.quirks.headerWordingVariants || variants.length === 0 || !ctx.rng.chance(p)) return def.label;
  ctx.reworded = true;
  return ctx.rng.pick(variants);
}

/** A label or header cell, with the label quirks applied. `mustBreak` forces the wrap when brokenLabels is on. */
function labelCell(ctx: Context, text: string, role: CellRole, spans: { rowspan?: number; colspan?: number } = {}, mustBreak = false): CellSpec {
  let out = text;
  if (ctx.quirks.brokenLabels && [...out].length >= 4 && (mustBreak || ctx.rng.chance(role === 'header' ? 0.3 : 0.15))) {
    out = breakText(ctx, out);
  }
  if (ctx.quirks.wordArtifacts && role !== 'header' && ctx.rng.chance(0.2)) out = artifactPrefix(ctx) + out;
  return { text: out, role, ...spans };
}

// ─── the three tables ───

function table2(ctx: Context): Table {
  const table = new Table(4);
  const yearVariants: Partial<Record<string, string[]>> = {
    issued: [`本年(${ctx.year})制发件数`, `本年（${ctx.year}）制发件数`, `${ctx.year}年制发件数`],
    repealed: [`本年(${ctx.year})废止件数`, `${ctx.year}年废止件数`],
    decisions: [`本年(${ctx.year})处理决定数量`],
  };
  let clause: string | null = null;
  for (const row of TABLE2_ROWS) {
    if (row.clause !== clause) {
      clause = row.clause;
      table.addRow([labelCell(ctx, row.clause, 'label', { colspan: 4 })]);
      const headers = row.columns.map((column) => TABLE2_COLUMNS[column]);
      table.addRow([
        labelCell(ctx, '信息内容', 'header'),
        ...headers.map((def, i) =>
          labelCell(ctx, wording(ctx, def, 0.5, yearVariants[row.columns[i] ?? ''] ?? []), 'header', { colspan: headers.length === 1 ? 3 : 1 }),
        ),
      ]);
    }
    const cells = row.columns.map((column) => `t2.${row.id}.${column}` as CellId);
    table.addRow([
      labelCell(ctx, wording(ctx, row, 0.5), 'label'),
      ...cells.map((id) => valueCell(ctx, id, cells.length === 1 ? 3 : 1)),
    ]);
  }
  table.check();
  return table;
}

function table3Headers(ctx: Context, table: Table): void {
  const columns = TABLE3_COLUMNS;
  const groupSize = columns.filter((c) => c.group !== null).length;
  const groupName = columns.find((c) => c.group !== null)?.group ?? '';
  table.addRow([labelCell(ctx, TABLE3_NOTE, 'note', { rowspan: 3, colspan: 3 }), labelCell(ctx, '申请人情况', 'header', { colspan: columns.length })]);
  const second: CellSpec[] = [];
  let groupDone = false;
  for (const column of columns) {
    if (column.group === null) second.push(labelCell(ctx, wording(ctx, column, 0.5), 'header', { rowspan: 2 }));
    else if (!groupDone) {
      groupDone = true;
      second.push(labelCell(ctx, groupName, 'header', { colspan: groupSize }));
    }
  }
  table.addRow(second);
  table.addRow(columns.filter((c) => c.group !== null).map((column) => labelCell(ctx, column.label, 'header')));
}

function table3(ctx: Context): Table {
  const table = new Table(3 + TABLE3_COLUMNS.length);
  const rows = TABLE3_ROWS;
  const firstOutcome = rows.findIndex((r) => r.group !== null);
  const endOutcome = rows.length - [...rows].reverse().findIndex((r) => r.group !== null); // exclusive
  // The page break: a row inside the outcomes block, not its first.
  const breakAt = ctx.quirks.repeatedTable3Header ? ctx.rng.int(firstOutcome + 1, endOutcome - 1) : -1;
  const repeatHeaderRows = breakAt >= 0 && ctx.rng.chance(0.5);
  const spanFrom = (start: number, inGroup: (i: number) => boolean) => {
    let end = start;
    while (end < rows.length && inGroup(end) && (end === start || end !== breakAt)) end++;
    return end - start;
  };
  // The longest label wraps when labels break (as seed 001's 5.要求行政机关确认或重新 / 出具已获取信息).
  const mustBreak = ctx.rng.int(0, rows.length - 1);

  table3Headers(ctx, table);
  rows.forEach((row, i) => {
    if (i === breakAt && repeatHeaderRows) table3Headers(ctx, table);
    const cells: CellSpec[] = [];
    const label = wording(ctx, row, 0.2);
    const force = i === mustBreak;
    if (row.group === null) {
      cells.push(labelCell(ctx, label, 'label', { colspan: 3 }, force));
    } else {
      if (i === firstOutcome || i === breakAt) {
        const outcomes = TABLE3_ROW_GROUPS.outcomes;
        cells.push(labelCell(ctx, wording(ctx, outcomes, 0.2), 'label', { rowspan: spanFrom(i, (j) => rows[j]?.group != null) }));
      }
      if (row.group === 'outcomes') {
        cells.push(labelCell(ctx, label, 'label', { colspan: 2 }, force));
      } else {
        const group = row.group;
        if (rows[i - 1]?.group !== group || i === breakAt) {
          cells.push(labelCell(ctx, wording(ctx, TABLE3_ROW_GROUPS[group], 0.2), 'label', { rowspan: spanFrom(i, (j) => rows[j]?.group === group) }));
        }
        cells.push(labelCell(ctx, label, 'label', {}, force));
      }
    }
    for (const column of TABLE3_COLUMNS) cells.push(valueCell(ctx, table3CellId(row.id, column.id)));
    table.addRow(cells);
  });
  table.check();
  return table;
}

function table4(ctx: Context): Table {
  const width = TABLE4_BLOCKS.length * TABLE4_COLUMNS.length;
  const table = new Table(width);
  // First header row: blocks without a group, then each group over its blocks.
  const top: CellSpec[] = [];
  const second: CellSpec[] = [];
  const third: CellSpec[] = [];
  for (let i = 0; i < TABLE4_BLOCKS.length; ) {
    const block = TABLE4_BLOCKS[i];
    if (!block) break;
    if (block.group === null) {
      top.push(labelCell(ctx, wording(ctx, block, 0.5), 'header', { colspan: TABLE4_COLUMNS.length }));
      // The last table drawn: make sure headerWordingVariants has shown at least once.
      for (const column of TABLE4_COLUMNS) second.push(labelCell(ctx, wording(ctx, column, ctx.reworded ? 0.4 : 1), 'header', { rowspan: 2 }));
      i++;
    } else {
      const members = TABLE4_BLOCKS.filter((b) => b.group === block.group);
      top.push(labelCell(ctx, block.group, 'header', { colspan: members.length * TABLE4_COLUMNS.length }));
      for (const member of members) {
        second.push(labelCell(ctx, wording(ctx, member, 0.5), 'header', { colspan: TABLE4_COLUMNS.length }));
        for (const column of TABLE4_COLUMNS) third.push(labelCell(ctx, wording(ctx, column, 0.4), 'header'));
      }
      i += members.length;
    }
  }
  table.addRow(top);
  table.addRow(second);
  table.addRow(third);
  table.addRow(TABLE4_BLOCKS.flatMap((block) => TABLE4_COLUMNS.map((column) => valueCell(ctx, table4CellId(block.id, column.id)))));
  table.check();
  return table;
}

// ─── the document ───

type DocBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: Table };

const ARABIC_VARIANTS = (n: number, numeral: string) => [`${n}、`, `${n}.`, `${n}、 `, `${n}．`, `${numeral}.`, `${numeral}．`];

function documentBlocks(ctx: Context): DocBlock[] {
  const { report, quirks, rng, year } = ctx;
  const meta = report.metadata;
  const agency = meta.agency ?? '';
  const blocks: DocBlock[] = [];

  let title = meta.title ?? `${agency}${year}年政府信息公开工作年度报告`;
  const plain = ctx.layout !== 'markdown' && ctx.layout !== 'html';
  if (quirks.brokenLabels && plain && title.endsWith('工作年度报告') && rng.chance(0.5)) {
    title = `${title.slice(0, -'工作年度报告'.length)}\n工作年度报告`;
  }
  blocks.push({ kind: 'title', text: title });

  const basis = `本报告${agency ? `由${agency}` : ''}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。`;
  const period = meta.period?.text ?? `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
  const intro = [basis, `${period}${meta.contact ?? ''}`];
  if (quirks.wordArtifacts && rng.chance(0.5)) intro[0] = `[bookmark: _GoBack]${intro[0]}`;
  if (rng.chance(0.3)) blocks.push({ kind: 'paragraph', text: intro.join('') });
  else for (const text of intro) blocks.push({ kind: 'paragraph', text });

  // numberingVariants: one heading numbered differently, one prose part's sub-headings in digits.
  const oddHeading = quirks.numberingVariants ? rng.int(0, PARTS.length - 1) : -1;
  const proseParts = PARTS.filter((p) => /^（[一二三四五六七八九十]）/m.test(report.parts[p.id].text)).map((p) => p.id);
  const digitSubheadings = quirks.numberingVariants && proseParts.length ? rng.pick(proseParts) : null;
  const imageParagraphs = quirks.wordArtifacts ? new Set([rng.int(0, 8), rng.int(0, 8)]) : new Set<number>();
  let paragraphIndex = 0;

  const tables = { 2: () => table2(ctx), 3: () => table3(ctx), 4: () => table4(ctx) } as const;
  PARTS.forEach((part, i) => {
    const written = report.parts[part.id];
    let heading = written.heading ?? `${part.numeral}、${part.label}`;
    if (i === oddHeading && heading.startsWith(`${part.numeral}、`)) {
      heading = rng.pick(ARABIC_VARIANTS(part.number, part.numeral)) + heading.slice(part.numeral.length + 1);
    }
    blocks.push({ kind: 'heading', text: heading });
    const lines = written.text.split('\n').filter((line) => line.trim() !== '');
    for (let line of lines) {
      if (part.id === digitSubheadings) {
        line = line.replace(/^（([一二三四五六七八九十])）/, (_, numeral: string) => `（${'一二三四五六七八九十'.indexOf(numeral) + 1}）`);
      }
      if (imageParagraphs.has(paragraphIndex++)) {
        line = `[image: ]${line}`;
        ctx.artifact = true;
      }
      blocks.push({ kind: 'paragraph', text: line });
    }
    if (part.table) blocks.push({ kind: 'table', table: tables[part.table]() });
  });

  if (meta.publishedOn) {
    const [y, m, d] = meta.publishedOn.split('-').map(Number);
    blocks.push({ kind: 'paragraph', text: agency });
    blocks.push({ kind: 'paragraph', text: `${y}年${m}月${d}日` });
  }

  // Each label quirk shows at least once when on (tables drawn at random may not have hit one).
  if (quirks.wordArtifacts && !ctx.artifact) {
    const first = blocks.findIndex((b) => b.kind === 'paragraph');
    const block = blocks[first];
    if (block?.kind === 'paragraph') blocks[first] = { kind: 'paragraph', text: `[image: ]${block.text}` };
  }
  return blocks;
}

// ─── rendering: plain-text layouts ───

function renderPlain(ctx: Context, blocks: readonly DocBlock[], options: WriteOptions): string {
  const { layout, rng } = ctx;
  // Paragraph separation: the stacked and lone-pipe layouts as their sources write them.
  const gap = layout === 'cell-per-line' ? '\n' : layout === 'lone-pipe' ? '\n\n' : rng.chance(0.5) ? '\n\n' : '\n';
  const tabStyle = options.tabRowsStyle ?? (rng.chance(0.5) ? 'grid' : 'word');
  const startsEmpty = blocks.some((b) => b.kind === 'table' && b.table.htmlRows().some((r) => r[0]?.text === ''));
  const leadingPipe = options.leadingPipe ?? (rng.chance(0.4) || startsEmpty);
  const padPipeRows = rng.chance(0.7);

  const parts: string[] = [];
  const lead = rng.chance(0.4) ? '\n\n' : '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
      case 'heading':
      case 'paragraph':
        parts.push(block.text + gap);
        break;
      case 'table': {
        const table = block.table;
        if (layout === 'tab-rows') {
          const rows = tabStyle === 'grid' ? table.grid() : table.wordRows().map((r) => padTo(r, table.width));
          parts.push(`\n${rows.map((r) => r.map(inline).join('\t')).join('\n')}\n\n`);
        } else if (layout === 'cell-per-line') {
          const rows = table.wordRows().map((r) => r.map((cell) => `\t${cell}`).join('\n'));
          parts.push(`${rows.join('\n\n')}\n\n\n`);
        } else if (layout === 'pipe-rows') {
          const rows = table.htmlRows().map((r, i, all) => {
            const fields = r.map((cell) => inline(cell.text));
            const padded = padPipeRows && (i < all.length - 1 || rng.chance(0.5)) ? padTo(fields, table.width) : fields;
            return leadingPipe ? `| ${padded.join(' | ')} |` : compactPipes(padded);
          });
          parts.push(`${rows.join('\n')}\n`);
        } else {
          // lone-pipe: a cell's lines, a lone `|` line between cells; an empty cell has no line.
          const rows = table.htmlRows().map((r) =>
            r
              .flatMap((cell, i) => [...(i > 0 ? ['|'] : []), ...(cell.text === '' ? [] : cell.text.split('\n'))])
              .join('\n'),
          );
          parts.push(`${rows.join('\n\n')}\n\n`);
        }
        break;
      }
    }
  }
  return lead + parts.join('');
}

/** A soft break inside a cell as one-line layouts show it: a space (`结果 维持`). */
function inline(text: string): string {
  return text.replaceAll('\n', ' ');
}

function padTo(fields: readonly string[], width: number): string[] {
  return [...fields, ...new Array<string>(Math.max(0, width - fields.length)).fill('')];
}

/** Seed 002's rendering: `a | b |`, empty cells as `|` packed together (`第二十条第(一)项 | |||`). */
function compactPipes(fields: readonly string[]): string {
  let out = '';
  fields.forEach((field, i) => {
    if (field !== '') out += `${i === 0 ? '' : ' '}${field} |`;
    else out += i === 0 || fields[i - 1] === '' ? '|' : ' |';
  });
  return out;
}

// ─── rendering: Markdown ───

function renderMarkdown(ctx: Context, blocks: readonly DocBlock[]): string {
  const { rng } = ctx;
  const emptyHeader = rng.chance(0.3);
  const tightSeparator = rng.chance(0.5);
  const headingMark = rng.chance(0.7) ? '##' : '#';
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', '<br>');
  const row = (fields: readonly string[]) => `| ${fields.map(cell).join(' | ')} |`;
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${block.text}`);
        break;
      case 'heading':
        out.push(`${headingMark} ${block.text}`);
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'table': {
        const grid = block.table.grid();
        const separator = `|${new Array<string>(block.table.width).fill(tightSeparator ? '---' : ' --- ').join('|')}|`;
        const [first = [], ...rest] = grid;
        const lines = emptyHeader
          ? [row(new Array<string>(block.table.width).fill('')), separator, ...grid.map(row)]
          : [row(first), separator, ...rest.map(row)];
        out.push(lines.join('\n'));
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

// ─── rendering: HTML ───

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function renderHtml(ctx: Context, blocks: readonly DocBlock[]): string {
  const { rng, report } = ctx;
  const headingStyle = rng.pick(['h2', 'strong', 'p'] as const);
  const titleStyle = rng.pick(['h1', 'center'] as const);
  const wrapP = rng.chance(0.5);
  const br = rng.pick(['<br>', '<br/>', '<br />']);
  const nbspBlanks = rng.chance(0.3);
  const text = (t: string) => escapeHtml(t).replaceAll('\n', br);
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html><head><meta charset="utf-8"><title>${text(inline(report.metadata.title ?? ''))}</title></head>`);
  out.push('<body>');
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(titleStyle === 'h1' ? `<h1>${text(block.text)}</h1>` : `<p style="text-align:center"><strong>${text(block.text)}</strong></p>`);
        break;
      case 'heading':
        out.push(
          headingStyle === 'h2'
            ? `<h2>${text(block.text)}</h2>`
            : headingStyle === 'strong'
              ? `<p><strong>${text(block.text)}</strong></p>`
              : `<p>${text(block.text)}</p>`,
        );
        break;
      case 'paragraph':
        out.push(`<p>${text(block.text)}</p>`);
        break;
      case 'table': {
        out.push('<table border="1" cellspacing="0" cellpadding="0">');
        out.push('<tbody>');
        for (const row of block.table.htmlRows()) {
          const tds = row.map((cell) => {
            const attrs = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
            const content = cell.text === '' && nbspBlanks ? '&nbsp;' : text(cell.text);
            return `<td${attrs}>${wrapP ? `<p>${content}</p>` : content}</td>`;
          });
          out.push(`<tr>${tds.join('')}</tr>`);
        }
        out.push('</tbody>');
        out.push('</table>');
        break;
      }
    }
  }
  out.push('</body></html>');
  return `${out.join('\n')}\n`;
}

// ─── convenience for property tests ───

/** What {@link arbitraryDocument} generates: the inputs and the printed document. */
export interface WrittenReport {
  readonly report: Report;
  readonly layout: Layout;
  readonly quirks: Quirks;
  readonly seed: number;
  readonly text: string;
}

/** A report printed in a random layout with random quirks: `(report) => fc.Arbitrary<WrittenReport>`. */
export function arbitraryDocument(reports: fc.Arbitrary<Report>): fc.Arbitrary<WrittenReport> {
  return fc
    .record({ report: reports, layout: arbitraryLayout(), quirks: arbitraryQuirks(), seed: fc.integer({ min: 0, max: 0x7fffffff }) })
    .map(({ report, layout, quirks, seed }) => ({ report, layout, quirks, seed, text: writeReport(report, layout, quirks, { seed }) }));
}
