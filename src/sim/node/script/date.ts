/** `date` output in the C locale: `Mon Jun  2 09:00:05 UTC 2025`, plus common `+FORMAT`s. */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(ms: number, fmt = '%a %b %e %H:%M:%S %Z %Y'): string {
  const d = new Date(ms);
  const table: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()], b: () => MONTHS[d.getUTCMonth()], e: () => String(d.getUTCDate()).padStart(2, ' '),
    d: () => p2(d.getUTCDate()), m: () => p2(d.getUTCMonth() + 1), Y: () => String(d.getUTCFullYear()),
    H: () => p2(d.getUTCHours()), M: () => p2(d.getUTCMinutes()), S: () => p2(d.getUTCSeconds()),
    Z: () => 'UTC', s: () => String(Math.floor(ms / 1000)), T: () => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
    F: () => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`, '%': () => '%', N: () => String((ms % 1000) * 1e6).padStart(9, '0'),
  };
  return fmt.replace(/%(.)/g, (m, c: string) => table[c]?.() ?? m);
}
