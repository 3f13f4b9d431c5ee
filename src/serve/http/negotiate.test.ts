import { describe, expect, it } from 'vitest';
import { mediaType, wantsTable } from './negotiate.js';

// Accept headers as kubectl 1.33 sends them (shared/reference/kubectl-wire.md, table of abbreviations).
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

describe('negotiation', () => {
  it('recognises the Table Accept of human-readable get, and nothing else', () => {
    expect(wantsTable(TABLE)).toBe(true);
    expect(wantsTable('application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json')).toBe(true);
    expect(wantsTable('application/json')).toBe(false);
    expect(wantsTable('application/vnd.kubernetes.protobuf,application/json')).toBe(false);
    expect(wantsTable('application/json, */*')).toBe(false);
    expect(wantsTable('')).toBe(false);
    expect(wantsTable('application/json;as=Table;v=v2;g=meta.k8s.io')).toBe(false);
  });

  it('strips media type parameters', () => {
    expect(mediaType('application/json; charset=utf-8')).toBe('application/json');
    expect(mediaType('Application/Merge-Patch+JSON')).toBe('application/merge-patch+json');
    expect(mediaType(undefined)).toBe('');
  });
});
