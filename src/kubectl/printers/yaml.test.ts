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
