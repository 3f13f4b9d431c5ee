import { describe, expect, it } from 'vitest';
import { warningHeader } from './respond.js';

// k8s.io/apimachinery pkg/util/net/http.go NewWarningHeader: `299 - "<text>"` with `"` and `\` escaped.
describe('warningHeader', () => {
  it('formats as the apiserver does', () => {
    expect(warningHeader('unknown field "spec.foo"')).toBe('299 - "unknown field \\"spec.foo\\""');
    expect(warningHeader('a\\b')).toBe('299 - "a\\\\b"');
  });

  it('sends UTF-8 as bytes and never a control character', () => {
    const h = warningHeader('café\nnext');
    expect(Buffer.from(h, 'latin1').toString('utf8')).toBe('299 - "café next"');
  });
});
