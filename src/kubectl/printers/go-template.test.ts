import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printGoTemplate } from './go-template.js';

// expected.json: what the real kubectl printed for each template (testdata/go-template/gen.sh).
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const object = JSON.parse(readFileSync(join(dir, 'jsonpath', 'object.json'), 'utf8'));
const cases: { template: string; stdout: string; stderr: string; rc: number }[] = JSON.parse(readFileSync(join(dir, 'go-template', 'expected.json'), 'utf8'));

describe('printGoTemplate matches kubectl', () => {
  it.each(cases.map((c) => [c.template, c] as const))('%s', (template, c) => {
    const r = printGoTemplate(template, object);
    if (c.rc === 0) expect(r).toEqual({ ok: true, text: c.stdout });
    else expect(r.ok ? '' : `error: ${r.error}\n`).toBe(c.stderr);
  });
});
