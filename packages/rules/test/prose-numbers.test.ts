import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseProseNumber, toHalfWidthDigits } from '../src/prose-numbers.js';
import { aboutAnotherPeriod, splitClauses, splitSentences, yearInText } from '../src/prose.js';

describe('parseProseNumber', () => {
  it.each([
    ['9', 9],
    ['118', 118],
    ['９', 9],
    ['１２', 12],
    ['1,234', 1234],
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['三百四十', 340],
    ['一千二百', 1200],
    ['三万五千', 35000],
    ['十万', 100000],
    ['二〇二三', 2023],
    ['二零二四', 2024],
  ])('%s → %d', (text, value) => {
    expect(parseProseNumber(text)).toBe(value);
  });

  it.each(['', '件', 'abc', '1.5', '-3', '二三十'])('%j is not a number', (text) => {
    expect(parseProseNumber(text)).toBeNull();
  });

  it('composes into patterns that read whole numbers', () => {
    const regex = new RegExp(`(${NUMBER_SOURCE})件`);
    expect(regex.exec('收到申请1,234件')?.[1]).toBe('1,234');
    expect(regex.exec('收到申请十二件')?.[1]).toBe('十二');
    expect(regex.exec('收到申请１２件')?.[1]).toBe('１２');
    expect(toHalfWidthDigits('２０２３年')).toBe('2023年');
  });
});

describe('prose helpers', () => {
  it('split sentences at 。！？ and line breaks, clauses at commas and semicolons', () => {
    expect(splitSentences('甲。乙！\n丙')).toEqual(['甲。', '乙！', '丙']);
    expect(splitClauses('行政复议0起,行政诉讼0起；共收到申请1,234件，已办结')).toEqual(['行政复议0起', '行政诉讼0起', '共收到申请1,234件', '已办结']);
  });

  it('read the year of a title', () => {
    expect(yearInText('新华区青石山街道办事处 2023 年政府信息公开工作年度报告')).toBe(2023);
    expect(yearInText('某局二〇二四年政府信息公开工作年度报告')).toBe(2024);
    expect(yearInText('政府信息公开工作年度报告')).toBeNull();
  });

  it('tell clauses about another period', () => {
    expect(aboutAnotherPeriod('2023年收到申请5件', 2023)).toBe(false);
    expect(aboutAnotherPeriod('截至2023年12月31日共收到申请5件', 2023)).toBe(false);
    expect(aboutAnotherPeriod('2022年收到申请5件', 2023)).toBe(true);
    expect(aboutAnotherPeriod('较上年增加5件', 2023)).toBe(true);
    expect(aboutAnotherPeriod('上年结转2件', 2023)).toBe(false);
    expect(aboutAnotherPeriod('上年度结转2件', 2023)).toBe(false);
    expect(aboutAnotherPeriod('1至6月收到申请3件', 2023)).toBe(true);
    expect(aboutAnotherPeriod('上半年收到申请3件', 2023)).toBe(true);
    expect(aboutAnotherPeriod('2023年收到申请5件', null)).toBe(true);
  });
});
