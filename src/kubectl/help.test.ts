// Help texts compared byte for byte with the real kubectl's `--help` output, saved under
// verbs/testdata/help/ (captured from the installed kubectl client).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from './testing/index.js';

vi.mock('./verbs/index.js', async () => ({
  VERBS: [
    (await import('./verbs/get.js')).getVerb,
    (await import('./verbs/describe/index.js')).describeVerb,
    (await import('./verbs/api-resources.js')).apiResourcesVerb,
    (await import('./verbs/version.js')).versionVerb,
    (await import('./verbs/cluster-info.js')).clusterInfoVerb,
    (await import('./verbs/config/index.js')).configVerb,
    (await import('./verbs/options.js')).optionsVerb,
  ],
}));

const golden = (name: string) => readFileSync(new URL(`./verbs/testdata/help/${name}.txt`, import.meta.url), 'utf8');

describe('help', () => {
  it.each([
    ['root', 'kubectl --help'],
    ['get', 'kubectl get --help'],
    ['describe', 'kubectl describe -h'],
    ['api-resources', 'kubectl api-resources --help'],
    ['version', 'kubectl version --help'],
    ['cluster-info', 'kubectl cluster-info --help'],
    ['config', 'kubectl config --help'],
    ['options', 'kubectl options'],
    ['config-view', 'kubectl config view --help'],
    ['config-use-context', 'kubectl config use-context --help'],
    ['config-get-contexts', 'kubectl config get-contexts --help'],
  ])('%s matches the real kubectl', (name, line) => {
    expect(run(testSession(), line).stdout).toBe(golden(name));
  });

  it('prints the root help for a bare kubectl', () => {
    expect(run(testSession(), 'kubectl').stdout).toBe(golden('root'));
  });
});
