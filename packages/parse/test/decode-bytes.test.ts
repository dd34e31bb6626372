import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/decode-bytes.js';
import { readHtml } from '../src/html-adapter.js';

/**
 * Encodes text as GBK. TextEncoder only writes UTF-8, so the table is built by decoding every
 * two-byte GBK sequence once with TextDecoder; ASCII passes through.
 */
let gbkTable: Map<string, number[]> | undefined;
function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (result: { diagnostics: { code: string }[] }): string[] => result.diagnostics.map((d) => d.code);

const BODY = '<body><h1>某某县2024年政府信息公开工作年度报告</h1><p>本年新收政府信息公开申请“三安全一稳定”共12件。</p></body></html>';

describe('decodeBytes', () => {
  it('decodes UTF-8 without a declaration', () => {
    const result = decodeBytes(utf8('政府信息公开'));
    expect(result).toEqual({ text: '政府信息公开', encoding: 'utf-8', diagnostics: [] });
  });

  it('follows a BOM and drops it', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('年报')]))).toEqual({ text: '年报', encoding: 'utf-8', diagnostics: [] });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62]))).toEqual({ text: '年报', encoding: 'utf-16le', diagnostics: [] });
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, 0x5e, 0x74, 0x62, 0xa5]))).toEqual({ text: '年报', encoding: 'utf-16be', diagnostics: [] });
  });

  it('decodes a GBK page declared with <meta charset="gbk">', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="gbk"><title>年报</title></head>${BODY}`;
    const result = decodeBytes(encodeGbk(html));
    expect(result.encoding).toBe('gbk');
    expect(result.text).toBe(html);
    expect(result.diagnostics).toEqual([]);
    expect(readHtml(result.text).blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '某某县2024年政府信息公开工作年度报告',
      '本年新收政府信息公开申请“三安全一稳定”共12件。',
    ]);
  });

  it('decodes a GB2312 page declared with http-equiv Content-Type', () => {
    const html = `<html><head>\r\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">\r\n<title>政府信息公开</title></head>${BODY}`;
    const result = decodeBytes(encodeGbk(html));
    expect(result.encoding).toBe('gbk');
    expect(result.text).toBe(html);
    expect(result.diagnostics).toEqual([]);
  });

  it('finds a declaration late in a long head, but not one inside a comment', () => {
    const padding = `<meta name="keywords" content="${'政务公开,'.repeat(100)}">`;
    const html = `<html><head><!-- <meta charset="utf-8"> -->${padding}<meta http-equiv=content-type content='text/html;charset=GB18030'></head>${BODY}`;
    const result = decodeBytes(encodeGbk(html));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(html);
  });

  it('reads an XML declaration’s encoding', () => {
    const html = `<?xml version="1.0" encoding="GBK"?>\n<html>${BODY}`;
    expect(decodeBytes(encodeGbk(html))).toEqual({ text: html, encoding: 'gbk', diagnostics: [] });
  });

  it('falls back to GB18030 for undeclared bytes that are not UTF-8, with a note', () => {
    const result = decodeBytes(encodeGbk('一、总体情况\n本年度共收到申请12件。'));
    expect(result.text).toBe('一、总体情况\n本年度共收到申请12件。');
    expect(result.encoding).toBe('gb18030');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'encoding/guessed', severity: 'info' })]);
  });

  it('warns about an unknown charset and falls back', () => {
    const gbk = decodeBytes(encodeGbk(`<meta charset="gb-2312-x">${BODY}`));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toContain('某某县2024年');
    expect(gbk.diagnostics).toEqual([expect.objectContaining({ code: 'encoding/unknown-charset', severity: 'warning' })]);
    expect(gbk.diagnostics[0]?.message).toContain('gb-2312-x');
    const unicode = decodeBytes(utf8(`<meta charset="klingon">${BODY}`));
    expect(unicode.encoding).toBe('utf-8');
    expect(codes(unicode)).toEqual(['encoding/unknown-charset']);
  });

  it('trusts the bytes over a declaration they contradict', () => {
    const declaredUtf8 = decodeBytes(encodeGbk(`<meta charset="utf-8">${BODY}`));
    expect(declaredUtf8.encoding).toBe('gb18030');
    expect(declaredUtf8.text).toContain('“三安全一稳定”');
    expect(codes(declaredUtf8)).toEqual(['encoding/declared-mismatch']);

    const declaredGbk = decodeBytes(utf8(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">${BODY}`));
    expect(declaredGbk.encoding).toBe('utf-8');
    expect(declaredGbk.text).toContain('“三安全一稳定”');
    expect(codes(declaredGbk)).toEqual(['encoding/declared-mismatch']);
  });

  it('keeps an ASCII-only page in its declared encoding without a warning', () => {
    expect(decodeBytes(utf8('<meta charset=gbk><p>2024</p>'))).toEqual({ text: '<meta charset=gbk><p>2024</p>', encoding: 'gbk', diagnostics: [] });
  });

  it('reads a UTF-16 declaration in ASCII bytes as UTF-8', () => {
    expect(decodeBytes(utf8('<meta charset="utf-16"><p>年报</p>')).encoding).toBe('utf-8');
  });

  it('counts invalid bytes it had to replace', () => {
    const bytes = Uint8Array.from([...encodeGbk('<meta charset=gbk>年报'), 0xff, 0x81]);
    const result = decodeBytes(bytes);
    expect(result.text.startsWith('<meta charset=gbk>年报')).toBe(true);
    expect(codes(result)).toEqual(['encoding/invalid-bytes']);
  });

  it('handles empty and tiny inputs', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', diagnostics: [] });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb]))).toMatchObject({ encoding: 'gb18030' });
  });
});
