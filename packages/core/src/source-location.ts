import { z } from 'zod';

/**
 * Where something was found in the source document. Text and Markdown give line and column;
 * PDF gives a page; HTML and DOCX give an element path (`table[2]/tr[5]/td[3]`) and, where
 * the adapter knows it, the line too. All positions are 1-based.
 */
export const SourceLocationSchema = z
  .object({
    line: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    page: z.number().int().min(1).optional(),
    path: z.string().optional(),
  })
  .strict();

/** Where something was found in the source document (1-based positions). */
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/** Formats a location for people: `12:5`, `page 3`, `table[1]/tr[4]/td[2]`. */
export function formatLocation(location: SourceLocation | null | undefined): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`page ${location.page}`);
  if (location.line !== undefined) parts.push(location.column !== undefined ? `${location.line}:${location.column}` : `line ${location.line}`);
  if (location.path !== undefined) parts.push(location.path);
  return parts.join(' ');
}
