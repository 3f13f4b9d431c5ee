import { describe, expect, it } from 'vitest';
import { parseManifestText } from './manifests.js';

// Behaviour of k8s.io/cli-runtime's resource builder (visitor.go, YAML/JSON decoder).
describe('parseManifestText', () => {
  it('splits YAML streams on --- and skips empty documents', () => {
    const r = parseManifestText('---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n', 'x.yaml');
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => o.object.metadata.name)).toEqual(['a', 'b']);
    expect(r.objects[0].source).toBe('x.yaml');
  });
  it('expands a List into its items', () => {
    const r = parseManifestText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }] }), 'l.json');
    expect(r.objects.map((o) => o.object.kind)).toEqual(['Pod']);
  });
  it('keeps the documents before a broken one and words the YAML error as kubectl', () => {
    // kubectl: error parsing x.yaml: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context
    const r = parseManifestText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n   x: 1\n', 'x.yaml');
    expect(r.objects.map((o) => o.object.metadata.name)).toEqual(['ok']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^error parsing x\.yaml: error converting YAML to JSON: yaml: line \d+: /);
  });
  it('reports a document without kind', () => {
    const r = parseManifestText('apiVersion: v1\nmetadata:\n  name: x\n', 'x.yaml');
    expect(r.errors).toEqual([`unable to decode "x.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'`]);
  });
});

// Malformed files and the messages the kubectl client printed for them (`kubectl create -f F
// --validate=false`, which parses before contacting the server); shown after `error: `.
const MALFORMED: [string, string, string][] = [
  ["b1.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: 1\n", "error parsing b1.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key"],
  ["b3.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n", "error parsing b3.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token"],
  ["b4.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"x\n", "error parsing b4.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream"],
  ["b6.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n c: d\n", "error parsing b6.yaml: error converting YAML to JSON: yaml: line 6: did not find expected key"],
  ["b7.yaml", "apiVersion: v1\nkind: Deployment\nspec:\n  containers:\n    - name: a\n    image: b\n", "error parsing b7.yaml: error converting YAML to JSON: yaml: line 5: did not find expected '-' indicator"],
  ["b8.yaml", "- a\n- b\n", "unable to decode \"b8.yaml\": json: cannot unmarshal array into Go value of type unstructured.detector"],
  ["b9.yaml", "apiVersion: v1\nkind ConfigMap\nmetadata:\n  name: x\n", "error parsing b9.yaml: error converting YAML to JSON: yaml: line 3: could not find expected ':'"],
  ["c1.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x: y\n", "error parsing c1.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context"],
  ["c2.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: b\n", "error parsing c2.yaml: error converting YAML to JSON: yaml: line 5: did not find expected ',' or '}'"],
  ["c3.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [1, 2\n", "error parsing c3.yaml: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'"],
  ["c4.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n    foo: y\n", "error parsing c4.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"],
];

describe('YAML errors worded as go-yaml words them', () => {
  for (const [name, text, expected] of MALFORMED) {
    it(name, () => expect(parseManifestText(text, name).errors).toEqual([expected]));
  }
});

// JSON files: messages from the kubectl client for the same malformed documents.
describe('JSON errors worded as encoding/json words them', () => {
  it.each([
    ['j1.json', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x",}}\n', "error parsing j1.json: json: offset 68: invalid character '}' looking for beginning of object key string"],
    ['j2.json', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": x}}\n', "error parsing j2.json: json: offset 64: invalid character 'x' looking for beginning of value"],
    ['j3.json', '{"apiVersion": "v1", "kind": "ConfigMap"\n', 'error parsing j3.json: unexpected EOF'],
  ])('%s', (name, text, expected) => expect(parseManifestText(text, name).errors).toEqual([expected]));
});

describe('YAML 1.1 booleans (go-yaml v2, as kubectl decodes manifests)', () => {
  // shared/reference/kubectl-wire.md §5.8, and kubectl.1.33 against serve: `app: y` in template labels gives
  // "json: cannot unmarshal bool into Go struct field ObjectMeta.spec.template.metadata.labels of type string":
  // kubectl turned the plain scalar into a boolean before sending it.
  it('reads y/yes/on/n/no/off as booleans and quoted ones as strings', () => {
    const r = parseManifestText('kind: ConfigMap\ndata:\n  a: y\n  b: Off\n  c: "yes"\n  d: YES\n  e: maybe\n  f: true\n', 'f.yaml');
    expect(r.objects[0].object.data).toEqual({ a: true, b: false, c: 'yes', d: true, e: 'maybe', f: true });
  });
});

describe('schema validation of apiVersion and kind', () => {
  // Observed with kubectl.1.33 (create -f / apply -f, default --validate=strict).
  const msg = (what: string) => `error validating "f.yaml": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`;
  it('reports what is not set before decoding', () => {
    expect(parseManifestText('apiVersion: v1\nmetadata:\n  name: a\n', 'f.yaml', { validate: true }).errors).toEqual([msg('kind not set')]);
    expect(parseManifestText('kind: ConfigMap\nmetadata:\n  name: a\n', 'f.yaml', { validate: true }).errors).toEqual([msg('apiVersion not set')]);
    expect(parseManifestText('metadata:\n  name: a\n', 'f.yaml', { validate: true }).errors).toEqual([msg('[apiVersion not set, kind not set]')]);
  });
  it('without validation the decoder complains about the kind', () => {
    expect(parseManifestText('apiVersion: v1\nmetadata:\n  name: nokind\n', 'f.yaml').errors).toEqual([`unable to decode "f.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"nokind"}}'`]);
  });
});
