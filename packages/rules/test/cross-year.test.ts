import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { consistentReport, generateReport, run, withCell, withPart } from './helpers.js';

/** Two consecutive years of one agency: 2024's carried-over column is 2023's carried-forward column. */
function pair() {
  const previous = generateReport(11, 2023);
  const forward = {
    naturalPerson: previous.tables.t3.cells['t3.carriedForward.naturalPerson'].value ?? 0,
    commercial: previous.tables.t3.cells['t3.carriedForward.commercial'].value ?? 0,
    research: previous.tables.t3.cells['t3.carriedForward.research'].value ?? 0,
    socialWelfare: previous.tables.t3.cells['t3.carriedForward.socialWelfare'].value ?? 0,
    legalService: previous.tables.t3.cells['t3.carriedForward.legalService'].value ?? 0,
    otherOrg: previous.tables.t3.cells['t3.carriedForward.otherOrg'].value ?? 0,
  };
  const current = generateReport(11, 2024, forward);
  // Keep the stock of documents connected, too.
  for (const row of ['regulations', 'normativeDocuments'] as const) {
    const before = previous.tables.t2.cells[`t2.${row}.inForce`].value ?? 0;
    const issued = current.tables.t2.cells[`t2.${row}.issued`].value ?? 0;
    const repealed = current.tables.t2.cells[`t2.${row}.repealed`].value ?? 0;
    current.tables.t2.cells[`t2.${row}.inForce`] = { value: before + issued - repealed, raw: String(before + issued - repealed), location: null };
  }
  return { previous, current };
}

const CROSS_YEAR = ['cross-year/carry-over', 'cross-year/in-force', 'cross-year/repeated-text'];

describe('cross-year pair', () => {
  it('a consistent pair: no cross-year finding, and no error at all', () => {
    const { previous, current } = pair();
    expect(previous.metadata.agency).toBe(current.metadata.agency);
    const findings = check(current, { previous });
    expect(findings.filter((f) => CROSS_YEAR.includes(f.ruleId))).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the cross-year rules say nothing without a previous report', () => {
    const { current } = pair();
    expect(check(current).filter((f) => CROSS_YEAR.includes(f.ruleId))).toEqual([]);
  });
});

describe('cross-year/carry-over', () => {
  it('reports each column whose 上年结转 is not last year’s 结转下年度继续办理', () => {
    const { previous, current } = pair();
    const forward = previous.tables.t3.cells['t3.carriedForward.naturalPerson'].value ?? 0;
    const broken = withCell(previous, 't3.carriedForward.naturalPerson', forward + 2);
    const findings = run(current, 'cross-year/carry-over', { previous: broken });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cellIds: ['t3.carriedOver.naturalPerson'],
      part: 'applications',
      expected: forward + 2,
      actual: forward,
      message: `表三“自然人”列：上年结转 ${forward} 应等于2023年度年报的“结转下年度继续办理” ${forward + 2}`,
    });
    // The 总计 column too, when last year's total moved with it.
    const total = previous.tables.t3.cells['t3.carriedForward.total'].value ?? 0;
    const both = withCell(broken, 't3.carriedForward.total', total + 2);
    expect(run(current, 'cross-year/carry-over', { previous: both }).map((f) => f.cellIds?.[0])).toEqual([
      't3.carriedOver.naturalPerson',
      't3.carriedOver.total',
    ]);
  });

  it('does not compare reports whose years are not consecutive', () => {
    const { previous, current } = pair();
    const older = withCell(previous, 't3.carriedForward.naturalPerson', 99);
    older.metadata.year = 2021;
    expect(run(current, 'cross-year/carry-over', { previous: older })).toEqual([]);
  });

  it('says nothing when a cell is blank', () => {
    const { previous, current } = pair();
    const blank = withCell(previous, 't3.carriedForward.naturalPerson', null);
    expect(run(current, 'cross-year/carry-over', { previous: blank })).toEqual([]);
  });
});

describe('cross-year/in-force', () => {
  it('reports 现行有效 far from last year + 制发 − 废止, within a tolerance', () => {
    const previous = withCell(consistentReport(), 't2.normativeDocuments.inForce', 20);
    previous.metadata.year = 2022;
    let current = withCell(consistentReport(), 't2.normativeDocuments.issued', 3);
    current = withCell(current, 't2.normativeDocuments.repealed', 1);
    current = withCell(current, 't2.normativeDocuments.inForce', 21); // 22 expected: within tolerance (lapsed documents)
    expect(run(current, 'cross-year/in-force', { previous })).toEqual([]);
    current = withCell(current, 't2.normativeDocuments.inForce', 4);
    const findings = run(current, 'cross-year/in-force', { previous });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      cellIds: ['t2.normativeDocuments.inForce', 't2.normativeDocuments.issued', 't2.normativeDocuments.repealed'],
      expected: 22,
      actual: 4,
    });
    expect(findings[0]?.message).toContain('表二“行政规范性文件”：现行有效 4 件，而上年现行有效 20 + 本年制发 3 − 本年废止 1 = 22');
  });
});

describe('cross-year/repeated-text', () => {
  it('reports part 五 nearly the same as last year’s, years and numbers aside', () => {
    const previous = consistentReport();
    previous.metadata.year = 2022;
    const text2022 = previous.parts.problems.text;
    const current = withPart(consistentReport(), 'problems', text2022.replace(/上年度/g, '上一年度'));
    const findings = run(current, 'cross-year/repeated-text', { previous });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'problems' });
    expect(findings[0]?.message).toMatch(/^第五部分“存在的主要问题及改进情况”与上一年度年报的相似度达 \d+%/);
  });

  it('says nothing when this year’s account is its own', () => {
    const { previous, current } = pair();
    expect(run(current, 'cross-year/repeated-text', { previous })).toEqual([]);
  });
});
