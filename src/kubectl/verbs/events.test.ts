// kubectl events (pkg/cmd/events/events.go, event_printer.go at v0.33.0): OBJECT is
// `Kind/name` (not lower-cased as in `get events`), oldest first, repeated events as
// `<last> (xN over <first>)`, "No events found in <ns> namespace." on stderr.
import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

vi.mock('./index.js', async () => ({ VERBS: [(await import('./events.js')).eventsVerb] }));

function withEvents() {
  const s = testSession();
  const c = s.cluster.client();
  const cm = c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' } });
  if (!cm.ok) throw new Error('setup');
  s.cluster.recorder.record(cm.value, 'Warning', 'Broken', 'first problem', { component: 'tester' });
  s.cluster.advance(30_000);
  s.cluster.recorder.record(cm.value, 'Normal', 'Fixed', 'all good', { component: 'tester' });
  s.cluster.advance(10_000);
  s.cluster.recorder.record(cm.value, 'Normal', 'Fixed', 'all good', { component: 'tester' });
  s.cluster.advance(5_000);
  return s;
}

describe('kubectl events', () => {
  it('lists events oldest first with Kind/name objects', () => {
    const out = run(withEvents(), 'kubectl events --for configmap/cfg').stdout;
    expect(out).toBe([
      'LAST SEEN          TYPE      REASON   OBJECT          MESSAGE',
      '45s                Warning   Broken   ConfigMap/cfg   first problem',
      '5s (x2 over 15s)   Normal    Fixed    ConfigMap/cfg   all good',
      '',
    ].join('\n'));
  });

  it('filters by type and says when nothing is found', () => {
    expect(run(withEvents(), 'kubectl events --for configmap/cfg --types=Warning --no-headers').stdout).toBe('45s   Warning   Broken   ConfigMap/cfg   first problem\n');
    expect(run(testSession(), 'kubectl events -n kube-public')).toMatchObject({ code: 0, stdout: '', stderr: 'No events found in kube-public namespace.\n' });
    expect(run(testSession(), 'kubectl events --types=Info').stderr).toBe('error: valid --types are Normal or Warning\n');
  });
});
