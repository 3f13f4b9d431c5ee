// `kubectl get -w` as get.go's watch() prints it: the current list, then one row per watch
// event on the same tabwriter (widths only grow: liggitt/tabwriter RememberWidths), with
// an EVENT column for --output-watch-events (cli-runtime tableprinter formatEventType).
import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

vi.mock('./index.js', async () => ({ VERBS: [(await import('./get.js')).getVerb] }));

function session() {
  const s = testSession({ watchWindowMs: 20_000 });
  const c = s.cluster.client();
  c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labels: { app: 'w' } }, data: { k: 'v' } });
  const now = s.cluster.now();
  s.cluster.clock.schedule(now + 5_000, () => {
    c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a-much-longer-name', labels: { app: 'w' } } });
  });
  s.cluster.clock.schedule(now + 8_000, () => {
    c.delete(R.configmaps, 'default', 'a');
  });
  return s;
}

describe('kubectl get --watch', () => {
  it('prints the list, then a row per event with remembered widths', () => {
    const r = run(session(), 'kubectl get cm -w -l app=w');
    expect(r.stdout).toBe([
      'NAME   DATA   AGE',
      'a      1      0s',
      'a-much-longer-name   0      0s',
      'a                    1      8s',
      '',
    ].join('\n'));
  });

  it('--watch-only skips the list; --output-watch-events adds EVENT', () => {
    expect(run(session(), 'kubectl get cm --watch-only --output-watch-events -l app=w').stdout).toBe([
      'EVENT      NAME                 DATA   AGE',
      'ADDED      a-much-longer-name   0      0s',
      'DELETED    a                    1      8s',
      '',
    ].join('\n'));
  });

  it('refuses several resource types', () => {
    expect(run(session(), 'kubectl get cm,svc -w')).toMatchObject({
      code: 1,
      stderr: 'error: watch is only supported on individual resources and resource collections - more than 1 resource was found\n',
    });
  });

  it('insists on --watch for --output-watch-events', () => {
    expect(run(session(), 'kubectl get cm --output-watch-events').stderr).toBe('error: --output-watch-events option can only be used with --watch or --watch-only\n');
  });

  it('separates watched objects with --- in YAML', () => {
    const out = run(session(), 'kubectl get cm -w -l app=w -o yaml').stdout;
    expect(out.split('\n---\n').length).toBe(3);
    expect(out.startsWith('apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\n')).toBe(true);
  });
});
