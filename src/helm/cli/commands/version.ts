/** `helm version` (helm/helm cmd/helm/version.go). */
import { flag } from '../../../kubectl/index.js';
import { HELM_VERSION } from '../../chart/context.js';
import { noArgs } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

/** The build the simulator reports: the v3.21.4 tag's commit (helm/helm), built with go.mod's Go 1.26. */
export const BUILD_INFO = { version: HELM_VERSION, git_commit: '813176c51bb5c181dbbd7901298ddcc104cd3417', git_tree_state: 'clean', go_version: 'go1.26.0' };

export const versionCommand: HelmCommand = {
  name: 'version',
  use: 'version',
  short: 'print the client version information',
  long: HELP_TEXT.versionDesc,
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
