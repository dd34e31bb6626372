import {
  PARTS,
  createEmptyReport,
  partHeading,
  type Diagnostic,
  type PartId,
  type Report,
  type SourceLocation,
} from '@nianbao/core';
import { readMetadata, type MetadataParagraph } from './metadata-reader.js';
import { looksTraditional } from './normalize-text.js';
import { matchPartHeading } from './part-headings.js';
import type { SourceDocument, TableRow } from './source-document.js';
import {
  describeRow,
  readTable2,
  readTable3,
  readTable4,
  showsTrial2019Layout,
  showsTrial2019Table3,
  table3ValueColumns,
  type FoundRow,
  type TableReading,
} from './table-readers.js';

/** What the template reader makes of a document. */
export interface TemplateReading {
  readonly report: Report;
  readonly diagnostics: Diagnostic[];
}

// Web pages put these after the article: they end part 六.
const PAGE_FOOTER = /^(?:扫一扫|打印本页|【?打印】?$|【?关闭】?$|关闭窗口|主办单位|主办：|版权所有|网站标识码|上一篇|下一篇|相关链接|分享到|责任编辑)/;

interface RegionRow {
  readonly row: TableRow;
  /** Index of the table block the row belongs to. */
  readonly block: number;
  /** The part whose heading came last before the row (null before the first heading). */
  readonly part: PartId | null;
}

const TABLE_PARTS = { 2: 'activeDisclosure', 3: 'applications', 4: 'reviewLitigation' } as const satisfies Record<number, PartId>;


/**
 * Maps an intermediate document onto the 2021 template: finds the six parts by their headings,
 * reads metadata from what comes before part 一, and reads tables 2, 3 and 4 from the table rows
 * under parts 二, 三 and 四 (or anywhere, when those headings are missing).
 */
export function readTemplate(document: SourceDocument): TemplateReading {
  const report = createEmptyReport();
  const diagnostics: Diagnostic[] = [...document.diagnostics];
  const traditional = looksTraditional(
    document.blocks
      .filter((b) => b.kind === 'paragraph')
      .slice(0, 12)
      .map((b) => b.text)
      .join(''),
  );

  const front: MetadataParagraph[] = [];
  const body = new Map<PartId, string[]>();
  const rows: RegionRow[] = [];
  let current: PartId | null = null;
  let ended = false;
  let lastParagraph: string | null = null;

  for (const [index, block] of document.blocks.entries()) {
    if (ended) break;
    if (block.kind === 'table') {
      for (const row of block.rows) rows.push({ row, block: index, part: current });
      continue;
    }
    const heading = matchPartHeading(block.text, traditional);
    if (heading && report.parts[heading.part].heading === null) {
      current = heading.part;
      report.parts[current] = { heading: block.text, text: '', location: block.location };
      body.set(current, []);
      continue;
    }
    if (current === null) {
      front.push(block);
      continue;
    }
    if (current === 'otherMatters' && PAGE_FOOTER.test(block.text)) {
      ended = true;
      continue;
    }
    body.get(current)!.push(block.text);
    lastParagraph = block.text;
  }
  for (const [part, paragraphs] of body) report.parts[part].text = paragraphs.join('\n');

  for (const part of PARTS) {
    if (report.parts[part.id].heading === null) {
      diagnostics.push({
        code: 'part/missing',
        severity: 'error',
        message: `未找到第${part.numeral}部分“${part.label}”的标题`,
        messageEn: `Part ${part.number} “${part.labelEn}” (${part.label}) was not found`,
        part: part.id,
      });
    }
  }

  const allBody = [...body.values()].flat().join('\n');
  report.metadata = readMetadata(front, allBody, lastParagraph);
  if (report.metadata.year === null) {
    diagnostics.push({ code: 'meta/year-missing', severity: 'warning', message: '未能从标题或统计期限中读出报告年度', messageEn: 'The report year could not be read from the title or the statistical period' });
  }
  if (report.metadata.agency === null) {
    diagnostics.push({ code: 'meta/agency-missing', severity: 'warning', message: '未能从标题或正文中读出发布机关', messageEn: 'The publishing agency could not be read from the title or the body' });
  }

  readTables(report, rows, traditional, diagnostics);
  return { report, diagnostics };
}

