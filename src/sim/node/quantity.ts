/**
 * Resource quantities as the scheduler needs them: cpu in millicores, everything else in
 * bytes/units (apimachinery `resource.Quantity`, enough of it for requests and capacity).
 */

const SUFFIX: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** The numeric value of a quantity (`500m` → 0.5, `1Gi` → 1073741824); NaN if unparsable. */
export function quantityValue(q: string | number | undefined): number {
  if (q === undefined) return 0;
  if (typeof q === 'number') return q;
  const m = /^([+-]?[0-9.]+)(?:[eE]([+-]?\d+))?([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return NaN;
  const mult = SUFFIX[m[3]];
  if (mult === undefined) return NaN;
  return Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1) * mult;
}

/** CPU in millicores (`0.5` → 500, `250m` → 250). */
export function milliCpu(q: string | number | undefined): number {
  return Math.ceil(quantityValue(q) * 1000 - 1e-9);
}

/**
 * Memory as the kubelet reports capacity: the machine's MemTotal in Ki, a little under the
 * nominal size (the kernel keeps some), e.g. `8Gi` → `8262722Ki`.
 */
export function memoryKi(q: string): string {
  return `${Math.floor((quantityValue(q) * 0.985) / 1024) + 1}Ki`;
}
