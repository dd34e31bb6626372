// The package layer of the DOCX reader: a zip read defensively (limits checked on declared sizes
// before inflating and on actual sizes while inflating), and XML parsed with DOCTYPEs refused and
// nesting capped. Hostile and broken files are built here at run time, not committed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCX_LIMITS, openZip, parseXmlPart, readDocxXml, readZipEntry, resolveLimits, type DocxLimits } from '../src/zip-reader.js';

// A copy: Buffer#slice shares memory, and the tests patch bytes.
const FIXTURE = new Uint8Array(readFileSync(new URL('./fixtures/docx/000_016041e8a51463ff.docx', import.meta.url)));
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`;
const limits = (over: Partial<DocxLimits> = {}): DocxLimits => ({ ...DEFAULT_DOCX_LIMITS, ...over });

/** Offset of the central-directory header of `name`. */
function centralHeader(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) === name) return at;
  }
  throw new Error(`no central header for ${name}`);
}

function patch(zip: Uint8Array, edit: (view: DataView) => void): Uint8Array {
  const copy = new Uint8Array(zip);
  edit(new DataView(copy.buffer, copy.byteOffset, copy.byteLength));
  return copy;
}

const only = (result: ReturnType<typeof readDocxXml>) => ({ document: result.document, codes: result.diagnostics.map((d) => `${d.severity}:${d.code}`) });

describe('openZip and readZipEntry', () => {
  it('lists the entries and inflates one to exactly what fflate gives', () => {
    const opened = openZip(FIXTURE);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const names = [...opened.value.entries.values()].map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml']));
    const entry = readZipEntry(opened.value, 'word/document.xml');
    expect(entry.ok && entry.value).toEqual(unzipSync(FIXTURE)['word/document.xml']);
    expect(opened.value.inflated).toBe(unzipSync(FIXTURE)['word/document.xml']!.length);
  });

  it('finds names case-insensitively and with Windows separators; a missing entry is undefined, not an error', () => {
    const zip = zipSync({ 'Word\\Document.XML': strToU8('x') });
    const opened = openZip(zip);
    if (!opened.ok) throw new Error('not opened');
    expect(readZipEntry(opened.value, 'word/document.xml')).toEqual({ ok: true, value: strToU8('x') });
    expect(readZipEntry(opened.value, 'word/numbering.xml')).toEqual({ ok: true, value: undefined });
  });

  it('reads stored entries, empty entries, and entries written with data descriptors', () => {
    const stored = openZip(zipSync({ a: strToU8('stored text'), empty: new Uint8Array(0) }, { level: 0 }));
    if (!stored.ok) throw new Error('not opened');
    expect(readZipEntry(stored.value, 'a')).toEqual({ ok: true, value: strToU8('stored text') });
    expect(readZipEntry(stored.value, 'empty')).toEqual({ ok: true, value: new Uint8Array(0) });

    // fflate's streaming zip writes sizes after the data (flag bit 3), as Java and some uploaders do.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const file = new ZipDeflate('word/document.xml', { level: 6 });
    zip.add(file);
    file.push(strToU8(DOCUMENT), true);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const streamed = openZip(bytes);
    if (!streamed.ok) throw new Error('not opened');
    expect(readZipEntry(streamed.value, 'word/document.xml')).toEqual({ ok: true, value: strToU8(DOCUMENT) });
  });

  it('reads the last of two zips joined together (its offsets shifted by the first)', () => {
    const first = zipSync({ 'other.txt': strToU8('前一个压缩包') });
    const second = zipSync({ 'word/document.xml': strToU8(DOCUMENT) });
    const joined = new Uint8Array(first.length + second.length);
    joined.set(first);
    joined.set(second, first.length);
    const opened = openZip(joined);
    if (!opened.ok) throw new Error('not opened');
    expect([...opened.value.entries.keys()]).toEqual(['word/document.xml']);
    expect(readZipEntry(opened.value, 'word/document.xml')).toEqual({ ok: true, value: strToU8(DOCUMENT) });
  });

  it('reads a zip64 end record', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(DOCUMENT) });
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const offset = view.getUint32(end + 16, true);
    // zip64 end record (56 bytes) and locator (20 bytes) before the classic end record, whose fields say "see zip64".
    const record = new DataView(new ArrayBuffer(56 + 20 + 22));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setBigUint64(24, BigInt(count), true);
    record.setBigUint64(32, BigInt(count), true);
    record.setBigUint64(40, BigInt(size), true);
    record.setBigUint64(48, BigInt(offset), true);
    record.setUint32(56, 0x07064b50, true);
    record.setBigUint64(64, BigInt(end), true);
    record.setUint32(72, 1, true);
    record.setUint32(76, 0x06054b50, true);
    record.setUint16(76 + 10, 0xffff, true);
    record.setUint16(76 + 8, 0xffff, true);
    record.setUint32(76 + 12, 0xffffffff, true);
    record.setUint32(76 + 16, 0xffffffff, true);
    const zip64 = new Uint8Array(end + record.byteLength);
    zip64.set(zip.subarray(0, end));
    zip64.set(new Uint8Array(record.buffer), end);
    const opened = openZip(zip64);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(readZipEntry(opened.value, 'word/document.xml')).toEqual({ ok: true, value: strToU8(DOCUMENT) });
  });
});

describe('limits', () => {
  it('has safe defaults', () => {
    expect(DEFAULT_DOCX_LIMITS).toEqual({
      maxTotalSize: 100 * 1024 * 1024,
      maxEntrySize: 20 * 1024 * 1024,
      maxEntries: 2000,
      maxCompressionRatio: 500,
      maxXmlDepth: 256,
    });
  });

  it('a limit given as undefined keeps its default', () => {
    expect(resolveLimits({ maxEntries: undefined, maxXmlDepth: 10 })).toEqual({ ...DEFAULT_DOCX_LIMITS, maxXmlDepth: 10 });
  });

  it('refuses a zip listing more entries than allowed, before reading any', () => {
    const files: Zippable = {};
    for (let i = 0; i < 30; i++) files[`word/media/image${i}.png`] = new Uint8Array([i]);
    files['word/document.xml'] = strToU8(DOCUMENT);
    const opened = openZip(zipSync(files), limits({ maxEntries: 10 }));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.diagnostic).toMatchObject({ code: 'docx/too-large', severity: 'error', message: expect.stringContaining('31 个条目') });
  });

  it('refuses an entry declared larger than the single-entry limit, and parts adding up past the total', () => {
    const random = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251); // barely compressible
    const zip = zipSync({ '[Content_Types].xml': random, 'word/document.xml': random });
    expect(only(readDocxXml(zip, { maxEntrySize: 200_000 })).codes).toEqual(['error:docx/too-large']);
    expect(only(readDocxXml(zip, { maxTotalSize: 500_000 })).codes).toEqual(['error:docx/too-large']);
  });

  it('refuses a zip bomb by its declared compression ratio, without inflating it', () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const result = readDocxXml(bomb);
    expect(result.document).toBeNull();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'docx/zip-bomb', severity: 'error', message: expect.stringContaining('压缩炸弹') })]);
  });

  it('stops a bomb whose header lies about its size as soon as it inflates past the declared size', () => {
    const honest = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    const lying = patch(honest, (view) => view.setUint32(centralHeader(honest, 'word/document.xml') + 24, 1000, true));
    expect(only(readDocxXml(lying)).codes).toEqual(['error:docx/zip-bomb']);
  });

  it('does not inflate entries it does not need: a bomb among the images is never touched', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(DOCUMENT), 'word/media/huge.bin': new Uint8Array(30 * 1024 * 1024) });
    const result = readDocxXml(zip);
    expect(result.diagnostics).toEqual([]);
    expect(result.document?.documentElement?.localName).toBe('document');
  });
});

describe('damaged and foreign files', () => {
  it('a truncated file, cut anywhere, is a docx/corrupt error', () => {
    for (let cut = 4; cut < FIXTURE.length; cut += 97) {
      expect(only(readDocxXml(FIXTURE.subarray(0, cut))).codes, `cut at ${cut}`).toEqual(['error:docx/corrupt']);
    }
  });

  it('a damaged checksum, an unknown compression method, a damaged directory', () => {
    const at = centralHeader(FIXTURE, 'word/document.xml');
    const crc = patch(FIXTURE, (view) => view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true));
    expect(readDocxXml(crc).diagnostics).toEqual([expect.objectContaining({ code: 'docx/corrupt', messageEn: expect.stringContaining('checksum') })]);
    const method = patch(FIXTURE, (view) => view.setUint16(at + 10, 12, true));
    expect(readDocxXml(method).diagnostics).toEqual([expect.objectContaining({ code: 'docx/corrupt', messageEn: expect.stringContaining('compression method 12') })]);
    const directory = patch(FIXTURE, (view) => view.setUint32(at, 0x12345678, true));
    expect(only(readDocxXml(directory)).codes).toEqual(['error:docx/corrupt']);
    const encrypted = patch(FIXTURE, (view) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true));
    expect(readDocxXml(encrypted).diagnostics).toEqual([expect.objectContaining({ code: 'docx/not-docx', message: expect.stringContaining('加密') })]);
  });

  it('says what a renamed file really is', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['pdf', strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), /PDF/],
      ['doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /\.doc/],
      ['html', strToU8('\ufeff  <!DOCTYPE html><html><body><p>年度报告</p></body></html>'), /网页/],
      ['text', strToU8('某某县2024年政府信息公开工作年度报告\n一、总体情况'), /不是 zip/],
      ['empty', new Uint8Array(0), /不是 zip/],
      ['plain zip', zipSync({ 'report.txt': strToU8('年度报告') }), /没有 Word 文档正文/],
      ['xlsx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), /Excel/],
      ['odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), /OpenDocument/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = readDocxXml(bytes);
      expect(result.document, name).toBeNull();
      expect(result.diagnostics, name).toEqual([expect.objectContaining({ code: 'docx/not-docx', severity: 'error', message: expect.stringMatching(message) })]);
    }
  });

  it('random damage never throws and always ends in at most one error', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: FIXTURE.length - 1 }), byte: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 8 }), (edits) => {
        const bytes = FIXTURE.slice();
        for (const { at, byte } of edits) bytes[at] = byte;
        const result = readDocxXml(bytes);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length).toBeLessThanOrEqual(1);
        if (result.document === null) expect(errors).toHaveLength(1);
        for (const d of result.diagnostics) expect(d.code).toMatch(/^docx\//);
      }),
      { seed: 4, numRuns: 300 },
    );
  }, 60_000);
});

describe('XML parts', () => {
  const parse = (xml: string, over: Partial<DocxLimits> = {}) => parseXmlPart(strToU8(xml), 'word/document.xml', limits(over));

  it('parses well-formed parts, UTF-8 with or without a BOM and UTF-16', () => {
    expect(parse(DOCUMENT).ok).toBe(true);
    expect(parseXmlPart(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(DOCUMENT)]), 'x').ok).toBe(true);
    const utf16 = new Uint8Array(2 + DOCUMENT.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < DOCUMENT.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, DOCUMENT.charCodeAt(i), true);
    const parsed = parseXmlPart(utf16, 'x');
    expect(parsed.ok && parsed.value.documentElement?.textContent).toBe('正文');
  });

  it('refuses a DOCTYPE outright: billion laughs never reaches the parser', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
      `]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const result = parse(laughs);
    expect(result).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'docx/xml', severity: 'error', message: expect.stringContaining('DOCTYPE') }) });
  });

  it('refuses nesting deeper than the limit, and accepts it at the limit', () => {
    const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(parse(nested(256)).ok).toBe(true);
    expect(parse(nested(257))).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'docx/xml', messageEn: expect.stringContaining('256 deep') }) });
    expect(parse(nested(100_000))).toMatchObject({ ok: false });
    expect(parse(nested(20), { maxXmlDepth: 10 })).toMatchObject({ ok: false });
    // Self-closing elements, comments, CDATA, processing instructions and `>` in attributes don't count.
    expect(parse(`<a x="1>2">${'<b/>'.repeat(1000)}<!-- <c><c><c> --><![CDATA[<d><d>]]><?pi <e>?></a>`, { maxXmlDepth: 2 }).ok).toBe(true);
  });

  it('reports malformed markup with the parser’s reason', () => {
    for (const xml of ['<w:document><w:body>', '<a><b></a>', 'not xml', '', '<a>&nbsp;</a>', '<a/><b/>']) {
      const result = parse(xml);
      expect(result, xml).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'docx/xml', severity: 'error' }) });
    }
  });
});

