// PDFs set in a CJK font that is not embedded (STSong-Light with the predefined CMap UniGB-UCS2-H,
// as many government PDFs are): pdf.js decodes their text only with its CMap files, which readPdf
// gets through `cMapSource`. The PDF is written here byte by byte, not committed as a binary.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PART_IDS } from '@nianbao/core';
import { describe, expect, it, vi } from 'vitest';
import { parseReport } from '../src/parse-report.js';
import { readPdf, type PdfCMapSource } from '../src/pdf-adapter.js';
import type { ParagraphBlock, SourceDocument } from '../src/source-document.js';
import { readTemplate } from '../src/template-reader.js';

/** UCS-2 big-endian hex, as a string shown with a UniGB-UCS2-H font: one code unit per character. */
const ucs2 = (text: string): string =>
  [...text].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');

/**
 * A one-page A4 PDF whose lines (top to bottom, at the given sizes) are shown in STSong-Light,
 * not embedded, encoded UniGB-UCS2-H: only the font's name and CMap name are in the file.
 */
function cjkPdf(lines: readonly { text: string; size: number }[]): Uint8Array {
  let y = 800;
  const ops: string[] = [];
  for (const { text, size } of lines) {
    ops.push(`BT /F1 ${size} Tf 1 0 0 1 72 ${y} Tm <${ucs2(text)}> Tj ET`);
    y -= size * 2;
  }
  const stream = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    // Content is ASCII (hex strings), so its length in characters is its length in bytes.
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, CR LF.
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // All ASCII: one character per byte.
  return new TextEncoder().encode(body);
}

const TITLE = '某某市人民政府办公室2023年政府信息公开工作年度报告';
const PDF = cjkPdf([
  { text: TITLE, size: 16 },
  { text: '一、总体情况', size: 12 },
  { text: '本报告由某某市人民政府办公室编制。', size: 12 },
  { text: '二、主动公开政府信息情况', size: 12 },
  { text: '三、收到和处理政府信息公开申请情况', size: 12 },
]);

/** The CMaps of pdfjs-dist (a development dependency, the version of the pdf.js that unpdf bundles). */
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
const fromDisk: PdfCMapSource = async (name) => new Uint8Array(await readFile(join(CMAPS, `${name}.bcmap`)));

const texts = (doc: SourceDocument): string[] => doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);

describe('PDF in a non-embedded CJK font (STSong-Light, UniGB-UCS2-H)', () => {
  it('the hand-written file is well formed: its xref offsets point at the objects', () => {
    const text = new TextDecoder('latin1').decode(PDF);
    const table = text.slice(text.indexOf('xref\n'));
    const offsets = [...table.matchAll(/^(\d{10}) 00000 n\r$/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj`, offset)).toBe(true));
    expect(Number(/startxref\n(\d+)/.exec(text)?.[1])).toBe(text.indexOf('xref\n'));
  });

  it('without a CMap source its text is not decoded, and the diagnostic says why (not a scan)', async () => {
    const doc = await readPdf(PDF);
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['pdf/cmap-missing', 'error']]);
    expect(doc.diagnostics[0]!.message).toContain('UniGB-UCS2-H');
    expect(doc.diagnostics[0]!.message).toContain('pdfjs-dist');
  });

  it('with a CMap source it reads the Chinese text: title, agency, year and part headings', async () => {
    const asked: string[] = [];
    const source: PdfCMapSource = (name) => {
      asked.push(name);
      return fromDisk(name);
    };
    const doc = await readPdf(PDF, { cMapSource: source });
    expect(doc.diagnostics).toEqual([]);
    expect(texts(doc)).toContain('二、主动公开政府信息情况');
    // The font's encoding, and the CID-to-Unicode map pdf.js builds the text from.
    expect(asked).toEqual(expect.arrayContaining(['UniGB-UCS2-H', 'Adobe-GB1-UCS2']));

    const { report } = readTemplate(doc);
    expect(report.parts[PART_IDS[0]!].heading).toBe('一、总体情况');
    expect(report.parts[PART_IDS[1]!].heading).toBe('二、主动公开政府信息情况');
    expect(report.parts[PART_IDS[2]!].heading).toBe('三、收到和处理政府信息公开申请情况');
    expect(report.metadata.title).toBe(TITLE);
    expect(report.metadata.year).toBe(2023);
    expect(report.metadata.agency).toBe('某某市人民政府办公室');
  });

  it('parseReport passes the source through limits.pdf', async () => {
    const { report } = await parseReport(PDF, { limits: { pdf: { cMapSource: fromDisk } } });
    expect(report.metadata.year).toBe(2023);
    expect(report.parts[PART_IDS[1]!].heading).toBe('二、主动公开政府信息情况');
  });

  it('a source without the CMap (undefined or a rejection) loses that text, never the call', async () => {
    for (const source of [vi.fn(async () => undefined), vi.fn(async () => Promise.reject(new Error('offline')))]) {
      const doc = await readPdf(PDF, { cMapSource: source });
      expect(source).toHaveBeenCalled();
      expect(doc.blocks).toEqual([]);
      expect(doc.diagnostics.map((d) => d.code)).toEqual(['pdf/cmap-missing']);
    }
  });
});
