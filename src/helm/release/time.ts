/**
 * Go time formatting as Helm prints release times (virtual clock, UTC): time.ANSIC for
 * `helm status`/`history`, time.Time.String() for `helm list`, RFC 3339 nano for JSON.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** Fraction of a second with trailing zeros trimmed (Go's .999999999), '' when whole. */
function fraction(ms: number): string {
  const f = ((ms % 1000) + 1000) % 1000;
  return f === 0 ? '' : `.${String(f).padStart(3, '0').replace(/0+$/, '')}`;
}

/** `Mon Jan _2 15:04:05 2006`: `Mon Jun  2 09:00:00 2025`. */
export function ansic(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** time.Time.String(): `2025-06-02 09:00:00.123 +0000 UTC`. */
export function goTimeString(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}${fraction(ms)} +0000 UTC`;
}

/** RFC 3339 nano as encoding/json writes time.Time: `2025-06-02T09:00:00.123Z`. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString().replace('.000Z', `${fraction(ms)}Z`);
}

/** Parses a stored time ('' → undefined). */
export function parseStored(text: string): number | undefined {
  if (!text) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}
