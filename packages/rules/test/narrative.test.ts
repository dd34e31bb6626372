import { describe, expect, it } from 'vitest';
import { consistentReport, consistentValues, proseReport, run, withCell, withPart, zeroValues } from './helpers.js';

/**
 * The consistent report's table 3: 10 new (9 people + 1 law firm), 1 carried over, 2 carried
 * forward. Table 4: 1 reconsideration, no suits.
 */
const overview = (text: string) => proseReport({ overview: text });
const noApplications = (text: string) => proseReport({ overview: text }, zeroValues());

describe('narrative/applications', () => {
  it.each([
    '2023年，本单位共收到政府信息公开申请10件，上年结转1件，结转下年度继续办理2件。',
    '（二）依申请公开情况\n2023年度，我街道共收到10条要求公开政府信息的申请，已按时答复。',
    '全年新收政府信息公开申请十件，上年度结转一件，其中两件结转下年度办理。',
    '共受理依申请公开事项１１件（含上年结转1件）。', // 收到 may include last year’s
    '本年度收到政府信息公开申请10件，均已办结。',
  ])('agrees: %s', (text) => {
    expect(run(overview(text), 'narrative/applications')).toEqual([]);
  });

  it('reports a received count that differs from table 3, quoting the clause', () => {
    const findings = run(overview('2023年度，我街道共收到9条要求公开政府信息的申请，已按照要求在规定时限内予以回复。'), 'narrative/applications');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      part: 'overview',
      cellIds: ['t3.newReceived.total', 't3.carriedOver.total'],
      expected: 10,
      actual: 9,
      message: '总体情况称“我街道共收到9条要求公开政府信息的申请”（收到 9 件），而表三“一、本年新收政府信息公开申请数量 · 总计”为 10、上年结转为 1；正文与表三应一致',
    });
  });

  it('reads Chinese numerals: 十二件', () => {
    const [finding] = run(overview('本年度共收到政府信息公开申请十二件。'), 'narrative/applications');
    expect(finding).toMatchObject({ expected: 10, actual: 12 });
  });

  it('checks 新收, 上年结转 and 结转下年度 against their own rows', () => {
    const findings = run(overview('本年新收政府信息公开申请11件，上年结转2件，结转下年度继续办理3件。'), 'narrative/applications');
    expect(findings.map((f) => [f.cellIds, f.expected, f.actual])).toEqual([
      [['t3.newReceived.total'], 10, 11],
      [['t3.carriedOver.total'], 1, 2],
      [['t3.carriedForward.total'], 2, 3],
    ]);
    expect(findings[1]?.message).toBe('总体情况称“上年结转2件”（上年结转 2 件），而表三“二、上年结转政府信息公开申请数量 · 总计”为 1；正文与表三应一致');
  });

  it('reads 未收到 as 0', () => {
    expect(run(noApplications('2023 年度青石山街道办事处未收到依申请公开。'), 'narrative/applications')).toEqual([]);
    const findings = run(overview('2023 年度青石山街道办事处未收到依申请公开。'), 'narrative/applications');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cellIds: ['t3.newReceived.total'], expected: 10, actual: 0 });
    expect(run(overview('截至目前，我中心今年未收到依申请公开办件，政府信息公开工作未引发行政复议。'), 'narrative/applications')).toHaveLength(1);
  });

  it.each([
    ['a reconsideration body’s caseload', '全年共收到行政复议申请134件，依法备案行政复议案件134件。'],
    ['filing and review', '备案审查涉及政府信息公开的行政复议案件134件。'],
    ['applicants, not applications', '收到申请人补正材料3份，向申请人发放告知书12份。'],
    ['applicants counted in people', '收到政府信息公开申请的申请人共12人。'],
    ['petitions and proposals', '依申请公开工作稳步推进，收到群众来信15件，办理人大代表建议8件。'],
    ['last year', '2022年收到政府信息公开申请30件。'],
    ['a comparison', '收到政府信息公开申请同比增加5件。'],
    ['part of the year', '1至6月收到政府信息公开申请4件。'],
    ['a document, not an application', '（二）依申请公开情况\n收到上级转发文件3件。'],
    ['other proactive-disclosure counts', '共发布街道各类信息 118 条，其中涉及养老健康服务等工作动态。'],
  ])('stays silent on %s', (_, text) => {
    expect(run(overview(text), 'narrative/applications')).toEqual([]);
  });

  it('does not read parts other than 总体情况', () => {
    const report = withPart(consistentReport(), 'otherMatters', '本年度共收到政府信息公开申请99件。');
    expect(run(report, 'narrative/applications')).toEqual([]);
  });

  it('says nothing when the table cell is blank', () => {
    const report = withCell(overview('本年度共收到政府信息公开申请99件。'), 't3.newReceived.total', { value: null, raw: '/' });
    expect(run(report, 'narrative/applications')).toEqual([]);
  });
});

