/**
 * End to end with seed 003's echo chart (values corrected per seeds/ERRATA.md: the second
 * `nginx:` block is `echo:`, heritage is .Release.Service): install, upgrade, rollback, history,
 * uninstall, as the Helm 3 form of the seed's `helm install --name echo local/echo`.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { harness } from '../../shell/test-harness.js';

const ECHO = fileURLToPath(new URL('../testdata/charts/echo', import.meta.url));

describe('seed 003 echo chart', () => {
  it('install → upgrade → rollback → history → uninstall', () => {
    const h = harness();
    cpSync(ECHO, join(h.dir, 'echo'), { recursive: true });
    h.run('helm package echo');
    const inst = h.run('helm install echo echo-0.1.0.tgz --wait');
    expect(inst.out).toMatch(/^NAME: echo\nLAST DEPLOYED: Mon Jun  2 09:00:\d\d 2025\nNAMESPACE: default\nSTATUS: deployed\nREVISION: 1\nTEST SUITE: None\n$/);
    expect(h.run('kubectl get deployment,service --selector app=echo -o name').out).toBe('deployment.apps/echo\nservice/echo\n');

    expect(h.run('helm upgrade echo ./echo --set replicaCount=2 --wait').status).toBe(0);
    expect(h.run('kubectl get deploy echo -o jsonpath={.status.readyReplicas}').out).toBe('2');
    expect(h.run('helm rollback echo 1 --wait').out).toBe('Rollback was a success! Happy Helming!\n');
    expect(h.run('kubectl get deploy echo -o jsonpath={.spec.replicas}').out).toBe('1');
    const hist = h.run('helm history echo').out.split('\n');
    expect(hist[0]).toBe('REVISION\tUPDATED                 \tSTATUS    \tCHART     \tAPP VERSION\tDESCRIPTION     ');
    expect(hist.slice(1, 4).map((l) => l.split('\t').map((c) => c.trim()).filter((_, i) => i !== 1))).toEqual([
      ['1', 'superseded', 'echo-0.1.0', '1.0', 'Install complete'],
      ['2', 'superseded', 'echo-0.1.0', '1.0', 'Upgrade complete'],
      ['3', 'deployed', 'echo-0.1.0', '1.0', 'Rollback to 1'],
    ]);
    expect(h.run('kubectl get secrets -l owner=helm -o name').out).toBe(
      'secret/sh.helm.release.v1.echo.v1\nsecret/sh.helm.release.v1.echo.v2\nsecret/sh.helm.release.v1.echo.v3\n',
    );
    expect(h.run('helm uninstall echo').out).toBe('release "echo" uninstalled\n');
    expect(h.run('kubectl get deployment,service --selector app=echo').err).toBe('No resources found in default namespace.\n');
  });
});
