import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printJson } from './json.js';
import { listOf, printYaml, yamlKeyLess } from './yaml.js';

// Goldens: testdata/yaml/gen.sh runs the real kubectl (`label --local ... -o json|yaml`);
// we feed its JSON to printYaml and expect its YAML byte for byte.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'yaml');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('printYaml matches kubectl -o yaml', () => {
  it.each(['configmap', 'keys', 'pod', 'edge', 'numbers', 'create-deploy', 'create-cm', 'create-secret', 'create-cronjob'])('%s', (name) => {
    expect(printYaml(JSON.parse(read(`${name}.out.json`)))).toBe(read(`${name}.out.yaml`));
  });
});

describe('yaml details', () => {
  it('orders keys like goyaml.v2 (digits numerically, letters after other runes)', () => {
    const keys = ['a10', 'a9', 'Zed', '_u', '1', 'a-b'];
    const sorted = [...keys].sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
    expect(sorted).toEqual(['_u', '1', 'Zed', 'a-b', 'a9', 'a10']);
  });

  it('wraps several objects in a v1 List', () => {
    // `kubectl get cm a b -o yaml` shape (reference §0 / kubectl get.go).
    const out = printYaml(listOf([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }]));
    expect(out).toBe('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
});

describe('printJson of a typed object keeps the given key order', () => {
  // `kubectl create deployment --dry-run=client -o json` prints Go struct field order.
  it('create deployment', () => {
    const text = read('create-deploy.out.json');
    expect(printJson(JSON.parse(text), { keyOrder: 'insertion' })).toBe(text);
  });
});

describe('printJson matches kubectl -o json (unstructured: sorted keys)', () => {
  it.each(['configmap', 'keys', 'pod', 'edge', 'numbers'])('%s', (name) => {
    const text = read(`${name}.out.json`);
    expect(printJson(JSON.parse(text))).toBe(text);
  });
});

describe('one emitter for kubectl and helm', () => {
  it('escapes runes outside the BMP and prints whole floats past int64/uint64 as floats', () => {
    // Real kubectl 1.32: `kubectl label --local -f n.json a=b -o yaml` with
    // data.k = U+1F600 and spec {big: 1e20, fits: 18446744073709551615, small: 12}.
    const obj = { apiVersion: 'v1', data: { k: '\u{1F600}' }, kind: 'ConfigMap', metadata: { labels: { a: 'b' }, name: 'x' }, spec: { big: 1e20, fits: 18446744073709551615, small: 12 } };
    expect(printYaml(obj)).toBe('apiVersion: v1\ndata:\n  k: "\\U0001F600"\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n  name: x\nspec:\n  big: 1e+20\n  fits: 1.8446744073709552e+19\n  small: 12\n');
  });

  it('writes multi-line keys in the explicit `? key` form and int64s as ints', () => {
    // go-yaml v2 yaml_emitter_check_simple_key: a multi-line scalar is never a simple key.
    expect(printYaml({ 'a\nb': 1n })).toBe('? |-\n  a\n  b\n: 1\n');
  });

  it('indents sequences under their key on request (yaml.v3, Helm toYamlPretty)', () => {
    expect(printYaml({ l: ['x'] }, { indentSequences: true })).toBe('l:\n  - x\n');
    expect(printYaml({ l: ['x'] })).toBe('l:\n- x\n');
  });
});
