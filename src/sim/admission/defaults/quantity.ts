/** resource.Quantity values as numbers, enough to compare requests with limits. */

const SUFFIX: Record<string, number> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The numeric value of a quantity string (`500m` → 0.5, `1Gi` → 1073741824); NaN if malformed. */
export function quantityValue(q: unknown): number {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return NaN;
  const m = /^([+-]?[0-9.]+)([eE][-+]?[0-9]+|[a-zA-Z]*)$/.exec(q.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  if (/^[eE]/.test(m[2])) return n * 10 ** Number(m[2].slice(1));
  const mult = SUFFIX[m[2]];
  return mult === undefined ? NaN : n * mult;
}
