/**
 * Transcripts of the release lifecycle through the learner's shell. Expected text comes from
 * Helm's CLI goldens (helm/helm v3.21.4 cmd/helm/testdata/output/{install,upgrade,rollback,
 * uninstall,list,history}.txt), cmd/helm/status.go's layout and reference/helm.md §7–§8.
 */
import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';

const NOTES_FIRST_LINE = 'NOTES:\n1. Get the application URL by running these commands:\n';

let h: Harness;
beforeEach(() => {
  h = harness();
  expect(h.run('helm create mychart').out).toBe('Creating mychart\n');
});

describe('helm install', () => {
  it('prints the status block; a chart with (not yet run) test hooks prints no TEST SUITE line (status.go)', () => {
    const r = h.run('helm install web ./mychart');
    expect(r.status).toBe(0);
    expect(r.out.startsWith('NAME: web\nLAST DEPLOYED: Mon Jun  2 09:00:00 2025\nNAMESPACE: default\nSTATUS: deployed\nREVISION: 1\n' + NOTES_FIRST_LINE)).toBe(true);
  });

  it('prints TEST SUITE: None when the chart has no test hooks (testdata/output/install.txt)', () => {
    h.run('rm -r mychart/templates/tests');
    expect(h.run('helm install web ./mychart').out).toMatch(/^NAME: web\nLAST DEPLOYED: .*\nNAMESPACE: default\nSTATUS: deployed\nREVISION: 1\nTEST SUITE: None\nNOTES:\n/);
  });

  it('stores revision 1 as a Secret that kubectl lists with TYPE helm.sh/release.v1 and DATA 1', () => {
    h.run('helm install web ./mychart');
    expect(h.run('kubectl get secrets').out).toBe(
      'NAME                        TYPE                 DATA   AGE\nsh.helm.release.v1.web.v1   helm.sh/release.v1   1      0s\n',
    );
    expect(h.run("kubectl get secret sh.helm.release.v1.web.v1 -o jsonpath='{.metadata.labels}'").out)
      .toMatch(/"name":"web".*"owner":"helm".*"status":"deployed".*"version":"1"/);
    // reference §7: `.data.release` is base64 (API) of base64 (Helm) of gzipped JSON.
    const data = h.run("kubectl get secret sh.helm.release.v1.web.v1 -o jsonpath='{.data.release}' | base64 -d").out;
    const rel = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8'));
    expect(rel).toMatchObject({ name: 'web', namespace: 'default', version: 1, info: { status: 'deployed', description: 'Install complete' } });
    expect(rel.manifest).toContain('# Source: mychart/templates/deployment.yaml');
  });

  it('labels and annotates what it creates as Helm owns it', () => {
    h.run('helm install web ./mychart');
    expect(h.run("kubectl get deploy web-mychart -o jsonpath='{.metadata.labels.app\\.kubernetes\\.io/managed-by} {.metadata.annotations}'").out)
      .toBe('Helm {"deployment.kubernetes.io/revision":"1","meta.helm.sh/release-name":"web","meta.helm.sh/release-namespace":"default"}');
  });

  it('refuses a name still in use, and objects it does not own', () => {
    h.run('helm install web ./mychart');
    expect(h.run('helm install web ./mychart').err).toBe('Error: INSTALLATION FAILED: cannot re-use a name that is still in use\n');
    h.run('kubectl create serviceaccount other-mychart');
    expect(h.run('helm install other ./mychart').err).toBe(
      'Error: INSTALLATION FAILED: Unable to continue with install: ServiceAccount "other-mychart" in namespace "default" exists and cannot be imported into the current release: invalid ownership metadata; label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"; annotation validation error: missing key "meta.helm.sh/release-name": must be set to "other"; annotation validation error: missing key "meta.helm.sh/release-namespace": must be set to "default"\n',
    );
  });

  it('wraps argument and chart errors in INSTALLATION FAILED (install.go)', () => {
    expect(h.run('helm install foo').err).toBe('Error: INSTALLATION FAILED: must either provide a name or specify --generate-name\n');
    expect(h.run('helm install x ./nope').err).toBe('Error: INSTALLATION FAILED: path "./nope" not found\n');
    expect(h.run('helm install').err).toBe('Error: "helm install" requires at least 1 argument\n\nUsage:  helm install [NAME] [CHART] [flags]\n');
    expect(h.run('helm install Bad_Name ./mychart').err).toBe('Error: INSTALLATION FAILED: release name "Bad_Name": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53\n');
  });

  it('--generate-name names the release CHART-<unix seconds>', () => {
    expect(h.run('helm install ./mychart --generate-name').out).toMatch(/^NAME: mychart-1748854800\n/);
  });

  it('--dry-run prints HOOKS and MANIFEST and stores nothing', () => {
    const r = h.run('helm install web ./mychart --dry-run');
    expect(r.out).toContain('STATUS: pending-install\nREVISION: 1\nHOOKS:\n---\n# Source: mychart/templates/tests/test-connection.yaml\n');
    expect(r.out).toContain('MANIFEST:\n---\n# Source: mychart/templates/serviceaccount.yaml\n');
    expect(h.run('kubectl get secrets').err).toBe('No resources found in default namespace.\n');
  });

  it('-n into a missing namespace fails unless --create-namespace', () => {
    expect(h.run('helm install web ./mychart -n shop').err).toBe('Error: INSTALLATION FAILED: create: failed to create: namespaces "shop" not found\n');
    expect(h.run('helm install web ./mychart -n shop --create-namespace').status).toBe(0);
    expect(h.run("kubectl get ns shop -o jsonpath='{.metadata.labels.name}'").out).toBe('shop');
  });
});

