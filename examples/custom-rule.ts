/**
 * Add a rule of your own, shaped like the built-in ones: metadata plus a check function that
 * reports through the context. This one asks supervising offices' favourite question: did an agency
 * that received applications grant at least one in full?
 * Run: pnpm example examples/custom-rule.ts
 */
import { readFile } from 'node:fs/promises';
import { parseText } from '@nianbao/parse';
import { check, defineRule } from '@nianbao/rules';

const noneGranted = defineRule({
  meta: {
    id: 'local/none-granted',
    category: 'plausibility',
    defaultSeverity: 'info',
    docs: {
      description: '收到申请但无一予以公开',
      descriptionEn: 'Applications received but none granted in full',
      rationale: '本地审核要点：依申请公开应以公开为常态、不公开为例外。',
    },
  },
  check(context) {
    const received = context.values['t3.newReceived.total'];
    const granted = context.values['t3.granted.total'];
    if (received !== null && received > 0 && granted === 0) {
      context.report({
        message: `本年新收申请 ${received} 件，予以公开 0 件，请核实`,
        messageEn: `${received} applications received, none granted in full; please verify`,
        cellIds: ['t3.granted.total', 't3.newReceived.total'],
        actual: granted,
      });
    }
  },
});

const text = await readFile(new URL('./reports/002_f4c4b60e850bcbe0.txt', import.meta.url), 'utf8');
const findings = check(parseText(text).report, { customRules: [noneGranted], rules: { 'section1/length': 'off' } });
for (const f of findings) console.log(`[${f.severity}] ${f.ruleId}: ${f.message}`);
