import { z } from 'zod';
import { ReportSchema } from './report.js';

/**
 * The JSON Schema (draft 2020-12) of a {@link Report}, for tools outside TypeScript.
 * The same document ships as `@nianbao/core/report.schema.json`.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://nianbao.dev/schema/report.schema.json',
    title: 'nianbao Report',
    description: '政府信息公开工作年度报告 (2021 template, 国办公开办函〔2021〕30号) read into cells, parts and metadata',
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
  };
}
