/**
 * `helm dependency` with a local (file://) subchart. Messages: helm/helm v3.21.4
 * pkg/downloader/manager.go (Saving/Archiving/Deleting), pkg/action/dependency.go (list
 * table and statuses), pkg/action/install.go (missing dependency error).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.run('helm create app && helm create db');
  h.run("printf 'dependencies:\\n- name: db\\n  version: 0.1.0\\n  repository: file://../db\\n' >> app/Chart.yaml");
});

describe('helm dependency', () => {
  it('list shows missing, update archives into charts/, then ok; install renders the subchart', () => {
    expect(h.run('helm dependency list app').out).toBe('NAME\tVERSION\tREPOSITORY  \tSTATUS \ndb  \t0.1.0  \tfile://../db\tmissing\n\n');
    expect(h.run('helm install web ./app').err).toBe(
      'Error: INSTALLATION FAILED: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: db\n',
    );
    expect(h.run('helm dependency update app').out).toBe('Saving 1 charts\nArchiving db from repo file://../db\nDeleting outdated charts\n');
    expect(h.workspace.entries('app/charts')).toEqual({ ok: true, value: ['db-0.1.0.tgz'] });
    expect(h.run('helm dep ls app').out).toBe('NAME\tVERSION\tREPOSITORY  \tSTATUS\ndb  \t0.1.0  \tfile://../db\tok    \n\n');
    expect(h.run('helm install web ./app').status).toBe(0);
    expect(h.run('kubectl get deploy -o name').out).toBe('deployment.apps/web-app\ndeployment.apps/web-db\n');
  });
});
