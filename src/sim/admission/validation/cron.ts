/**
 * CronJob schedule parsing errors as the API server reports them (it validates with
 * robfig/cron/v3 ParseStandard: five fields or a descriptor; messages from its parser.go).
 */

interface Bounds { min: number; max: number; names?: Record<string, number> }

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [
  { min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

function parseInt10(expr: string): number | string {
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`;
  const n = Number(expr);
  if (n < 0) return `negative number (${n}) not allowed: ${expr}`;
  return n;
}

function value(expr: string, b: Bounds): number | string {
  const named = b.names?.[expr.toLowerCase()];
  return named !== undefined ? named : parseInt10(expr);
}

function checkRange(expr: string, b: Bounds): string | undefined {
  const slash = expr.split('/');
  const dash = slash[0].split('-');
  if (dash.length > 2) return `too many hyphens: ${expr}`;
  if (slash.length > 2) return `too many slashes: ${expr}`;
  let start: number;
  let end: number;
  if (dash[0] === '*' || dash[0] === '?') { start = b.min; end = b.max; } else {
    const s = value(dash[0], b);
    if (typeof s === 'string') return s;
    start = s;
    if (dash.length === 2) {
      const e = value(dash[1], b);
      if (typeof e === 'string') return e;
      end = e;
    } else end = start;
  }
  if (slash.length === 2) {
    const step = parseInt10(slash[1]);
    if (typeof step === 'string') return step;
    if (step <= 0) return `step of range should be a positive number: ${expr}`;
  }
  if (start < b.min) return `beginning of range (${start}) below minimum (${b.min}): ${expr}`;
  if (end > b.max) return `end of range (${end}) above maximum (${b.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  return undefined;
}

/** The parser's error text for a schedule, or undefined when it parses. */
export function cronScheduleError(schedule: string): string | undefined {
  const spec = schedule.trim();
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec) || spec.startsWith('@every ')) return undefined;
    return `unrecognized descriptor: ${spec}`;
  }
  const fields = spec.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i].split(',')) {
      const err = checkRange(part, FIELDS[i]);
      if (err) return err;
    }
  }
  return undefined;
}
