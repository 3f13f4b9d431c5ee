/**
 * CronJob schedules with the semantics of github.com/robfig/cron/v3 `ParseStandard`, which
 * Kubernetes uses (reference §4.6): five fields, `*`/`?`, lists, ranges, steps, month and
 * weekday names, descriptors (@yearly … @hourly, @every <duration>), an optional
 * `TZ=`/`CRON_TZ=` prefix. Parsing and its error texts follow robfig's parser.go; the
 * calendar arithmetic (time zones included) is cron-parser's, fed with the expanded fields.
 *
 * robfig's day rule: when day-of-month or day-of-week is a star (`*` or `?`, but not a
 * stepped `*∕2`), a day must match both fields; when both are restricted, either one.
 * cron-parser is only ever given an unambiguous form (one of the two day fields `*`); the
 * "either" case is the earlier of two such expressions.
 */
import { CronExpressionParser, type CronExpression } from 'cron-parser';

interface Bounds { min: number; max: number; names?: Record<string, number> }

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = { min: 1, max: 12, names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 } };
const DOW: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};

interface Field { values: number[]; star: boolean }

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** strconv.Atoi on a non-number: `strconv.Atoi: parsing "x": invalid syntax`. */
function parseUint(expr: string): Parsed<number> {
  if (!/^[+-]?\d+$/.test(expr)) return { ok: false, error: `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax` };
  const n = Number(expr);
  if (n < 0) return { ok: false, error: `negative number (${n}) not allowed: ${expr}` };
  return { ok: true, value: n };
}

function intOrName(expr: string, b: Bounds): Parsed<number> {
  const named = b.names?.[expr.toLowerCase()];
  return named !== undefined ? { ok: true, value: named } : parseUint(expr);
}

/** robfig getRange: `number | number "-" number [ "/" number ]`, or `*`/`?` with an optional step. */
function parseRange(expr: string, b: Bounds, out: Set<number>): Parsed<boolean> {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = b.min;
    end = b.max;
    star = true;
  } else {
    const s = intOrName(lowAndHigh[0], b);
    if (!s.ok) return s;
    start = end = s.value;
    if (lowAndHigh.length === 2) {
      const e = intOrName(lowAndHigh[1], b);
      if (!e.ok) return e;
      end = e.value;
    } else if (lowAndHigh.length > 2) return { ok: false, error: `too many hyphens: ${expr}` };
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const s = parseUint(rangeAndStep[1]);
    if (!s.ok) return s;
    step = s.value;
    // "N/step" means "N-max/step".
    if (single) end = b.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) return { ok: false, error: `too many slashes: ${expr}` };
  if (start < b.min) return { ok: false, error: `beginning of range (${start}) below minimum (${b.min}): ${expr}` };
  if (end > b.max) return { ok: false, error: `end of range (${end}) above maximum (${b.max}): ${expr}` };
  if (start > end) return { ok: false, error: `beginning of range (${start}) beyond end of range (${end}): ${expr}` };
  if (step === 0) return { ok: false, error: `step of range should be a positive number: ${expr}` };
  for (let i = start; i <= end; i += step) out.add(i);
  return { ok: true, value: star };
}

function parseField(field: string, b: Bounds): Parsed<Field> {
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter(Boolean)) {
    const r = parseRange(expr, b, values);
    if (!r.ok) return r;
    star ||= r.value;
  }
  return { ok: true, value: { values: [...values].sort((a, c) => a - c), star } };
}

/** Go's time.ParseDuration for the units a schedule may use; undefined if malformed. */
function goDurationMs(text: string): number | undefined {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) { total += Number(m[1]) * units[m[2]]; pos = re.lastIndex; }
  return pos === text.length && pos > 0 ? total : undefined;
}

/** A parsed schedule: `next(t)` is the first activation strictly after `t` (ms), or undefined if none. */
export interface CronSchedule {
  next(afterMs: number): number | undefined;
}

class EverySchedule implements CronSchedule {
  constructor(private readonly delayMs: number) {}
  /** robfig ConstantDelaySchedule: t + delay, with t's sub-second part dropped. */
  next(t: number): number { return Math.floor(t / 1000) * 1000 + this.delayMs; }
}

class SpecSchedule implements CronSchedule {
  private readonly exprs: (CronExpression | undefined)[];
  /**
   * Consecutive activations found so far (each the next of the one before) and their
   * minute of the hour in the schedule's zone: a query inside the chain is a binary
   * search, and within one local hour the next activation is the next listed minute, so
   * cron-parser is asked only when a run crosses into another hour.
   */
  private chain: number[] = [];
  private chainMinute: number[] = [];
  /** Answers for query times outside the chain (the controller asks about the same few instants). */
  private readonly memo = new Map<number, number | undefined>();
  constructor(texts: string[], tz: string, private readonly minutes: number[]) {
    this.exprs = texts.map((text) => {
      try {
        return CronExpressionParser.parse(text, { tz, currentDate: new Date(0) });
      } catch {
        return undefined; // e.g. Feb 31: valid for robfig, never fires.
      }
    });
  }

