// Writes what is generated from the data model: schema/report.schema.json and docs/data-model.md.
// test/json-schema.test.ts and test/data-model-doc.test.ts fail when either is stale.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/index.js';
import { renderDataModelDoc } from '../src/internal/data-model-doc.js';

const schema = new URL('../schema/report.schema.json', import.meta.url);
writeFileSync(schema, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
const doc = new URL('../../../docs/data-model.md', import.meta.url);
writeFileSync(doc, renderDataModelDoc());
console.log(`wrote ${schema.pathname}\nwrote ${doc.pathname}`);
