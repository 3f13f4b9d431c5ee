import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { harness, type Harness } from '../test-harness.js';

vi.mock('../../kubectl/index.js', () => ({ newKubectlSession: () => ({ env: {} }), runKubectl: () => 0 }));

/** A kubia pod behind a `kubia` Service (port 80 → 8080), running and ready. */
function withKubia(): Harness {
  const h = harness();
  const c = h.cluster.client();
  c.create(R.pods, 'default', {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kubia', labels: { app: 'kubia' } },
    spec: { containers: [{ name: 'kubia', image: 'luksa/kubia:v1', ports: [{ containerPort: 8080 }] }] },
  });
  c.create(R.services, 'default', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' },
    spec: { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] },
  });
  h.cluster.advance(60_000);
  return h;
}

describe('curl', () => {
  it('prints what the pod answers (kubia: "This is v1 running in pod NAME")', () => {
    const h = withKubia();
    expect(h.run('curl -s http://kubia')).toEqual({ out: 'This is v1 running in pod kubia\n', err: '', status: 0 });
    expect(h.run('curl -s -o /dev/null -w "%{http_code}" kubia.default.svc.cluster.local').out).toBe('200');
  });

  it('answers with curl 7.88 errors and exit codes', () => {
    const h = harness();
    expect(h.run('curl http://nope')).toEqual({ out: '', err: 'curl: (6) Could not resolve host: nope\n', status: 6 });
    expect(h.run('curl -s http://nope')).toEqual({ out: '', err: '', status: 6 });
    expect(h.run('curl -sS http://nope').err).toBe('curl: (6) Could not resolve host: nope\n');
    expect(h.run('curl -s -w "%{http_code}\\n" http://nope').out).toBe('000\n');
    expect(h.run('curl --foo')).toEqual({ out: '', err: "curl: option --foo: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", status: 2 });
    expect(h.run('curl')).toEqual({ out: '', err: "curl: try 'curl --help' or 'curl --manual' for more information\n", status: 2 });
  });

  it('-i shows the status line and headers before the body', () => {
    const h = withKubia();
    const r = h.run('curl -si http://kubia');
    expect(r.out.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    expect(r.out.endsWith('\r\n\r\nThis is v1 running in pod kubia\n')).toBe(true);
  });
});
