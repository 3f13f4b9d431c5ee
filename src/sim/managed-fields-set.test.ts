// Field sets as structured-merge-diff spells them: FieldsV1 (fieldpath/serialize.go) and
// path strings in conflict messages (fieldpath/element.go PathElement.String, path.go).
import { describe, expect, it } from 'vitest';
import { difference, emptySet, fromFieldsV1, hasPath, insertPath, keyPE, pathString, toFieldsV1, union, valuePE } from './managed-fields-set.js';

describe('field sets', () => {
  it('writes a member that has children as "." inside it (serialize.go emitContentsV1)', () => {
    const s = emptySet();
    insertPath(s, ['f:spec', 'f:containers', 'k:{"name":"nginx"}']);
    insertPath(s, ['f:spec', 'f:containers', 'k:{"name":"nginx"}', 'f:image']);
    insertPath(s, ['f:metadata', 'f:labels', 'f:app']);
    expect(toFieldsV1(s)).toEqual({
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': { 'f:containers': { 'k:{"name":"nginx"}': { '.': {}, 'f:image': {} } } },
    });
  });

  it('reads FieldsV1 back to the same members', () => {
    // The example entry of the Server-Side Apply documentation (a ConfigMap applied by kubectl).
    const fields = { 'f:metadata': { 'f:labels': { 'f:test-label': {} } }, 'f:data': { 'f:key': {} } };
    const s = fromFieldsV1(fields);
    expect(hasPath(s, ['f:data', 'f:key'])).toBe(true);
    expect(hasPath(s, ['f:data'])).toBe(false);
    expect(toFieldsV1(s)).toEqual(fields);
  });

  it('keys list items by their key fields in sorted order (fieldpath.KeyByFields)', () => {
    expect(keyPE({ protocol: 'TCP', containerPort: 80 })).toBe('k:{"containerPort":80,"protocol":"TCP"}');
    expect(valuePE('foregroundDeletion')).toBe('v:"foregroundDeletion"');
  });

  it('prints paths as conflict messages do: .field, [key=value] with strings quoted, [=value], [index]', () => {
    expect(pathString(['f:spec', 'f:replicas'])).toBe('.spec.replicas');
    expect(pathString(['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"nginx"}', 'f:image'])).toBe('.spec.template.spec.containers[name="nginx"].image');
    expect(pathString(['f:spec', 'f:ports', 'k:{"port":80,"protocol":"TCP"}'])).toBe('.spec.ports[port=80,protocol="TCP"]');
    expect(pathString(['f:metadata', 'f:finalizers', 'v:"a"'])).toBe('.metadata.finalizers[="a"]');
    expect(pathString(['f:args', 'i:0'])).toBe('.args[0]');
  });

  it('takes away members only, not the subtree below a member (Set.Difference)', () => {
    const a = emptySet();
    insertPath(a, ['f:spec', 'f:x']);
    insertPath(a, ['f:spec', 'f:x', 'f:y']);
    const b = emptySet();
    insertPath(b, ['f:spec', 'f:x']);
    const d = difference(a, b);
    expect(hasPath(d, ['f:spec', 'f:x'])).toBe(false);
    expect(hasPath(d, ['f:spec', 'f:x', 'f:y'])).toBe(true);
    expect(toFieldsV1(union(d, b))).toEqual(toFieldsV1(a));
  });
});