describe('narrative/review-litigation', () => {
  it.each([
    '因政府信息公开申请引起的行政复议1件，行政诉讼0件。',
    '2023年收到政府信息依申请公开10件，已办结并回复申请人，本街道因信息公开申请引起的行政复议1起,行政诉讼0起。',
    '因政府信息公开被申请行政复议一件，未发生行政诉讼。',
  ])('agrees: %s', (text) => {
    expect(run(overview(text), 'narrative/review-litigation')).toEqual([]);
  });

  it('reports a reconsideration count that differs from table 4', () => {
    const findings = run(overview('因政府信息公开申请引起的行政复议2件，行政诉讼0件。'), 'narrative/review-litigation');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cellIds: ['t4.review.total'],
      expected: 1,
      actual: 2,
      message: '总体情况称“因政府信息公开申请引起的行政复议2件”（行政复议 2 件），而表四“行政复议 · 总计”为 1；正文与表四应一致',
    });
  });

  it('compares litigation with direct suits plus suits after reconsideration', () => {
    let report = overview('六甲街道因信息公开申请引起的行政复议1起,行政诉讼3起。');
    report = withCell(withCell(report, 't4.litigationDirect.total', 1), 't4.litigationAfterReview.total', 1);
    const findings = run(report, 'narrative/review-litigation');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cellIds: ['t4.litigationDirect.total', 't4.litigationAfterReview.total'], expected: 2, actual: 3 });
  });

  it('reads 未引发行政复议、行政诉讼 as 0 of each', () => {
    const text = '按照上级要求，规范办件流程，政府信息公开工作未引发行政复议、行政诉讼情况。';
    expect(run(noApplications(text), 'narrative/review-litigation')).toEqual([]);
    const findings = run(withCell(overview(text), 't4.litigationDirect.total', 2), 'narrative/review-litigation');
    expect(findings.map((f) => [f.cellIds?.[0], f.expected, f.actual])).toEqual([
      ['t4.review.total', 1, 0],
      ['t4.litigationDirect.total', 2, 0],
    ]);
  });

  it.each([
    ['a reconsideration body’s caseload', '全年共受理行政复议案件134件，其中涉及政府信息公开的12件。'],
    ['filing of reconsideration cases', '依法做好政府信息公开相关工作，备案行政复议案件134件。'],
    ['cases handled, then counted', '办理各类案件，其中政府信息公开行政复议134件。'],
    ['outcomes rather than totals', '因政府信息公开引起的行政复议被纠错1件。'],
    ['the law', '依照《行政诉讼法》第12条，政府信息公开行为可诉。'],
    ['no disclosure context', '全年行政复议5件，行政诉讼7件。'],
    ['last year', '2022年因政府信息公开引起行政复议5件。'],
  ])('stays silent on %s', (_, text) => {
    expect(run(overview(text), 'narrative/review-litigation')).toEqual([]);
  });
});

describe('narrative/disclosure-breakdown', () => {
  it.each([
    '全年共主动公开信息37条，其中履职依据信息1条，走进时庄栏目18条，经济发展3条，要闻推荐3条，基层党建2件，关爱民生10件。',
    '2023年主动公开各类信息774条，涵盖政策、民生等方面的信息。其中政策文件公开5条，人事信息公开10条，应急管理类35条，财政资金3条，财政专项资金及清单61条，社会救助71条，为民服务12条，业务工作类信息577条。',
    '主动公开政府信息100条，其中政策文件30条（含解读10条），工作动态70条。',
    '主动公开政府信息100条，其中政策文件30条、工作动态20条等。', // an open list that falls short
    '主动公开政府信息100条，其中政策文件30条。', // one item: a partial breakdown
    '共发布街道各类信息 118 条,其中涉及养老健康服务、公共安全建设等工作动态。',
  ])('agrees or cannot tell: %s', (text) => {
    expect(run(overview(text), 'narrative/disclosure-breakdown')).toEqual([]);
  });

  it('reports parts that do not add up to the total', () => {
    const findings = run(overview('全年共主动公开信息38条，其中履职依据信息1条，走进时庄栏目18条，经济发展3条，要闻推荐3条，基层党建2件，关爱民生10件。'), 'narrative/disclosure-breakdown');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      part: 'overview',
      cellIds: [],
      expected: 38,
      actual: 37,
      message: '总体情况称“主动公开信息38条”，其后分项 1 + 18 + 3 + 3 + 2 + 10 = 37，与合计 38 不符',
    });
  });

  it('reports a breakdown in the next sentence that adds up to more, even with 等', () => {
    const findings = run(overview('主动公开各类信息100条。其中政策文件60条，工作动态50条等。'), 'narrative/disclosure-breakdown');
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([[100, 110]]);
  });

  it('reads consistent reports’ other numbers without firing', () => {
    expect(run(consistentReport(), 'narrative/disclosure-breakdown')).toEqual([]);
    expect(run(proseReport({}, consistentValues()), 'narrative/disclosure-breakdown')).toEqual([]);
  });
});
