import { defineConfig } from 'tsup';

// One build for every library package: ESM + CJS + declarations from src/index.ts.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // Declarations are built outside the composite project graph that `tsc -b` type-checks.
  dts: { compilerOptions: { composite: false, emitDeclarationOnly: false } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
});
