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