  next(t: number): number | undefined {
    const c = this.chain;
    if (c.length && t >= c[0]) {
      // Extend the chain a little past its end; far jumps start a new chain.
      for (let steps = 0; t >= c[c.length - 1] && steps < 4; steps++) if (!this.extend()) return undefined;
      if (t < c[c.length - 1]) {
        let lo = 0;
        let hi = c.length - 1;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (c[mid] <= t) lo = mid;
          else hi = mid;
        }
        const answer = c[hi];
        if (c.length > 512) { this.chain = c.slice(-256); this.chainMinute = this.chainMinute.slice(-256); }
        return answer;
      }
    }
    if (this.memo.has(t)) return this.memo.get(t);
    const n = this.compute(t);
    if (this.memo.size > 256) this.memo.clear();
    this.memo.set(t, n?.at);
    // A chain starts at an activation (n's predecessor is unknown); an older chain is kept
    // unless this query lies beyond it.
    if (!c.length || t >= c[c.length - 1]) {
      this.chain = n ? [n.at] : [];
      this.chainMinute = n ? [n.minute] : [];
    }
    return n?.at;
  }

  /** Appends the activation after the chain's last one; false if there is none. */
  private extend(): boolean {
    const last = this.chain[this.chain.length - 1];
    const minute = this.chainMinute[this.chainMinute.length - 1];
    const later = this.minutes.find((m) => m > minute);
    const n = later !== undefined ? { at: last + (later - minute) * 60_000, minute: later } : this.compute(last);
    if (!n) return false;
    this.chain.push(n.at);
    this.chainMinute.push(n.minute);
    return true;
  }

  /** The first activation strictly after `t`'s whole second, from cron-parser. */
  private compute(t: number): { at: number; minute: number } | undefined {
    let best: { at: number; minute: number } | undefined;
    for (const e of this.exprs) {
      if (!e) continue;
      e.reset(new Date(Math.floor(t / 1000) * 1000));
      try {
        const d = e.next();
        const at = d.getTime();
        if (!best || at < best.at) best = { at, minute: d.getMinutes() };
      } catch { /* no later activation */ }
    }
    return best;
  }
}

const cache = new Map<string, Parsed<CronSchedule>>();

/**
 * Parses a schedule as robfig/cron `ParseStandard` does, in `timeZone` (IANA name; UTC,
 * the controller's zone, when unset). Errors carry robfig's text.
 */
export function parseSchedule(spec: string, timeZone?: string): Parsed<CronSchedule> {
  const key = `${timeZone ?? ''}\u0000${spec}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = parseUncached(spec, timeZone ?? 'UTC');
    if (cache.size > 1000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

function parseUncached(spec: string, zone: string): Parsed<CronSchedule> {
  if (!spec) return { ok: false, error: 'empty spec string' };
  let s = spec;
  let tz = zone;
  if (s.startsWith('TZ=') || s.startsWith('CRON_TZ=')) {
    const i = s.indexOf(' ');
    const name = s.slice(s.indexOf('=') + 1, i < 0 ? undefined : i);
    if (!isTimeZone(name)) return { ok: false, error: `provided bad location ${name}: unknown time zone ${name}` };
    tz = name;
    s = i < 0 ? '' : s.slice(i).trim();
  }
  if (s.startsWith('@')) {
    if (s.startsWith('@every ')) {
      const d = goDurationMs(s.slice(7));
      if (d === undefined) return { ok: false, error: `failed to parse duration ${s}: time: invalid duration ${JSON.stringify(s.slice(7))}` };
      // robfig Every: at least one second, sub-second parts dropped.
      return { ok: true, value: new EverySchedule(Math.max(1000, Math.floor(d / 1000) * 1000)) };
    }
    const d = DESCRIPTORS[s];
    if (!d) return { ok: false, error: `unrecognized descriptor: ${s}` };
    s = d;
  }
  const fields = s.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) return { ok: false, error: `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]` };
  const parsed: Field[] = [];
  for (const [i, b] of [MINUTES, HOURS, DOM, MONTHS, DOW].entries()) {
    const f = parseField(fields[i], b);
    if (!f.ok) return f;
    parsed.push(f.value);
  }
  const [min, hour, dom, month, dow] = parsed.map((f) => f.values.join(','));
  const [, , domF, , dowF] = parsed;
  const texts = domF.star || dowF.star
    ? [`${min} ${hour} ${domF.star ? '*' : dom} ${month} ${dowF.star ? '*' : dow}`]
    : [`${min} ${hour} ${dom} ${month} *`, `${min} ${hour} * ${month} ${dow}`];
  return { ok: true, value: new SpecSchedule(texts, tz, parsed[0].values) };
}

/** True if `name` is an IANA time zone this runtime knows (Go's time.LoadLocation; "" and "UTC" included). */
export function isTimeZone(name: string): boolean {
  if (name === '' || name === 'UTC') return true;
  if (name === 'Local') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
