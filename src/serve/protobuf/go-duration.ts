/**
 * Go's time.Duration.String(), the JSON form of metav1.Duration: "1h0m0s", "1.5s", "300ms",
 * "2µs", "0s". Same algorithm as Go's Duration.format, in bigint nanoseconds.
 */

/** `.12` for v = 12 with prec 2 digits; trailing zeros dropped, nothing when the fraction is 0. */
function fraction(v: bigint, prec: number): { text: string; rest: bigint } {
  const scale = 10n ** BigInt(prec);
  const frac = v % scale;
  if (frac === 0n) return { text: '', rest: v / scale };
  const digits = frac.toString().padStart(prec, '0').replace(/0+$/, '');
  return { text: '.' + digits, rest: v / scale };
}

/** Formats a duration given in nanoseconds as Go prints it. */
export function formatGoDuration(ns: bigint): string {
  const neg = ns < 0n;
  const u = neg ? -ns : ns;
  const sign = neg ? '-' : '';
  if (u === 0n) return '0s';
  if (u < 1_000_000_000n) {
    const [prec, unit] = u < 1_000n ? [0, 'ns'] : u < 1_000_000n ? [3, 'µs'] : [6, 'ms'];
    const { text, rest } = fraction(u, prec);
    return `${sign}${rest}${text}${unit}`;
  }
  const { text, rest: totalSeconds } = fraction(u, 9);
  const seconds = `${totalSeconds % 60n}${text}s`;
  const totalMinutes = totalSeconds / 60n;
  if (totalMinutes === 0n) return sign + seconds;
  const minutes = `${totalMinutes % 60n}m`;
  const hours = totalMinutes / 60n;
  return sign + (hours > 0n ? `${hours}h` : '') + minutes + seconds;
}
