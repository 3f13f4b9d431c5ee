import { describe, expect, it } from 'vitest';
import { rfc3339, VirtualClock } from './clock.js';

describe('VirtualClock', () => {
  it('runs due timers in time order, creation order breaking ties', () => {
    const c = new VirtualClock(0);
    const ran: string[] = [];
    c.schedule(20, () => ran.push('b'));
    c.schedule(10, () => ran.push('a'));
    c.schedule(20, () => ran.push('c'));
    const cancelled = c.schedule(15, () => ran.push('x'));
    c.cancel(cancelled);
    expect(c.nextDue()).toBe(10);
    c.setNow(20);
    c.runDue();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(c.nextDue()).toBeUndefined();
  });

  it('never moves backwards and schedules past times at now', () => {
    const c = new VirtualClock(1000);
    c.setNow(500);
    expect(c.now()).toBe(1000);
    c.schedule(10, () => {});
    expect(c.nextDue()).toBe(1000);
  });

  it('formats metav1.Time with second precision', () => {
    expect(rfc3339(Date.UTC(2025, 5, 2, 9, 0, 5, 999))).toBe('2025-06-02T09:00:05Z');
  });
});
