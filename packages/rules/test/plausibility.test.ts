import { describe, expect, it } from 'vitest';
import { consistentReport, run, withCell } from './helpers.js';

describe('plausibility/regulations', () => {
  const withAgency = (agency: string, issued = 2) => {
    const report = withCell(consistentReport(), 't2.regulations.issued', issued);
    report.metadata.agency = agency;
    return report;
  };

  it.each(['某省人民政府', '某市人民政府', '某自治州人民政府', '广西壮族自治区人民政府', '生态环境部'])(
    'says nothing for %s, which may make 规章',
    (agency) => {
      expect(run(withAgency(agency), 'plausibility/regulations')).toEqual([]);
    },
  );

  it('says nothing when the 规章 row is all 0, or the agency is unknown', () => {
    expect(run(withAgency('青石山街道办事处', 0), 'plausibility/regulations')).toEqual([]);
    const report = withAgency('青石山街道办事处');
    report.metadata.agency = null;
    expect(run(report, 'plausibility/regulations')).toEqual([]);
  });

  it.each([
    ['新华区青石山街道办事处', '乡镇、街道或村（社区）'],
    ['某县某镇人民政府', '乡镇、街道或村（社区）'],
    ['官塘社区', '乡镇、街道或村（社区）'],
    ['叶集区机关事务管理服务中心', '县级政府或其部门'],
    ['某县人民政府', '县级政府或其部门'],
    ['某市某区住房和城乡建设局', '县级政府或其部门'],
  ])('reports 规章 from %s', (agency, kind) => {
    const findings = run(withAgency(agency), 'plausibility/regulations');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cellIds: ['t2.regulations.issued'], part: 'activeDisclosure', expected: 0, actual: 2 });
    expect(findings[0]?.message).toContain(`“${agency}”属于${kind}，无权制定规章`);
  });

  it('names every non-zero 规章 cell', () => {
    const report = withCell(withAgency('青石山街道办事处'), 't2.regulations.inForce', 5);
    expect(run(report, 'plausibility/regulations')[0]?.cellIds).toEqual(['t2.regulations.issued', 't2.regulations.inForce']);
  });
});

describe('plausibility/other-processing', () => {
  it('says nothing when 其他处理 is a small share', () => {
    expect(run(consistentReport(), 'plausibility/other-processing')).toEqual([]);
  });

  it('reports 其他处理 over a third of （七）总计, at info', () => {
    // 9 processed; move 4 of them from 予以公开 to 其他处理·其他 (totals kept consistent).
    let report = withCell(consistentReport(), 't3.granted.naturalPerson', 0);
    report = withCell(report, 't3.granted.total', 0);
    report = withCell(report, 't3.other.other.naturalPerson', 3);
    report = withCell(report, 't3.other.other.total', 3);
    report = withCell(report, 't3.other.overdueCorrection.naturalPerson', 1);
    report = withCell(report, 't3.other.overdueCorrection.total', 1);
    report = withCell(report, 't3.granted.naturalPerson', 0);
    report = withCell(report, 't3.unable.notHeld.naturalPerson', 1);
    report = withCell(report, 't3.unable.notHeld.total', 1);
    const findings = run(report, 'plausibility/other-processing');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      cellIds: ['t3.other.overdueCorrection.total', 't3.other.other.total', 't3.totalProcessed.total'],
      actual: 4,
      expected: '≤ 3',
    });
    expect(findings[0]?.message).toContain('（六）其他处理合计 4 件，占表三“（七）总计 · 总计” 9 件的 44%');
  });

  it('says nothing on small numbers', () => {
    const report = withCell(withCell(consistentReport(), 't3.other.other.total', 2), 't3.totalProcessed.total', 3);
    expect(run(report, 'plausibility/other-processing')).toEqual([]);
  });
});
