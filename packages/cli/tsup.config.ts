import { defineConfig } from 'tsup';

// The CLI ships as ESM only (its dependency cac is ESM-only); bin.ts keeps its hashbang.
export default defineConfig({
  // batch-worker sits beside the bundled code in dist/, where run-batch looks for it.
  entry: { bin: 'src/bin.ts', index: 'src/index.ts', 'batch-worker': 'src/batch/batch-worker.ts' },
  format: ['esm'],
  dts: { entry: 'src/index.ts', compilerOptions: { composite: false, emitDeclarationOnly: false } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
