/**
 * `@nianbao/parse/docx` — reads Word and WPS documents (OOXML) into the intermediate document:
 * paragraphs and tables in order, merged cells expanded, automatic numbering rendered, against
 * hostile files (limits in {@link DocxLimits}). Most users call `parseReport` instead, which loads
 * this on demand.
 *
 * @module docx
 */
import type { SourceLocation } from '@nianbao/core';
import type { Element } from '@xmldom/xmldom';
import type { Block, SourceDocument } from './source-document.js';
import { type Context, warnOnce } from './docx-context.js';
import { unclosedFields } from './docx-fields.js';
import { readNumbering } from './docx-numbering.js';
import { paragraphProps, withNumber } from './docx-paragraph-props.js';
import { readParagraph } from './docx-runs.js';
import { readStyles } from './docx-styles.js';
import { cellsOf, rowsOf } from './docx-table-rows.js';
import { buildGrid } from './docx-tables.js';
import { child, nameOf, wrappedContent } from './docx-xml.js';
import { readDocxXml, type DocxLimits } from './zip-reader.js';

export { formatNumber } from './docx-number-format.js';
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

// Block-level content ----------------------------------------------------------------------------

/** Where blocks go: the body, a text box, a frame table's cell; counters and path prefix are its own. */
interface Container {
  paragraphs: number;
  tables: number;
  readonly prefix: string;
}

function readBlocks(parent: Element, box: Container, ctx: Context, out: Block[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const name = nameOf(node);
    switch (name) {
      case 'p':
        readBodyParagraph(node as Element, box, ctx, out);
        break;
      case 'tbl':
        readBodyTable(node as Element, box, ctx, out);
        break;
      case 'altChunk':
        warnOnce(ctx, {
          code: 'docx/alt-chunk',
          severity: 'warning',
          message: '文档中嵌入了另一份文件（altChunk，如粘贴的网页），其内容未读取',
          messageEn: 'The document embeds another file (altChunk, such as pasted HTML); its content is not read',
        });
        break;
      default: {
        const content = wrappedContent(node, name);
        if (content) readBlocks(content, box, ctx, out);
        break; // sectPr, bookmarks, deletions, permissions … hold nothing to read
      }
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
