/**
 * helm's command table (cmd/helm/root.go newRootCmd). Commands the simulator does not model
 * (plugins, OCI registries, signing) still appear in `helm --help`, and answer
 * with an error that says so rather than pretending to work.
 */
import type { HelmCommand } from '../types.js';
import { GLOBAL_FLAGS } from '../common.js';
import { createCommand } from './create.js';
import { dependencyCommand } from './dependency.js';
import { envCommand } from './env.js';
import { getCommand } from './get.js';
import { historyCommand } from './history.js';
import { installCommand } from './install.js';
import { lintCommand } from './lint.js';
import { listCommand } from './list.js';
import { packageCommand } from './package.js';
import { pullCommand } from './pull.js';
import { repoCommand } from './repo.js';
import { rollbackCommand } from './rollback.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { statusCommand } from './status.js';
import { templateCommand } from './template.js';
import { testCommand } from './test.js';
import { uninstallCommand } from './uninstall.js';
import { upgradeCommand } from './upgrade.js';
import { versionCommand } from './version.js';

function unsupported(name: string, use: string, short: string): HelmCommand {
  return {
    name, use, short,
    run(ctx) {
      ctx.io.err(`Error: "helm ${name}" is not available in the simulated environment (no plugins, registries or network)\n`);
      return 1;
    },
  };
}

export const COMMANDS: HelmCommand[] = [
  unsupported('completion', 'completion', 'generate autocompletion scripts for the specified shell'),
  createCommand,
  dependencyCommand,
  envCommand,
  getCommand,
  { name: 'help', use: 'help [command]', short: 'Help about any command' },
  historyCommand,
  installCommand,
  lintCommand,
  listCommand,
  packageCommand,
  unsupported('plugin', 'plugin', 'install, list, or uninstall Helm plugins'),
  pullCommand,
  unsupported('push', 'push [chart] [remote]', 'push a chart to remote'),
  unsupported('registry', 'registry', 'login to or logout from a registry'),
  repoCommand,
  rollbackCommand,
  searchCommand,
  showCommand,
  statusCommand,
  templateCommand,
  testCommand,
  uninstallCommand,
  upgradeCommand,
  unsupported('verify', 'verify PATH', 'verify that a chart at the given path has been signed and is valid'),
  versionCommand,
];

const GLOBAL_USAGE = `The Kubernetes package manager

Common actions for Helm:

- helm search:    search for charts
- helm pull:      download a chart to your local directory to view
- helm install:   upload the chart to Kubernetes
- helm list:      list releases of charts

Environment variables:

| Name                               | Description                                                                                                |
|------------------------------------|------------------------------------------------------------------------------------------------------------|
| $HELM_CACHE_HOME                   | set an alternative location for storing cached files.                                                      |
| $HELM_CONFIG_HOME                  | set an alternative location for storing Helm configuration.                                                |
| $HELM_DATA_HOME                    | set an alternative location for storing Helm data.                                                         |
| $HELM_DEBUG                        | indicate whether or not Helm is running in Debug mode                                                      |
| $HELM_DRIVER                       | set the backend storage driver. Values are: configmap, secret, memory, sql.                                |
| $HELM_DRIVER_SQL_CONNECTION_STRING | set the connection string the SQL storage driver should use.                                               |
| $HELM_MAX_HISTORY                  | set the maximum number of helm release history.                                                            |
| $HELM_NAMESPACE                    | set the namespace used for the helm operations.                                                            |
| $HELM_NO_PLUGINS                   | disable plugins. Set HELM_NO_PLUGINS=1 to disable plugins.                                                 |
| $HELM_PLUGINS                      | set the path to the plugins directory                                                                      |
| $HELM_REGISTRY_CONFIG              | set the path to the registry config file.                                                                  |
| $HELM_REPOSITORY_CACHE             | set the path to the repository cache directory                                                             |
| $HELM_REPOSITORY_CONFIG            | set the path to the repositories file.                                                                     |
| $KUBECONFIG                        | set an alternative Kubernetes configuration file (default "~/.kube/config")                                |
| $HELM_KUBEAPISERVER                | set the Kubernetes API Server Endpoint for authentication                                                  |
| $HELM_KUBECAFILE                   | set the Kubernetes certificate authority file.                                                             |
| $HELM_KUBEASGROUPS                 | set the Groups to use for impersonation using a comma-separated list.                                      |
| $HELM_KUBEASUSER                   | set the Username to impersonate for the operation.                                                         |
| $HELM_KUBECONTEXT                  | set the name of the kubeconfig context.                                                                    |
| $HELM_KUBETOKEN                    | set the Bearer KubeToken used for authentication.                                                          |
| $HELM_KUBEINSECURE_SKIP_TLS_VERIFY | indicate if the Kubernetes API server's certificate validation should be skipped (insecure)                |
| $HELM_KUBETLS_SERVER_NAME          | set the server name used to validate the Kubernetes API server certificate                                 |
| $HELM_BURST_LIMIT                  | set the default burst limit in the case the server contains many CRDs (default 100, -1 to disable)         |
| $HELM_QPS                          | set the Queries Per Second in cases where a high number of calls exceed the option for higher burst values |

Helm stores cache, configuration, and data based on the following configuration order:

- If a HELM_*_HOME environment variable is set, it will be used
- Otherwise, on systems supporting the XDG base directory specification, the XDG variables will be used
- When no other location is set a default location will be used based on the operating system

By default, the default directories depend on the Operating System. The defaults are listed below:

| Operating System | Cache Path                | Configuration Path             | Data Path               |
|------------------|---------------------------|--------------------------------|-------------------------|
| Linux            | $HOME/.cache/helm         | $HOME/.config/helm             | $HOME/.local/share/helm |
| macOS            | $HOME/Library/Caches/helm | $HOME/Library/Preferences/helm | $HOME/Library/helm      |
| Windows          | %TEMP%\\helm               | %APPDATA%\\helm                 | %APPDATA%\\helm          |`;

/** `helm` itself: no Run, so alone it prints its help (exit 0). */
export const ROOT_COMMAND: HelmCommand = {
  name: 'helm',
  use: 'helm',
  short: 'The Helm package manager for Kubernetes.',
  long: GLOBAL_USAGE,
  flags: GLOBAL_FLAGS.filter((f) => f.name !== 'help'),
  subcommands: COMMANDS,
};
