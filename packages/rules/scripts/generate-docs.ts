// Writes docs/rules.md from the rules' metadata; test/docs.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from '../src/docs.js';

const target = new URL('../../../docs/rules.md', import.meta.url);
writeFileSync(target, renderRuleDocs());
console.log(`wrote ${target.pathname}`);
