import { defineConfig } from 'tsup';

const common = { target: 'node20', platform: 'node', sourcemap: false, splitting: false, shims: true } as const;

export default defineConfig([
  // The library, ESM and CJS, with types; the CV-parsing worker is built beside it in both formats.
  { ...common, entry: { index: 'src/index.ts', 'read-worker': 'src/read/worker-entry.ts' }, format: ['esm', 'cjs'], dts: { entry: { index: 'src/index.ts' } }, clean: true },
  // The CLI (bin), ESM only.
  { ...common, entry: { cli: 'src/cli/main.ts' }, format: ['esm'] },
]);
