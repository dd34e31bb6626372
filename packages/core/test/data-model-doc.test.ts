import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataModelDoc } from '../src/internal/data-model-doc.js';

describe('docs/data-model.md', () => {
  const doc = renderDataModelDoc();

  it('is current (regenerate with `pnpm generate`)', () => {
    expect(readFileSync(new URL('../../../docs/data-model.md', import.meta.url), 'utf8')).toBe(doc);
  });

  it('lists every cell id once, with its labels', () => {
    const ids = [...doc.matchAll(/^\| `(t[234]\.[\w.]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(doc).toContain('| `t3.denied.thirdPartyRights.commercial` | （三）不予公开 4.保护第三方合法权益 | 法人或其他组织 · 商业企业 |');
    expect(doc).toContain('| `t2.fees.amount` | 第二十条第（八）项 行政事业性收费 | 本年收费金额（单位：万元）（可为小数 / may be a decimal） |');
  });
});
