/**
 * Schedules against robfig/cron v3 (what Kubernetes uses): parse errors in parser.go's
 * wording, and a property test of `next` against a brute-force walk over minutes using
 * robfig's own matching rule (spec.go `Next`/`dayMatches`: a day matches both day fields
 * when either is a star, otherwise either one).
 */
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../random.js';
import { parseSchedule } from './schedule.js';
import { mostRecentScheduleTime } from './times.js';

const T0 = Date.parse('2025-06-02T09:00:20Z');

function next(spec: string, t: number, tz?: string): number | undefined {
  const p = parseSchedule(spec, tz);
  if (!p.ok) throw new Error(p.error);
  return p.value.next(t);
}

function error(spec: string): string {
  const p = parseSchedule(spec);
  return p.ok ? 'ok' : p.error;
}

describe('parse errors (robfig/cron v3 parser.go)', () => {
  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* 5-4 * * *', 'beginning of range (5) beyond end of range (4): 5-4'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['*//2 * * * *', 'too many slashes: *//2'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    ['TZ=Mars/Olympus * * * * *', 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus'],
  ])('%j → %s', (spec, msg) => expect(error(spec)).toBe(msg));

  it('accepts names, ?, descriptors and @every', () => {
    for (const s of ['0 9 * JAN-mar mon-FRI', '0 0 ? * *', '@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@yearly', '@annually', '@every 1h30m']) {
      expect(error(s)).toBe('ok');
    }
  });
});

/** robfig's SpecSchedule matching, written out from spec.go for a brute-force oracle (UTC). */
function oracle(spec: string, t: number): number | undefined {
  const [mi, h, dom, mo, dow] = spec.split(' ');
  const set = (f: string, min: number, max: number) => {
    const out = new Set<number>();
    let star = false;
    for (const part of f.split(',')) {
      const [range, stepText] = part.split('/');
      const step = stepText ? Number(stepText) : 1;
      let a: number;
      let b: number;
      if (range === '*') { a = min; b = max; if (step === 1) star = true; } else {
        const [x, y] = range.split('-').map(Number);
        a = x;
        b = y ?? (stepText ? max : x);
      }
      for (let i = a; i <= b; i += step) out.add(i);
    }
    return { out, star };
  };
  const M = set(mi, 0, 59); const H = set(h, 0, 23); const D = set(dom, 1, 31); const Mo = set(mo, 1, 12); const W = set(dow, 0, 6);
  for (let m = Math.floor(t / 60_000) + 1; m < Math.floor(t / 60_000) + 60 * 24 * 800; m++) {
    const d = new Date(m * 60_000);
    if (!M.out.has(d.getUTCMinutes()) || !H.out.has(d.getUTCHours()) || !Mo.out.has(d.getUTCMonth() + 1)) continue;
    const dm = D.out.has(d.getUTCDate());
    const wm = W.out.has(d.getUTCDay());
    if (D.star || W.star ? dm && wm : dm || wm) return m * 60_000;
  }
  return undefined;
}