describe('--wait', () => {
  it('advances virtual time until the Deployment is ready', () => {
    const before = h.cluster.now();
    expect(h.run('helm install web ./mychart --wait').status).toBe(0);
    expect(h.cluster.now()).toBeGreaterThan(before);
    expect(h.run('kubectl get deploy web-mychart -o jsonpath={.status.readyReplicas}').out).toBe('1');
  });

  it('fails with context deadline exceeded when the timeout passes; --atomic uninstalls', () => {
    expect(h.run('helm install web ./mychart --wait --timeout 30s --set image.tag=nope').err).toBe('Error: INSTALLATION FAILED: context deadline exceeded\n');
    expect(h.run('helm list -a').out).toMatch(/\nweb \tdefault  \t1       \t.*\tfailed\t/);
    expect(h.run('helm install web2 ./mychart --atomic --timeout 10s --set image.tag=nope').err)
      .toBe('Error: INSTALLATION FAILED: release web2 failed, and has been uninstalled due to atomic being set: context deadline exceeded\n');
    expect(h.run('helm status web2').err).toBe('Error: release: not found\n');
  });
});

describe('upgrade, rollback, history, uninstall', () => {
  it('runs the lifecycle with Helm\'s messages and descriptions', () => {
    h.run('helm install web ./mychart');
    const up = h.run('helm upgrade web ./mychart --set replicaCount=3');
    expect(up.out.startsWith('Release "web" has been upgraded. Happy Helming!\nNAME: web\nLAST DEPLOYED: ')).toBe(true);
    expect(up.out).toContain('STATUS: deployed\nREVISION: 2\n');
    expect(h.run('kubectl get deploy web-mychart -o jsonpath={.spec.replicas}').out).toBe('3');
    expect(h.run('helm get values web').out).toBe('USER-SUPPLIED VALUES:\nreplicaCount: 3\n');
    expect(h.run('helm rollback web 1').out).toBe('Rollback was a success! Happy Helming!\n');
    expect(h.run('kubectl get deploy web-mychart -o jsonpath={.spec.replicas}').out).toBe('1');
    expect(h.run('helm history web').out).toBe(
      'REVISION\tUPDATED                 \tSTATUS    \tCHART        \tAPP VERSION\tDESCRIPTION     \n'
      + '1       \tMon Jun  2 09:00:00 2025\tsuperseded\tmychart-0.1.0\t1.16.0     \tInstall complete\n'
      + '2       \tMon Jun  2 09:00:00 2025\tsuperseded\tmychart-0.1.0\t1.16.0     \tUpgrade complete\n'
      + '3       \tMon Jun  2 09:00:00 2025\tdeployed  \tmychart-0.1.0\t1.16.0     \tRollback to 1   \n',
    );
    expect(h.run('helm list').out).toBe(
      'NAME\tNAMESPACE\tREVISION\tUPDATED                      \tSTATUS  \tCHART        \tAPP VERSION\n'
      + 'web \tdefault  \t3       \t2025-06-02 09:00:00 +0000 UTC\tdeployed\tmychart-0.1.0\t1.16.0     \n',
    );
    expect(h.run('helm uninstall web').out).toBe('release "web" uninstalled\n');
    expect(h.run('kubectl get secrets,deploy').err).toBe('No resources found in default namespace.\n');
    expect(h.run('helm history web').err).toBe('Error: release: not found\n');
  });

  it('upgrade without values reuses the previous ones; with any, drops them (reference §6)', () => {
    h.run('helm install web ./mychart --set replicaCount=2');
    h.run('helm upgrade web ./mychart');
    expect(h.run('helm get values web').out).toBe('USER-SUPPLIED VALUES:\nreplicaCount: 2\n');
    h.run('helm upgrade web ./mychart --set service.port=8080');
    expect(h.run('helm get values web').out).toBe('USER-SUPPLIED VALUES:\nservice:\n  port: 8080\n');
    h.run('helm upgrade web ./mychart --reuse-values --set image.tag=1.25');
    expect(h.run('helm get values web').out).toBe('USER-SUPPLIED VALUES:\nimage:\n  tag: "1.25"\nservice:\n  port: 8080\n');
  });

  it('deletes objects that a new revision no longer renders', () => {
    h.run('helm install web ./mychart');
    h.run('helm upgrade web ./mychart --set serviceAccount.create=false');
    expect(h.run('kubectl get sa web-mychart').err).toBe('Error from server (NotFound): serviceaccounts "web-mychart" not found\n');
  });

  it('answers errors as Helm does', () => {
    expect(h.run('helm upgrade nope ./mychart').err).toBe('Error: UPGRADE FAILED: "nope" has no deployed releases\n');
    expect(h.run('helm status nope').err).toBe('Error: release: not found\n');
    expect(h.run('helm uninstall nope').err).toBe('Error: uninstall: Release not loaded: nope: release: not found\n');
    h.run('helm install web ./mychart');
    expect(h.run('helm rollback web 9').err).toBe('Error: release has no 9 version\n');
    expect(h.run('helm rollback').err).toBe('Error: "helm rollback" requires at least 1 argument\n\nUsage:  helm rollback <RELEASE> [REVISION] [flags]\n');
  });

  it('upgrade --install installs a missing release', () => {
    const r = h.run('helm upgrade --install web ./mychart');
    expect(r.out.startsWith('Release "web" does not exist. Installing it now.\nNAME: web\n')).toBe(true);
  });

  it('uninstall --keep-history keeps the records as uninstalled', () => {
    h.run('helm install web ./mychart');
    expect(h.run('helm uninstall web --keep-history').out).toBe('release "web" uninstalled\n');
    expect(h.run('helm list').out).toBe('NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION\n');
    expect(h.run('helm list --uninstalled').out).toContain('\tuninstalled\tmychart-0.1.0\t');
    expect(h.run('helm history web').out).toContain('\tuninstalled\tmychart-0.1.0\t1.16.0     \tUninstallation complete\n');
    expect(h.run('helm install web ./mychart').err).toBe('Error: INSTALLATION FAILED: cannot re-use a name that is still in use\n');
  });
});

