// Writes schema/report.schema.json from the zod schema; test/json-schema.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/index.js';

const target = new URL('../schema/report.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
