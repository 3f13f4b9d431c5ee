/** Function-table details not covered by the Go oracle (which runs Sprig 3.2.3). */
import { describe, expect, it } from 'vitest';
import { createFuncMap } from './index.js';

const funcs = createFuncMap({ nowMs: () => Date.UTC(2024, 4, 1, 10, 22, 33), random: () => 0.5 });

describe('function table', () => {
  it('has sha512sum (Sprig 3.3.0, crypto.go)', () => {
    // Digest of "hello" as coreutils sha512sum prints it.
    expect(funcs.get('sha512sum')!.fn('hello')).toBe('9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043');
  });
  it('drops env and expandenv like Helm', () => {
    expect(funcs.has('env')).toBe(false);
    expect(funcs.has('expandenv')).toBe(false);
  });
  it('formats dates from the injected clock', () => {
    const now = funcs.get('now')!.fn();
    expect(funcs.get('date')!.fn('2006-01-02T15:04:05Z07:00', now)).toBe('2024-05-01T10:22:33Z');
  });
});
