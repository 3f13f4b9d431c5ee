// Bundles the compiled program (dist/) into a few ES modules under dist/bundle/, so that a
// `npx kubedojo ...` process loads a handful of files instead of hundreds: Node's module
// loading was most of a short command's start-up time. Dynamic imports stay lazy (code
// splitting); npm packages stay external. Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist/src/cli.js'), join(root, 'dist/grader/batch-worker.js')],
  outdir: join(root, 'dist/bundle'),
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
