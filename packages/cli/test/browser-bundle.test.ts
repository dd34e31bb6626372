// Core, rules, render and the text/HTML/Markdown parsing must run in browsers. Bundling them for the
// browser platform fails on any Node built-in; running the bundle in a bare context with only what
// browsers provide shows nothing reaches for Node at run time either.
import vm from 'node:vm';
import { build } from 'esbuild';
import { seed } from '@nianbao/fixtures';
import { describe, expect, it } from 'vitest';

const entry = `
  import { parseText } from '@nianbao/parse';
  import { check } from '@nianbao/rules';
  import { renderMarkdown, renderFindings } from '@nianbao/render';
  import { flattenCells } from '@nianbao/core';
  globalThis.nianbao = (text) => {
    const { report, diagnostics } = parseText(text);
    const findings = check(report);
    return { cells: flattenCells(report), agency: report.metadata.agency, findings: findings.map((f) => f.ruleId),
      markdown: renderMarkdown(report), text: renderFindings(findings, { format: 'text' }), diagnostics: diagnostics.length };
  };
`;

describe('in a browser', () => {
  it('bundles for the browser platform and reads, checks and renders a report with browser globals only', async () => {
    const bundle = await build({
      stdin: { contents: entry, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      conditions: ['@nianbao/source'],
      write: false,
      logLevel: 'silent',
      // The DOCX and PDF adapters load on demand; a browser app gets them as separate chunks.
      external: ['./docx-adapter.js', './pdf-adapter.js'],
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);

    const browserGlobals = { TextDecoder, TextEncoder, structuredClone, console, Intl, URL, queueMicrotask, setTimeout };
    const context = vm.createContext({ ...browserGlobals });
    vm.runInContext(code, context);
    const s = seed('002');
    const result = vm.runInContext('nianbao', context)(s.text);
    expect(JSON.parse(JSON.stringify(result.cells))).toEqual(s.truth.cells);
    expect(result.agency).toBe(s.truth.agency);
    expect(result.findings).toEqual(['section1/length', 'cell/blank', 'section5/content']);
    expect(result.markdown).toContain('行政强制');
    expect(result.text).toContain('行政强制');
    expect(vm.runInContext('typeof process', context)).toBe('undefined');
  }, 60_000);
});
