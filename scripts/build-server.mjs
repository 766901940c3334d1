import { fileURLToPath, URL } from 'node:url';
import { build } from 'esbuild';

// The server as plain JavaScript for `npm start`: node loads one bundle of our modules in about a second, where
// loading each TypeScript module through tsx took about two more (docs/ARCHITECTURE.md, "Start-up"). Packages stay
// in node_modules. The output sits two levels below the root, as the sources do (src/server/paths.ts).
await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: ['src/server/main.ts', 'src/server/security/hashing-child.ts'],
  outdir: 'dist/server',
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
