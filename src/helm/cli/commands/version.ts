/** `helm version` (helm/helm cmd/helm/version.go). */
import { flag } from '../../../kubectl/flags.js';
import { HELM_VERSION } from '../../chart/context.js';
import { noArgs } from '../common.js';
import type { HelmCommand } from '../types.js';

/** The build the simulator reports: the v3.21.4 tag's commit (helm/helm), built with go.mod's Go 1.26. */
export const BUILD_INFO = { version: HELM_VERSION, git_commit: '813176c51bb5c181dbbd7901298ddcc104cd3417', git_tree_state: 'clean', go_version: 'go1.26.0' };

export const versionCommand: HelmCommand = {
  name: 'version',
  use: 'version',
  short: 'print the client version information',
  long: `Show the version for Helm.

This will print a representation the version of Helm.
The output will look something like this:

version.BuildInfo{Version:"v3.2.1", GitCommit:"fe51cd1e31e6a202cba7dead9552a6d418ded79a", GitTreeState:"clean", GoVersion:"go1.13.10"}

- Version is the semantic version of the release.
- GitCommit is the SHA for the commit that this version was built from.
- GitTreeState is "clean" if there are no local code changes when this binary was
  built, and "dirty" if the binary was built from locally modified code.
- GoVersion is the version of Go that was used to compile Helm.

When using the --template flag the following properties are available to use in
the template:

- .Version contains the semantic version of Helm
- .GitCommit is the git commit
- .GitTreeState is the state of the git tree when Helm was built
- .GoVersion contains the version of Go that Helm was compiled with

For example, --template='Version: {{.Version}}' outputs 'Version: v3.2.1'.`,
  flags: [
    { name: 'short', type: 'bool', usage: 'print the version number' },
    { name: 'template', type: 'string', usage: 'template for version string format' },
  ],
  args: noArgs,
  run(ctx) {
    if (flag.bool(ctx.parsed, 'short')) {
      ctx.io.out(`${BUILD_INFO.version}+g${BUILD_INFO.git_commit.slice(0, 7)}\n`);
      return 0;
    }
    const b = BUILD_INFO;
    ctx.io.out(`version.BuildInfo{Version:"${b.version}", GitCommit:"${b.git_commit}", GitTreeState:"${b.git_tree_state}", GoVersion:"${b.go_version}"}\n`);
    return 0;
  },
};
