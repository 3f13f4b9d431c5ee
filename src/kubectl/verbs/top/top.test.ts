// Expected outputs observed with kubectl.1.33 against a cluster without metrics-server.
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../../testing/index.js';

describe('kubectl top', () => {
  it('reports the missing Metrics API for pods and nodes', () => {
    const s = testSession();
    for (const line of ['kubectl top pods', 'kubectl top pod web', 'kubectl top nodes', 'kubectl top no -l a=b']) {
      const r = run(s, line);
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'error: Metrics API not available\n']);
    }
  });

  it('alone prints its help on stderr and fails, as cobra groups do', () => {
    const r = run(testSession(), 'kubectl top');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Available Commands:\n  node          Display resource (CPU/memory) usage of nodes\n  pod           Display resource (CPU/memory) usage of pods\n');
  });
});
