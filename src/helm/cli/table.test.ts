import { describe, expect, it } from 'vitest';
import { uitable } from './table.js';

describe('uitable as helm prints tables', () => {
  it('pads every cell, the last column too, and joins with tabs (cmd/helm/testdata/output/list.txt)', () => {
    const got = uitable([
      ['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION'],
      ['hummingbird', 'default', '1', '2016-01-16 00:00:03 +0000 UTC', 'deployed', 'chickadee-1.0.0', '0.0.1'],
      ['rocket', 'default', '1', '2016-01-16 00:00:02 +0000 UTC', 'failed', 'chickadee-1.0.0', '0.0.1'],
    ]);
    expect(got).toBe(
      'NAME       \tNAMESPACE\tREVISION\tUPDATED                      \tSTATUS  \tCHART          \tAPP VERSION\n'
      + 'hummingbird\tdefault  \t1       \t2016-01-16 00:00:03 +0000 UTC\tdeployed\tchickadee-1.0.0\t0.0.1      \n'
      + 'rocket     \tdefault  \t1       \t2016-01-16 00:00:02 +0000 UTC\tfailed  \tchickadee-1.0.0\t0.0.1      \n',
    );
  });

  it('history layout (cmd/helm/testdata/output/history.txt)', () => {
    const got = uitable([
      ['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'],
      ['1', 'Fri Sep  2 22:04:05 1977', 'superseded', 'foo-0.1.0-beta.1', '1.0', 'Release mock'],
      ['4', 'Fri Sep  2 22:04:05 1977', 'deployed', 'foo-0.1.0-beta.1', '1.0', 'Release mock'],
    ]);
    expect(got).toBe(
      'REVISION\tUPDATED                 \tSTATUS    \tCHART           \tAPP VERSION\tDESCRIPTION \n'
      + '1       \tFri Sep  2 22:04:05 1977\tsuperseded\tfoo-0.1.0-beta.1\t1.0        \tRelease mock\n'
      + '4       \tFri Sep  2 22:04:05 1977\tdeployed  \tfoo-0.1.0-beta.1\t1.0        \tRelease mock\n',
    );
  });

  it('cuts cells past the max column width to width-3 characters and "..." (helm search)', () => {
    const long = 'x'.repeat(60);
    expect(uitable([['A'], [long]], 50)).toBe(`A${' '.repeat(49)}\n${'x'.repeat(47)}...\n`);
  });
});
