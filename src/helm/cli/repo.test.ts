/**
 * Repository commands over offline repositories. Messages: helm/helm v3.21.4
 * cmd/helm/testdata/output/repo-add.txt, repo-add2.txt, search-*.txt and reference/helm.md §8–§9.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';
import { BUNDLED_REPO_URL } from '../repo/index.js';

let h: Harness;
beforeEach(() => {
  h = harness();
});

describe('helm repo with the bundled offline repository', () => {
  it('add, add again, add under a taken name, list, update, remove', () => {
    expect(h.run(`helm repo add examples ${BUNDLED_REPO_URL}`).out).toBe('"examples" has been added to your repositories\n');
    expect(h.run(`helm repo add examples ${BUNDLED_REPO_URL}`).out).toBe('"examples" already exists with the same configuration, skipping\n');
    expect(h.run('helm repo add examples ./elsewhere').err).toBe('Error: repository name (examples) already exists, please specify a different name\n');
    expect(h.run('helm repo list').out).toBe(`NAME    \tURL                                 \nexamples\t${BUNDLED_REPO_URL}\n`);
    expect(h.run('helm repo update').out).toBe(
      'Hang tight while we grab the latest from your chart repositories...\n...Successfully got an update from the "examples" chart repository\nUpdate Complete. ⎈Happy Helming!⎈\n',
    );
    expect(h.run('helm repo remove examples').out).toBe('"examples" has been removed from your repositories\n');
    expect(h.run('helm repo list').err).toBe('Error: no repositories to show\n');
  });

  it('cannot reach other URLs (no network)', () => {
    expect(h.run('helm repo add bitnami https://charts.bitnami.com/bitnami').err).toBe(
      'Error: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: Get "https://charts.bitnami.com/bitnami/index.yaml": dial tcp: lookup charts.bitnami.com: no such host\n',
    );
  });

  it('search repo lists the newest version per chart; -l lists all; no match says so', () => {
    h.run(`helm repo add examples ${BUNDLED_REPO_URL}`);
    expect(h.run('helm search repo nginx').out).toBe(
      'NAME          \tCHART VERSION\tAPP VERSION\tDESCRIPTION                              \nexamples/nginx\t0.2.0        \t1.25       \tNGINX web server (kubedojo example chart)\n',
    );
    expect(h.run('helm search repo nginx -l').out.split('\n').length).toBe(4);
    expect(h.run('helm search repo zzz').out).toBe('No results found\n');
  });

  it('installs REPO/CHART, picking --version; unknown repos and charts are errors', () => {
    h.run(`helm repo add examples ${BUNDLED_REPO_URL}`);
    h.run('helm install web examples/nginx --version 0.1.0');
    expect(h.run('helm list').out).toContain('\tnginx-0.1.0\t1.16.0     \n');
    expect(h.run('helm install x nope/nginx').err).toBe('Error: INSTALLATION FAILED: repo nope not found\n');
    expect(h.run('helm install x nginx').err).toBe('Error: INSTALLATION FAILED: non-absolute URLs should be in form of repo_name/path_to_chart, got: nginx\n');
  });
});

describe('a repository in a folder (helm package + helm repo index, seed 003)', () => {
  it('indexes packaged charts and serves them to repo add / search / install', () => {
    h.run('mkdir stable && cd stable && helm create example && helm package example && helm repo index . && cd ..');
    const idx = h.run('cat stable/index.yaml').out;
    expect(idx).toMatch(/^apiVersion: v1\nentries:\n  example:\n  - apiVersion: v2\n    appVersion: 1\.16\.0\n    created: "?2025-06-02T09:00:00Z"?\n    description: A Helm chart for Kubernetes\n    digest: [0-9a-f]{64}\n    name: example\n    type: application\n    urls:\n    - example-0\.1\.0\.tgz\n    version: 0\.1\.0\ngenerated: "?2025-06-02T09:00:00Z"?\n$/);
    expect(h.run('helm repo add local ./stable').out).toBe('"local" has been added to your repositories\n');
    expect(h.run('helm search repo example').out).toContain('local/example\t0.1.0        \t1.16.0     \tA Helm chart for Kubernetes');
    expect(h.run('helm install example local/example').out).toMatch(/^NAME: example\n/);
  });
});

describe('--repo', () => {
  it('installs straight from a repository URL without adding it', () => {
    expect(h.run(`helm install web nginx --repo ${BUNDLED_REPO_URL} --version 0.1.0`).out).toMatch(/^NAME: web\n/);
    expect(h.run('helm install x nginx --repo https://charts.bitnami.com/bitnami').err).toBe(
      'Error: INSTALLATION FAILED: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: Get "https://charts.bitnami.com/bitnami/index.yaml": dial tcp: lookup charts.bitnami.com: no such host\n',
    );
  });
});

describe('chart URLs', () => {
  it('installs a bundled archive by URL; other hosts cannot be reached', () => {
    expect(h.run(`helm install web ${BUNDLED_REPO_URL}/hello-1.0.0.tgz`).out).toMatch(/^NAME: web\n/);
    expect(h.run('helm install x https://example.com/charts/nginx-1.2.3.tgz').err).toBe(
      'Error: INSTALLATION FAILED: Get "https://example.com/charts/nginx-1.2.3.tgz": dial tcp: lookup example.com: no such host\n',
    );
  });
});