describe('Helm 2 commands answer as Helm 3 does (reference §10)', () => {
  it('init is unknown (cobra suggests lint), --name and --purge are unknown flags, delete is uninstall', () => {
    expect(h.run('helm init').err).toBe('Error: unknown command "init" for "helm"\n\nDid you mean this?\n\tlint\n\nRun \'helm --help\' for usage.\n');
    expect(h.run('helm install --name echo ./mychart').err).toBe('Error: unknown flag: --name\n');
    expect(h.run('helm delete --purge echo').err).toBe('Error: unknown flag: --purge\n');
    h.run('helm install echo ./mychart');
    expect(h.run('helm delete echo').out).toBe('release "echo" uninstalled\n');
  });

  it('seed 003\'s other Helm 2 lines: serve is unknown, search alone is a group, ls --all is list --all', () => {
    expect(h.run('helm serve').err).toBe('Error: unknown command "serve" for "helm"\nRun \'helm --help\' for usage.\n');
    const search = h.run('helm search example');
    expect(search.status).toBe(0);
    expect(search.out).toContain('\nUsage:\n  helm search [command]\n\nAvailable Commands:\n  hub         search for charts in the Artifact Hub or your own hub instance\n  repo        search repositories for a keyword in charts\n');
    expect(h.run('helm ls --all').out).toBe('NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION\n');
  });
});

