import { describe, expect, it } from 'vitest';
import { ansic, goTimeString, rfc3339Nano } from './time.js';

describe('Go time formats helm prints', () => {
  it('time.ANSIC pads the day with a space (helm/helm cmd/helm/testdata/output/install.txt: "Fri Sep  2 22:04:05 1977")', () => {
    expect(ansic(Date.UTC(1977, 8, 2, 22, 4, 5))).toBe('Fri Sep  2 22:04:05 1977');
    expect(ansic(Date.UTC(2016, 0, 16, 0, 0, 0))).toBe('Sat Jan 16 00:00:00 2016'); // status.txt
  });

  it('time.Time.String() as `helm list` UPDATED (cmd/helm/testdata/output/list.txt)', () => {
    expect(goTimeString(Date.UTC(2016, 0, 16, 0, 0, 3))).toBe('2016-01-16 00:00:03 +0000 UTC');
    // Go trims trailing zeros of the fraction (.999999999 layout).
    expect(goTimeString(Date.UTC(2025, 5, 2, 9, 0, 0, 120))).toBe('2025-06-02 09:00:00.12 +0000 UTC');
  });

  it('RFC 3339 nano as encoding/json writes time.Time', () => {
    expect(rfc3339Nano(Date.UTC(2025, 5, 2, 9, 0, 0))).toBe('2025-06-02T09:00:00Z');
    expect(rfc3339Nano(Date.UTC(2025, 5, 2, 9, 0, 0, 500))).toBe('2025-06-02T09:00:00.5Z');
  });
});
