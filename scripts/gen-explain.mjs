// Generates src/kubectl/explain-data.json for `kubectl explain`: for every type the
// simulator's schema knows (src/sim/schema/k8s-schema.json, itself generated from
// @kubernetes/client-node), the type's description and each field's description and
// whether it is required, taken from the JSDoc of client-node's model .d.ts files
// (OpenAPI v1.33). Field types are copied from the schema so explain needs nothing else.
// Run: node scripts/gen-explain.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@kubernetes/client-node/package.json'));
const modelsDir = join(pkgDir, 'dist', 'gen', 'models');
const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, '..', 'src', 'sim', 'schema', 'k8s-schema.json'), 'utf8'));
const outFile = join(here, '..', 'src', 'kubectl', 'explain-data.json');

/** The text of a JSDoc block: ` * ` prefixes removed, lines joined, `\"` and `\'` unescaped. */
function docText(block) {
  return block
    .split('\n')
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/\s*$/, ''))
    .filter((l, i, all) => !(l === '' && (i === 0 || i === all.length - 1)))
    .join('\n')
    .replace(/\\(["'])/g, '$1')
    .trim();
}

/** Parses one model .d.ts: the class doc and each property's doc and optionality. */
function parseModel(text) {
  const cls = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export declare class (\w+)/.exec(text.slice(text.indexOf('*/') + 2));
  if (!cls) return undefined;
  const body = text.slice(text.indexOf(`export declare class ${cls[2]}`));
  const fields = {};
  const re = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?'([^']+)'(\??):/g;
  let m;
  while ((m = re.exec(body))) fields[m[2]] = { d: m[1] ? docText(m[1]) : '', required: m[3] !== '?' };
  return { name: cls[2], d: docText(cls[1]), fields };
}

const models = {};
for (const file of readdirSync(modelsDir).filter((f) => f.endsWith('.d.ts'))) {
  const parsed = parseModel(readFileSync(join(modelsDir, file), 'utf8'));
  if (parsed) models[parsed.name] = parsed;
}

const types = {};
for (const [name, fieldTypes] of Object.entries(schema.types)) {
  const model = models[name];
  const f = {};
  for (const [field, t] of Object.entries(fieldTypes)) {
    const info = model?.fields[field];
    f[field] = { t, ...(info?.d ? { d: info.d } : {}), ...(info?.required ? { r: 1 } : {}) };
  }
  types[name] = { ...(model?.d ? { d: model.d } : {}), f };
}
const source = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
writeFileSync(outFile, JSON.stringify({ source: `@kubernetes/client-node ${source.version}`, kinds: schema.kinds, types }) + '\n');
console.log(`wrote ${outFile}: ${Object.keys(schema.kinds).length} kinds, ${Object.keys(types).length} types`);
