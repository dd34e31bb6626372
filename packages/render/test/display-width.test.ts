import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../src/index.js';
import { padToWidth } from '../src/display-width.js';

describe('displayWidth', () => {
  it('counts ASCII one column each', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('abc 123')).toBe(7);
  });

  it('counts CJK ideographs, kana, Hangul and CJK punctuation two columns each', () => {
    expect(displayWidth('年度报告')).toBe(8);
    expect(displayWidth('（一）予以公开')).toBe(14);
    expect(displayWidth('、。《》【】')).toBe(12);
    expect(displayWidth('カタカナ')).toBe(8);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('2024年')).toBe(6);
  });

  it('counts full-width forms two columns each', () => {
    expect(displayWidth('１２３')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('，：；')).toBe(6);
  });

  it('counts characters outside the Basic Multilingual Plane by code point', () => {
    expect(displayWidth('𠀀𪚥')).toBe(4); // CJK extension B
    expect(displayWidth('😀')).toBe(2);
  });

  it('counts combining marks, format and control characters zero', () => {
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
    expect(displayWidth('a\u0308\u0323')).toBe(1);
    expect(displayWidth('\u200b\u200d\ufeff')).toBe(0);
    expect(displayWidth('a\u0000\u0007b')).toBe(2);
    expect(displayWidth('\u20dd')).toBe(0); // enclosing circle
  });

  it('counts East Asian ambiguous characters one column, or two on request', () => {
    const text = '“三安全一稳定”';
    expect(displayWidth(text)).toBe(12 + 2);
    expect(displayWidth(text, { ambiguousWidth: 2 })).toBe(12 + 4);
    expect(displayWidth('·—①', { ambiguousWidth: 2 })).toBe(6);
    expect(displayWidth('abc', { ambiguousWidth: 2 })).toBe(3);
  });

  it('measures the template labels', () => {
    expect(displayWidth('1.属于国家秘密')).toBe(2 + 12);
    expect(displayWidth('3.危及“三安全一稳定”')).toBe(2 + 16 + 2);
  });
});

describe('padToWidth', () => {
  it('pads by display width', () => {
    expect(padToWidth('规章', 6)).toBe('规章  ');
    expect(padToWidth('规章', 6, 'right')).toBe('  规章');
    expect(padToWidth('规章', 7, 'center')).toBe(' 规章  ');
    expect(padToWidth('行政规范性文件', 4)).toBe('行政规范性文件');
  });
});

describe('wrapText', () => {
  const prose =
    '2024年，时庄街道积极做好政务信息公开工作，严格履行审批程序，按照全面、准确的原则公布有关内容，全年共主动公开信息37条，详见www.qufu.gov.cn（电话：0537-4531088）。';

  it('keeps text that fits, and any text when the width is not a positive finite number', () => {
    expect(wrapText('短句。', 80)).toEqual(['短句。']);
    expect(wrapText(prose, Infinity)).toEqual([prose]);
    expect(wrapText(prose, 0)).toEqual([prose]);
  });

  it('breaks Chinese between characters, within the width, losing nothing', () => {
    for (const width of [10, 17, 24, 40, 80]) {
      const lines = wrapText(prose, width);
      expect(lines.join('')).toBe(prose);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // From 16 columns up, the longest unbreakable run (a phone number with its closing bracket) fits.
    for (let width = 16; width <= 60; width++) {
      const lines = wrapText(prose, width);
      for (const line of lines.slice(1)) expect(line[0], `width ${width}: ${line}`).not.toMatch(/[，。、；：）》”]/);
      for (const line of lines.slice(0, -1)) expect(line.at(-1), `width ${width}: ${line}`).not.toMatch(/[（《“]/);
    }
  });

  it('keeps numbers and web addresses whole where they fit', () => {
    const lines = wrapText(prose, 30);
    expect(lines.some((line) => line.includes('www.qufu.gov.cn'))).toBe(true);
    expect(lines.some((line) => line.includes('0537-4531088'))).toBe(true);
  });

  it('breaks Latin text at spaces and drops the space at the break', () => {
    expect(wrapText('Open data: 3 datasets, 1,204 records.', 12)).toEqual(['Open data: 3', 'datasets,', '1,204', 'records.']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('fits any text without spaces within any width of at least 4 (property)', () => {
    const char = fc.constantFrom(...'政府信息公开年报告，。、（）《》“”abc123-. ');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 120 }), fc.integer({ min: 4, max: 50 }), (chars, width) => {
        const text = chars.join('').replace(/ /g, '');
        const lines = wrapText(text, width);
        expect(lines.join('')).toBe(text);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
      { seed: 1, numRuns: 400 },
    );
  });
});
