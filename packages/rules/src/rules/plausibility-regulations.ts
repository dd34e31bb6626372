import { TABLE2_COLUMNS, TABLE2_ROWS, type CellId } from '@nianbao/core';
import { defineRule } from '../define-rule.js';
import { cellName, tableName } from '../labels.js';

const REGULATIONS = TABLE2_ROWS.find((row) => row.id === 'regulations');
const REGULATION_CELLS: readonly CellId[] = (REGULATIONS?.columns ?? []).map((column) => `t2.regulations.${column}` as CellId);

/** Townships, street offices, communities and villages: named by how the name ends. */
const GRASSROOTS = /(?:街道|街道办事处|街道办|乡|镇|乡人民政府|镇人民政府|社区|社区居民委员会|居委会|村|村民委员会|村委会)$/;
/**
 * County-level bodies: a name with 县 / 区 / 旗 — after removing 自治区 and 地区 (provincial and
 * prefectural) and 社区. The county government itself cannot make 规章 either.
 */
const COUNTY_LEVEL = /[县旗]|区(?!域)/;
const NOT_COUNTY = /自治区|地区|特别行政区|社区/g;

/** Which kind of agency cannot make 规章, for the message; null when it may. */
function grassrootsKind(agency: string): string | null {
  const name = agency.replace(/\s+/g, '');
  if (GRASSROOTS.test(name)) return '乡镇、街道或村（社区）';
  if (COUNTY_LEVEL.test(name.replace(NOT_COUNTY, ''))) return '县级政府或其部门';
  return null;
}

/** Numbers in the 规章 row from an agency that has no power to make 规章. */
export const plausibilityRegulations = defineRule({
  meta: {
    id: 'plausibility/regulations',
    category: 'plausibility',
    defaultSeverity: 'warning',
    docs: {
      description:
        '无权制定规章的机关（乡镇、街道、村（社区）、县级政府及其部门）在表二“规章”行填了非零数字——多为把行政规范性文件或上级规章误填入此行。',
      descriptionEn:
        'Non-zero 规章 (rules) counts in table 2 from an agency that cannot make rules (township, street office, community, county government or department) — usually normative documents or a superior’s rules entered in the wrong row.',
      rationale:
        '《立法法》规定，规章只能由国务院部门和省、自治区、直辖市及设区的市、自治州人民政府制定；表二“规章”行只统计本机关制发的规章。',
      rationaleEn:
        'Under the Legislation Law only State Council departments and the governments of provinces and districted cities make rules (规章); table 2 counts the agency’s own rules.',
    },
  },
  check(context) {
    const agency = context.current.metadata.agency;
    if (!agency) return;
    const kind = grassrootsKind(agency);
    if (kind === null) return;
    const nonZero = REGULATION_CELLS.filter((id) => (context.values[id] ?? 0) > 0);
    if (nonZero.length === 0) return;
    const listed = nonZero.map((id) => `${TABLE2_COLUMNS[id.split('.')[2] as keyof typeof TABLE2_COLUMNS].label} ${context.values[id]}`).join('、');
    context.report({
      message: `“${agency}”属于${kind}，无权制定规章，但${tableName(2)}“${REGULATIONS?.label}”行填了${listed}；请核实是否应计入“行政规范性文件”行或填 0（${cellName(nonZero[0] as CellId)}）`,
      messageEn: `${agency} cannot make rules (规章), yet table 2 reports ${nonZero.map((id) => `${id} = ${context.values[id]}`).join(', ')}; check whether these are normative documents or should be 0`,
      cellIds: nonZero,
      expected: 0,
      actual: context.values[nonZero[0] as CellId] ?? null,
    });
  },
});
