// Expected orders come from Go's own sort.Sort on the same keys (a Less on the key only, so
// ties show the algorithm's order), printed by a small Go program with the toolchain
// installed here (go1.19.8, the first release with pdqsort). Inputs that make pdqsort
// break patterns are left out: go1.22+ (which kubectl 1.33 is built with) changed the
// xorshift constants from (13, 17, 5) to (13, 7, 17), and go-sort.ts follows the newer one.
import { describe, expect, it } from 'vitest';
import { goSort } from './go-sort.js';
import CASES from './testdata/go-sort-cases.json' with { type: 'json' };

describe('goSort (Go sort.Sort order for ties)', () => {
  for (const [i, [keys, ids]] of (CASES as [number[], number[]][]).entries()) {
    it(`case ${i + 1}: ${keys.length} keys`, () => {
      const items = keys.map((key, id) => ({ key, id }));
      expect(goSort(items, (a, b) => a.key < b.key).map((x) => x.id)).toEqual(ids);
    });
  }
});