describe('next activation (property test against robfig matching)', () => {
  it('agrees with a minute-by-minute walk for random schedules', () => {
    const r = new SeededRandom(42);
    const pick = (min: number, max: number): string => {
      switch (r.int(5)) {
        case 0: return '*';
        case 1: return `*/${1 + r.int(Math.max(1, Math.floor((max - min) / 2)))}`;
        case 2: { const a = min + r.int(max - min + 1); return `${a}-${a + r.int(max - a + 1)}`; }
        case 3: return `${min + r.int(max - min + 1)},${min + r.int(max - min + 1)}`;
        default: return `${min + r.int(max - min + 1)}`;
      }
    };
    for (let i = 0; i < 150; i++) {
      const spec = [pick(0, 59), pick(0, 23), pick(1, 28), pick(1, 12), pick(0, 6)].join(' ');
      let t = T0 + r.int(86_400_000);
      for (let k = 0; k < 3; k++) {
        const want = oracle(spec, t);
        expect(next(spec, t), `${spec} after ${new Date(t).toISOString()}`).toBe(want);
        if (want === undefined) break;
        t = want + r.int(3) * 1000;
      }
    }
  });

  it('dom and dow both restricted: either matches (1st of the month or Mondays)', () => {
    const t = Date.parse('2025-06-24T00:00:00Z'); // Tuesday
    expect(new Date(next('0 0 1 * 1', t)!).toISOString()).toBe('2025-06-30T00:00:00.000Z');
    expect(new Date(next('0 0 1 * 1', Date.parse('2025-06-30T00:00:00Z'))!).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  it('a stepped star is not a star: */2 in day-of-month with a weekday means either', () => {
    // June 2025: 3rd is a Tuesday (odd day), 4th Wednesday (even); dow 3 = Wednesday.
    expect(new Date(next('0 0 */2 * 3', Date.parse('2025-06-03T00:00:00Z'))!).toISOString()).toBe('2025-06-04T00:00:00.000Z');
  });

  it('time zones: 09:00 in Asia/Seoul is 00:00 UTC', () => {
    expect(new Date(next('0 9 * * *', T0, 'Asia/Seoul')!).toISOString()).toBe('2025-06-03T00:00:00.000Z');
    expect(new Date(next('TZ=Asia/Seoul 0 9 * * *', T0)!).toISOString()).toBe('2025-06-03T00:00:00.000Z');
  });

  it('consecutive runs (the chained fast path) agree with fresh schedules, across zones and a DST change', () => {
    for (const [spec, tz] of [['*/7 * * * *', 'Asia/Kolkata'], ['5,35 * * * *', 'America/New_York'], ['*/1 * * * *', 'UTC']]) {
      let t = Date.parse('2025-03-09T05:00:00Z'); // New York springs forward at 07:00Z
      const chained = parseSchedule(spec, tz);
      if (!chained.ok) throw new Error(chained.error);
      for (let i = 0; i < 300; i++) {
        const fresh = parseSchedule(`${spec} `, tz); // a different cache key: a new, empty chain
        if (!fresh.ok) throw new Error(fresh.error);
        const want = fresh.value.next(t);
        expect(chained.value.next(t), `${spec} ${tz} after ${new Date(t).toISOString()}`).toBe(want);
        t = want!;
      }
    }
  });

  it('@every adds the delay to the whole second', () => {
    expect(next('@every 90s', T0 + 500)).toBe(T0 + 90_000);
  });

  it('Feb 31 never fires', () => expect(next('0 0 31 2 *', T0)).toBeUndefined());
});

describe('mostRecentScheduleTime (cronjob utils.go)', () => {
  const cj = (last?: string, deadline?: number) => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'x', creationTimestamp: '2025-06-02T09:00:20Z' }, spec: { startingDeadlineSeconds: deadline }, status: { lastScheduleTime: last } });
  const sched = (s: string) => { const p = parseSchedule(s); if (!p.ok) throw new Error(p.error); return p.value; };
  it('nothing due before the first time; one due; many missed', () => {
    expect(mostRecentScheduleTime(cj(), T0 + 30_000, sched('*/1 * * * *'), true)).toEqual({ earliest: T0, missed: 'none' });
    expect(mostRecentScheduleTime(cj(), T0 + 45_000, sched('*/1 * * * *'), true).mostRecent).toBe(Date.parse('2025-06-02T09:01:00Z'));
    const many = mostRecentScheduleTime(cj(), Date.parse('2025-06-02T11:00:30Z'), sched('*/1 * * * *'), true);
    expect(many.missed).toBe('many');
    expect(many.mostRecent).toBe(Date.parse('2025-06-02T11:00:00Z'));
    const few = mostRecentScheduleTime(cj(), Date.parse('2025-06-02T09:05:30Z'), sched('*/1 * * * *'), true);
    expect(few).toMatchObject({ missed: 'few', mostRecent: Date.parse('2025-06-02T09:05:00Z') });
  });
  it('startingDeadlineSeconds moves the earliest time forward', () => {
    const r = mostRecentScheduleTime(cj(undefined, 200), Date.parse('2025-06-02T11:00:30Z'), sched('*/1 * * * *'), true);
    expect(r.missed).toBe('few');
    expect(r.earliest).toBe(Date.parse('2025-06-02T10:57:10Z'));
  });
});