function readTables(report: Report, rows: readonly RegionRow[], traditional: boolean, diagnostics: Diagnostic[]): void {
  // Rows under each table's own part; without that part's heading, every row outside the other
  // tables' parts.
  const tableParts: readonly PartId[] = Object.values(TABLE_PARTS);
  const poolOf = (table: 2 | 3 | 4): RegionRow[] => {
    const own = rows.filter((r) => r.part === TABLE_PARTS[table]);
    return own.length > 0 ? own : rows.filter((r) => r.part === null || !tableParts.includes(r.part));
  };
  const describe = (pool: readonly RegionRow[]): FoundRow[] => pool.map((r) => describeRow(r.row, traditional));
  // Table 3 in a grid reads rows with blanks by column (see table3ValueColumns), block by block.
  const describeTable3 = (pool: readonly RegionRow[]): FoundRow[] => {
    const blocks = new Map<number, TableRow[]>();
    for (const r of pool) (blocks.get(r.block) ?? blocks.set(r.block, []).get(r.block)!).push(r.row);
    const valueStarts = new Map<TableRow, number | undefined>();
    for (const blockRows of blocks.values()) table3ValueColumns(blockRows).forEach((start, i) => valueStarts.set(blockRows[i]!, start));
    return pool.map((r) => describeRow(r.row, traditional, valueStarts.get(r.row)));
  };

  const table3Rows = describeTable3(poolOf(3));
  const readings: Record<2 | 3 | 4, TableReading> = {
    2: readTable2(report, describe(poolOf(2)), diagnostics, traditional),
    3: readTable3(report, table3Rows, diagnostics, traditional),
    4: readTable4(report, describe(poolOf(4)), diagnostics),
  };
  report.tables.t2 = { ...report.tables.t2, found: readings[2].found, location: readings[2].location };
  report.tables.t3 = { ...report.tables.t3, found: readings[3].found, location: readings[3].location };
  report.tables.t4 = { ...report.tables.t4, found: readings[4].found, location: readings[4].location };

  const anyTable = readings[2].found || readings[3].found || readings[4].found;
  for (const table of [2, 3, 4] as const) {
    if (readings[table].found) continue;
    const part = TABLE_PARTS[table];
    const location: SourceLocation | undefined = report.parts[part].location ?? undefined;
    diagnostics.push({
      code: 'table/missing',
      severity: 'error',
      message: anyTable
        ? `未找到“${partHeading(part)}”的表格，其单元格均按空白读取`
        : `未找到“${partHeading(part)}”的表格（表格可能以图片形式发布），其单元格均按空白读取`,
      messageEn: anyTable
        ? `The table of part ${PARTS.find((p) => p.id === part)!.number} was not found; its cells are read as blank`
        : `The table of part ${PARTS.find((p) => p.id === part)!.number} was not found (tables may be published as images); its cells are read as blank`,
      part,
      ...(location ? { location } : {}),
    });
  }

  const table2Rows = rows.filter((r) => r.part === TABLE_PARTS[2]).map((r) => r.row);
  if (showsTrial2019Layout(table2Rows.length > 0 ? table2Rows : rows.map((r) => r.row), traditional) || showsTrial2019Table3(table3Rows)) {
    report.templateVersion = '2019-trial';
    diagnostics.push({
      code: 'template/2019-layout',
      severity: 'error',
      message: '表格采用 2019 年试行格式（国办公开办函〔2019〕60号），而非 2021 年格式（国办公开办函〔2021〕30号）',
      messageEn: 'The tables follow the 2019 trial format (国办公开办函〔2019〕60号), not the 2021 template (国办公开办函〔2021〕30号)',
      part: 'activeDisclosure',
    });
  } else if (anyTable || PARTS.some((p) => report.parts[p.id].heading !== null)) {
    report.templateVersion = '2021';
  }
}
