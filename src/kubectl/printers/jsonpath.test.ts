import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printJsonPath } from './jsonpath.js';

// expected.json holds what the real kubectl printed for each template (testdata/jsonpath/gen.sh).
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'jsonpath');
const object = JSON.parse(readFileSync(join(dir, 'object.json'), 'utf8'));
const cases: { format: string; template: string; stdout: string; stderr: string; rc: number }[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe('printJsonPath matches kubectl', () => {
  it.each(cases.map((c) => [c.format, c.template, c] as const))('-o %s=%s', (format, template, c) => {
    const r = printJsonPath(template, object, { asJson: format === 'jsonpath-as-json' });
    if (c.rc === 0) {
      expect(r).toEqual({ ok: true, text: c.stdout });
    } else {
      expect(r.ok).toBe(false);
      const msg = r.ok ? '' : r.error;
      expect('error: ' + msg + (msg.endsWith('\n') ? '' : '\n')).toBe(c.stderr);
    }
  });
});
