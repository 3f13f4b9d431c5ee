// api-resources / api-versions / version / cluster-info, against kubectl 1.33's code paths:
// pkg/cmd/apiresources/apiresources.go (columns, group-then-name order, errors),
// pkg/cmd/version/version.go (three lines, --client, -o json with 2-space indent),
// pkg/cmd/clusterinfo/clusterinfo.go (no colours in 1.33, the dump hint).
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../testing/index.js';

vi.mock('./index.js', async () => ({
  VERBS: [
    (await import('./api-resources.js')).apiResourcesVerb,
    (await import('./api-versions.js')).apiVersionsVerb,
    (await import('./version.js')).versionVerb,
    (await import('./cluster-info.js')).clusterInfoVerb,
  ],
}));

describe('kubectl api-resources', () => {
  it('prints NAME SHORTNAMES APIVERSION NAMESPACED KIND, core group first', () => {
    const lines = run(testSession(), 'kubectl api-resources').stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
    expect(lines[1]).toMatch(/^configmaps +cm +v1 +true +ConfigMap$/);
    expect(lines.find((l) => l.startsWith('deployments'))).toMatch(/^deployments +deploy +apps\/v1 +true +Deployment$/);
  });

  it('filters by group and scope, prints names and wide columns', () => {
    const s = testSession();
    expect(run(s, 'kubectl api-resources --api-group=apps -o name').stdout).toBe(
      'controllerrevisions.apps\ndaemonsets.apps\ndeployments.apps\nreplicasets.apps\nstatefulsets.apps\n',
    );
    const cluster = run(s, 'kubectl api-resources --namespaced=false --no-headers').stdout;
    expect(cluster).toMatch(/^namespaces +ns +v1 +false +Namespace$/m);
    expect(cluster).not.toMatch(/^pods /m);
    expect(run(s, 'kubectl api-resources -o wide --api-group=apps').stdout.split('\n')[3])
      .toMatch(/^deployments +deploy +apps\/v1 +true +Deployment +create,delete,deletecollection,get,list,patch,update,watch +all$/);
  });

  it('rejects unknown output and sort fields', () => {
    expect(run(testSession(), 'kubectl api-resources -o json').stderr).toBe('error: --output json is not available\n');
    expect(run(testSession(), 'kubectl api-resources --sort-by=group').stderr).toBe('error: --sort-by accepts only name or kind\n');
  });
});

describe('kubectl api-versions', () => {
  it('lists group/versions sorted, with v1 last', () => {
    const out = run(testSession(), 'kubectl api-versions').stdout.split('\n');
    expect(out[0]).toBe('apps/v1');
    expect(out.at(-2)).toBe('v1');
  });
});

describe('kubectl version', () => {
  it('prints client, kustomize and server versions', () => {
    expect(run(testSession(), 'kubectl version').stdout).toMatch(/^Client Version: v1\.33\.\d+\nKustomize Version: v5\.6\.0\nServer Version: v1\.33\.\d+\n$/);
    expect(run(testSession(), 'kubectl version --client').stdout).toMatch(/^Client Version: v1\.33\.\d+\nKustomize Version: v5\.6\.0\n$/);
  });

  it('prints JSON with two-space indent and validates -o', () => {
    const out = run(testSession(), 'kubectl version --client -o json').stdout;
    expect(out).toMatch(/^\{\n  "clientVersion": \{\n    "major": "1",\n    "minor": "33",\n    "gitVersion": "v1\.33\.\d+",/);
    expect(out).toMatch(/\n  "kustomizeVersion": "v5\.6\.0"\n\}\n$/);
    expect(run(testSession(), 'kubectl version --client -o yaml').stdout).toMatch(/^clientVersion:\n  buildDate: "[^"]+"\n  compiler: gc\n[\s\S]*  major: "1"\n  minor: "33"\n  platform: linux\/amd64\nkustomizeVersion: v5\.6\.0\n\n$/);
    expect(run(testSession(), 'kubectl version -o wide').stderr).toBe("error: --output must be 'yaml' or 'json'\n");
  });
});

describe('kubectl cluster-info', () => {
  it('prints the control plane address and the dump hint', () => {
    const out = run(testSession(), 'kubectl cluster-info').stdout;
    expect(out.startsWith('Kubernetes control plane is running at https://127.0.0.1:6443\n')).toBe(true);
    expect(out.endsWith("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")).toBe(true);
  });
});
