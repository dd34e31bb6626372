import { loadSeeds } from '@nianbao/fixtures';
import { unflattenCells, type CellId } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { consistentReport, run, withCell } from './helpers.js';

const IDENTITY_RULES = ['table3/column-balance', 'table3/processed-sum', 'table3/row-total', 'table4/block-total'];

describe('identity rules', () => {
  it('say nothing on a consistent report, nor on the seeds’ true cells', () => {
    expect(check(consistentReport()).filter((f) => IDENTITY_RULES.includes(f.ruleId))).toEqual([]);
    for (const seed of loadSeeds()) {
      const report = unflattenCells(seed.truth.cells as Record<CellId, number | null>);
      expect(check(report, { preset: 'tables-only' }).filter((f) => IDENTITY_RULES.includes(f.ruleId))).toEqual([]);
    }
  });

  it('say nothing when a cell they need is blank (cell/blank speaks instead)', () => {
    const report = withCell(withCell(consistentReport(), 't3.newReceived.total', { value: null, raw: '/' }), 't3.granted.naturalPerson', 99);
    const findings = check(report);
    expect(findings.filter((f) => f.ruleId === 'table3/column-balance' && f.cellIds?.includes('t3.newReceived.total'))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'table3/row-total' && f.cellIds?.[0] === 't3.newReceived.total')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'cell/blank' && f.cellIds?.includes('t3.newReceived.total'))).toBe(true);
  });
});

describe('table3/column-balance', () => {
  it('reports the column whose 一 + 二 ≠ （七） + 四, in the reviewer’s words', () => {
    const report = withCell(withCell(consistentReport(), 't3.totalProcessed.total', 8), 't3.granted.total', 2);
    const findings = run(report, 'table3/column-balance');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message: '表三“总计”列：本年新收 10 + 上年结转 1 应等于 办理结果总计 8 + 结转下年度继续办理 2（11 ≠ 10）',
      messageEn: 'Table 3, column “总计”: new 10 + carried over 1 should equal total processed 8 + carried forward 2 (11 ≠ 10)',
      cellIds: ['t3.newReceived.total', 't3.carriedOver.total', 't3.totalProcessed.total', 't3.carriedForward.total'],
      part: 'applications',
      expected: 11,
      actual: 10,
    });
  });
});

describe('table3/processed-sum', () => {
  it('reports the column whose （七）总计 is not the sum of the outcomes, naming the non-zero ones', () => {
    const findings = run(withCell(consistentReport(), 't3.totalProcessed.naturalPerson', 9), 'table3/processed-sum');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      message:
        '表三“自然人”列：（七）总计 9 应等于 各项办理结果之和 8（予以公开 3 + 部分公开 1 + 不予公开·保护第三方合法权益 1 + 无法提供·本机关不掌握相关政府信息 2 + 不予处理·重复申请 1）',
      expected: 8,
      actual: 9,
    });
    expect(findings[0]?.cellIds).toHaveLength(22);
    expect(findings[0]?.cellIds?.[0]).toBe('t3.totalProcessed.naturalPerson');
    expect(findings[0]?.messageEn).toContain('granted 3 + partiallyGranted 1');
  });
});

describe('table3/row-total', () => {
  it('reports the row whose 总计 is not the sum of the applicant columns', () => {
    const findings = run(withCell(consistentReport(), 't3.granted.total', 4), 'table3/row-total');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      message: '表三“（一）予以公开”行：总计 4 应等于 六类申请人之和 3（自然人 3）',
      messageEn: 'Table 3, row “（一）予以公开”: total 4 should equal sum of the six applicant columns 3 (naturalPerson 3)',
      expected: 3,
      actual: 4,
    });
  });

  it('reports each failing identity when one wrong cell breaks several', () => {
    // One wrong applicant cell breaks its row total and its column’s processed sum.
    const report = withCell(consistentReport(), 't3.granted.commercial', 2);
    expect(run(report, 'table3/row-total').map((f) => f.cellIds?.[0])).toEqual(['t3.granted.total']);
    expect(run(report, 'table3/processed-sum').map((f) => f.cellIds?.[0])).toEqual(['t3.totalProcessed.commercial']);
  });
});

describe('table4/block-total', () => {
  it('reports the block whose 总计 is not the sum of its four outcomes', () => {
    const findings = run(withCell(consistentReport(), 't4.litigationAfterReview.corrected', 1), 'table4/block-total');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      message: '表四“复议后起诉”：总计 0 应等于 结果维持 0 + 结果纠正 1 + 其他结果 0 + 尚未审结 0',
      cellIds: [
        't4.litigationAfterReview.total',
        't4.litigationAfterReview.upheld',
        't4.litigationAfterReview.corrected',
        't4.litigationAfterReview.other',
        't4.litigationAfterReview.pending',
      ],
      part: 'reviewLitigation',
      expected: 1,
      actual: 0,
    });
  });
});
