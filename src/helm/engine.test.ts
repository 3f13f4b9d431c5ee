/** Engine limits and error clean-up (helm/helm pkg/engine/engine.go). */
import { describe, expect, it } from 'vitest';
import { renderFiles } from './engine.js';

const env = { nowMs: () => 0, random: () => 0 };
function run(text: string, vals: Record<string, unknown> = {}) {
  return renderFiles([{ name: 'mychart/templates/t.yaml', text, vals, basePath: 'mychart/templates' }], { env });
}

describe('engine', () => {
  it('stops include recursion after 1000 levels like Helm', () => {
    // Oracle run (scripts/helm-oracle): 1002 nested "error calling include", 104308 characters.
    const r = run('{{ define "loop" }}{{ include "loop" . }}{{ end }}{{ include "loop" . }}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.split('error calling include').length - 1).toBe(1002);
    expect(r.error.length).toBe(104308);
    expect(r.error.endsWith('executing "loop" at <include "loop" .>: error calling include: rendering template has a nested reference name: loop: unable to execute template')).toBe(true);
  });

  it('unwraps required/fail messages into execution error at (…)', () => {
    // engine_test.go expects "execution error at (missing_required:1:2): foo is required" for its own file name.
    const r = run('\n  {{ required "foo is required" .Values.foo }}', { Values: {} });
    expect(r).toEqual({ ok: false, error: 'execution error at (mychart/templates/t.yaml:2:5): foo is required' });
  });


  it('passes lookup through to the injected reader', () => {
    const r = renderFiles([{ name: 'c/templates/t.yaml', text: '{{ (lookup "v1" "Namespace" "" "default").metadata.name }}', vals: {}, basePath: 'c/templates' }], {
      env, lookup: (_a, _k, _ns, name) => ({ metadata: { name } }),
    });
    expect(r.ok && r.files.get('c/templates/t.yaml')).toBe('default');
  });
});
