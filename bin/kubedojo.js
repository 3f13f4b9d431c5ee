#!/usr/bin/env node
// Thin launcher: the program is compiled and bundled by `npm install` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const candidates = [join(here, '..', 'dist', 'bundle', 'cli.js'), join(here, '..', 'dist', 'src', 'cli.js')];
const entry = candidates.find((p) => existsSync(p));
if (!entry) {
  process.stderr.write('kubedojo: the compiled program is missing; run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