describe('readDocxXml', () => {
  it('gives the main document, numbering and styles of a real file: the floor of DOCX reading', () => {
    const result = readDocxXml(FIXTURE);
    expect(result.diagnostics).toEqual([]);
    expect(result.document?.documentElement?.localName).toBe('document');
    expect(result.numbering?.documentElement?.localName).toBe('numbering');
    expect(result.styles?.documentElement?.localName).toBe('styles');
  });

  it('finds the main document through [Content_Types].xml when it is not word/document.xml', () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
    const result = readDocxXml(zipSync({ '[Content_Types].xml': strToU8(types), 'word/document2.xml': strToU8(DOCUMENT) }));
    expect(result.diagnostics).toEqual([]);
    expect(result.document?.documentElement?.textContent).toBe('正文');
  });

  it('reads on without a broken styles or numbering part (a warning), but not past a bomb in one', () => {
    const broken = readDocxXml(zipSync({ 'word/document.xml': strToU8(DOCUMENT), 'word/styles.xml': strToU8('<w:styles><oops') }));
    expect(only(broken).codes).toEqual(['warning:docx/xml']);
    expect(broken.document).not.toBeNull();
    expect(broken.diagnostics[0]?.message).toContain('标题级别');

    const bomb = readDocxXml(zipSync({ 'word/document.xml': strToU8(DOCUMENT), 'word/numbering.xml': new Uint8Array(20 * 1024 * 1024) }));
    expect(only(bomb)).toEqual({ document: null, codes: ['error:docx/zip-bomb'] });
  });
});
