/**
 * The Kubernetes release the simulated cluster reports: kind v0.29's node image
 * kindest/node:v1.33.1, built from the v1.33.1 tag. Kubernetes builds are reproducible
 * (hack/lib/version.sh takes the build date from the commit), so the API server's
 * version.Info carries the same commit, date and Go version as the kubectl v1.33.1 release.
 * Our embedded `kubectl version` and `kubedojo serve`'s GET /version both read this.
 */

export const KUBERNETES_VERSION = 'v1.33.1';

const BUILD = { gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean', buildDate: '2025-05-15T08:27:33Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64' };

/**
 * version.Info as the client or the API server reports it, in the struct's field order
 * (k8s.io/apimachinery/pkg/version/types.go). 1.33 API servers add the emulation and
 * min-compatibility versions.
 */
export function versionInfo(gitVersion: string, server: boolean): Record<string, string> {
  const [major, minor] = gitVersion.replace(/^v/, '').split('.');
  const emulation: Record<string, string> = server ? { emulationMajor: major, emulationMinor: minor, minCompatibilityMajor: major, minCompatibilityMinor: String(Number(minor) - 1) } : {};
  return { major, minor, ...emulation, gitVersion, ...BUILD };
}
