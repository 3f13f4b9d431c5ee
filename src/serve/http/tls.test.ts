import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeServingCert } from './tls.js';

describe('makeServingCert', () => {
  it('makes a self-signed certificate for the loopback names that verifies with its own key', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const c = makeServingCert(['127.0.0.1', '::1', 'localhost'], now);
    const x = new X509Certificate(c.cert);
    expect(x.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x.checkIP('::1')).toBe('::1');
    expect(x.checkHost('localhost')).toBe('localhost');
    expect(x.checkIP('10.0.0.1')).toBeUndefined();
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.issuer).toBe(x.subject);
    expect(x.ca).toBe(true);
    expect(x.checkPrivateKey(createPrivateKey(c.key))).toBe(true);
    expect(new Date(x.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(x.validTo).getTime()).toBeGreaterThan(now.getTime() + 300 * 86400_000);
  });
});
