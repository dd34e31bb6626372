import { defineConfig } from 'tsup';

// The CLI ships as ESM only (its dependency cac is ESM-only); bin.ts keeps its hashbang.
export default defineConfig({
  entry: ['src/bin.ts', 'src/index.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts', compilerOptions: { composite: false, emitDeclarationOnly: false } },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