describe('API warnings', () => {
  it('unknown fields are dropped with the API server\'s warning, logged by client-go through klog (Helm sends no fieldValidation)', () => {
    h.run("printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: cm\\ndatta:\\n  a: b\\n' > mychart/templates/cm.yaml");
    const r = h.run('helm install web ./mychart');
    expect(r.status).toBe(0);
    expect(r.err).toBe('W0602 09:00:00.000000       1 warnings.go:70] unknown field "datta"\n');
  });
});

describe('--take-ownership', () => {
  it('adopts objects Helm did not create (install.go requireAdoption)', () => {
    h.run('kubectl create serviceaccount web-mychart');
    expect(h.run('helm install web ./mychart --take-ownership').status).toBe(0);
    expect(h.run("kubectl get sa web-mychart -o jsonpath='{.metadata.annotations.meta\\.helm\\.sh/release-name}'").out).toBe('web');
  });
});

describe('three-way merge on upgrade (Helm 3)', () => {
  it('restores fields changed by hand that the chart sets, keeps what the chart does not set', () => {
    h.run('helm install web ./mychart');
    h.run('kubectl scale deploy web-mychart --replicas=3');
    h.run('kubectl annotate deploy web-mychart team=blue');
    h.run('helm upgrade web ./mychart');
    expect(h.run("kubectl get deploy web-mychart -o jsonpath='{.spec.replicas} {.metadata.annotations.team}'").out).toBe('1 blue');
  });

  it('reports immutable fields as the API server words them', () => {
    h.run('helm install web ./mychart');
    const r = h.run('helm upgrade web ./mychart --set fullnameOverride=web-mychart --set nameOverride=other');
    expect(r.err).toMatch(/^Error: UPGRADE FAILED: cannot patch "web-mychart" with kind Deployment: Deployment\.apps "web-mychart" is invalid: spec\.selector: Invalid value: .*field is immutable\n$/);
    expect(h.run('helm history web').out).toMatch(/\n2 +\t.*\tfailed +\t.*\tUpgrade "web" failed: cannot patch "web-mychart" with kind Deployment: /);
  });
});

describe('upgrade --atomic', () => {
  it('rolls back to the last good revision when the upgrade does not become ready (upgrade.go failRelease)', () => {
    h.run('helm install web ./mychart --wait');
    const r = h.run('helm upgrade web ./mychart --atomic --timeout 20s --set image.tag=nope');
    expect(r.err).toBe('Error: UPGRADE FAILED: release web failed, and has been rolled back due to atomic being set: context deadline exceeded\n');
    const rows = h.run('helm history web').out.split('\n').slice(1, 4).map((l) => l.split('\t').map((c) => c.trim()));
    expect(rows.map((c) => [c[0], c[2], c[5]])).toEqual([
      ['1', 'superseded', 'Install complete'],
      ['2', 'failed', 'Upgrade "web" failed: context deadline exceeded'],
      ['3', 'deployed', 'Rollback to 1'],
    ]);
    expect(h.run('kubectl get deploy web-mychart -o jsonpath={.spec.template.spec.containers[0].image}').out).toBe('nginx:1.16.0');
  });
});
