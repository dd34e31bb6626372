import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs } from '../src/docs.js';
import { rules } from '../src/index.js';

describe('docs/rules.md', () => {
  it('is current (regenerate with `npx -y pnpm@10.34.9 --filter @nianbao/rules generate`)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRuleDocs());
  });

  it('documents every rule in Chinese and English', () => {
    const markdown = renderRuleDocs();
    for (const { meta } of rules) {
      expect(markdown).toContain(`### \`${meta.id}\``);
      expect(markdown).toContain(meta.docs.description);
      expect(markdown).toContain(meta.docs.descriptionEn);
      expect(markdown).toContain(meta.docs.rationale);
    }
  });
});

describe('source layout', () => {
  it('has one kebab-case file per built-in rule under src/rules/', () => {
    const files = readdirSync(new URL('../src/rules/', import.meta.url)).filter((f) => f !== 'index.ts');
    expect(files.sort()).toEqual(rules.map((rule) => `${rule.meta.id.replace('/', '-')}.ts`).sort());
  });

  it('imports nothing from node in src (it must run in browsers)', () => {
    const dir = new URL('../src/', import.meta.url);
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of sources) expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/from 'node:|require\(/);
  });
});
