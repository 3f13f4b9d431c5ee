/** `.Files` behaviour ported from helm/helm v3.21.4 pkg/engine/files_test.go. */
import { describe, expect, it } from 'vitest';
import { GoStruct } from '../template/values.js';
import { capabilitiesStruct, filesStruct } from './context.js';

const cases = [
  { name: 'ship/captain.txt', data: 'The Captain' },
  { name: 'ship/stowaway.txt', data: 'Legatt' },
  { name: 'story/name.txt', data: 'The Secret Sharer' },
  { name: 'story/author.txt', data: 'Joseph Conrad' },
  { name: 'multiline/test.txt', data: 'bar\nfoo\n' },
  { name: 'multiline/test_with_blank_lines.txt', data: 'bar\nfoo\n\n\n' },
  { name: 'empty/empty.txt', data: '' },
  { name: 'empty/newline_only.txt', data: '\n' },
];

const f = filesStruct(cases);
const call = (s: GoStruct, m: string, ...a: unknown[]): unknown => s.methods[m]!.fn(...a);

describe('.Files (files_test.go)', () => {
  it('Get', () => {
    expect(call(f, 'Get', 'story/author.txt')).toBe('Joseph Conrad');
    expect(call(f, 'Get', 'nope')).toBe('');
  });
  it('Glob + AsConfig', () => {
    expect(call(call(f, 'Glob', '**/captain.txt') as GoStruct, 'AsConfig')).toBe('captain.txt: The Captain');
    expect(call(call(f, 'Glob', 'ship/**') as GoStruct, 'AsConfig')).toBe('captain.txt: The Captain\nstowaway.txt: Legatt');
  });
  it('AsSecrets', () => {
    expect(call(call(f, 'Glob', 'ship/**') as GoStruct, 'AsSecrets')).toBe('captain.txt: VGhlIENhcHRhaW4=\nstowaway.txt: TGVnYXR0');
  });
  it('Lines', () => {
    expect(call(f, 'Lines', 'multiline/test.txt')).toEqual(['bar', 'foo']);
    expect(call(f, 'Lines', 'empty/empty.txt')).toEqual([]);
    expect(call(f, 'Lines', 'empty/newline_only.txt')).toEqual(['']);
    expect(call(f, 'Lines', 'nonexistent.txt')).toEqual([]);
  });
});

describe('.Capabilities', () => {
  it('reports the kube version parts and answers APIVersions.Has (capabilities.go)', () => {
    const c = capabilitiesStruct('v1.33.0');
    const kv = c.fields.KubeVersion as GoStruct;
    expect([kv.fields.Version, kv.fields.Major, kv.fields.Minor, call(kv, 'GitVersion')]).toEqual(['v1.33.0', '1', '33', 'v1.33.0']);
    const apis = c.fields.APIVersions as GoStruct;
    expect([call(apis, 'Has', 'apps/v1'), call(apis, 'Has', 'apps/v1/Deployment'), call(apis, 'Has', 'extensions/v1beta1')]).toEqual([true, true, false]);
  });
});
