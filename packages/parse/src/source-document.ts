import type { Diagnostic, SourceLocation } from '@nianbao/core';

/**
 * The one intermediate form every format adapter produces and the template reader consumes:
 * paragraphs and tables in document order, each with where it came from. Adapters know formats;
 * the reader knows the template; neither knows the other's business.
 */
export interface SourceDocument {
  readonly blocks: readonly Block[];
  /** Problems the adapter met (bad encoding, broken markup), with locations. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A paragraph or a table. */
export type Block = ParagraphBlock | TableBlock;

/** A paragraph of text: prose, a heading, a title line. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** The text as written (whitespace trimmed at both ends, markup removed). */
  readonly text: string;
  readonly location: SourceLocation;
  /** Heading level when the format marks one (Markdown `#`, HTML `<h1>`–`<h6>`), else undefined. */
  readonly headingLevel?: number;
}

/**
 * A table as a grid: rows of cells, merged cells already expanded. A position covered by a cell
 * that spans from above or from the left holds an empty cell marked `merged`, so that a row's cells
 * line up with the columns whatever the source's merges were.
 */
export interface TableBlock {
  readonly kind: 'table';
  readonly rows: readonly TableRow[];
  readonly location: SourceLocation;
}

/** One row of a table. */
export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly location: SourceLocation;
}

/** One cell of a table row. */
export interface TableCell {
  /** The cell's text as written, inner line breaks kept as `\n`, ends trimmed. */
  readonly text: string;
  readonly location: SourceLocation;
  /** True for a grid position covered by a merged cell (its text is empty). */
  readonly merged?: boolean;
}
