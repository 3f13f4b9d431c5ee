/** `helm env [NAME]` (helm/helm cmd/helm/env.go): the client's environment, `KEY="value"` sorted. */
import { maxArgs } from '../common.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

function envVars(ctx: HelmContext): Record<string, string> {
  const home = ctx.session.env.HOME || '/home/learner';
  return {
    HELM_BIN: 'helm',
    HELM_BURST_LIMIT: '100',
    HELM_CACHE_HOME: `${home}/.cache/helm`,
    HELM_CONFIG_HOME: `${home}/.config/helm`,
    HELM_DATA_HOME: `${home}/.local/share/helm`,
    HELM_DEBUG: String(ctx.parsed.values.get('debug') === true),
    HELM_KUBEAPISERVER: '',
    HELM_KUBEASGROUPS: '',
    HELM_KUBEASUSER: String(ctx.parsed.values.get('kube-as-user') ?? ''),
    HELM_KUBECAFILE: '',
    HELM_KUBECONTEXT: String(ctx.parsed.values.get('kube-context') ?? ''),
    HELM_KUBEINSECURE_SKIP_TLS_VERIFY: 'false',
    HELM_KUBETLS_SERVER_NAME: '',
    HELM_KUBETOKEN: '',
    HELM_MAX_HISTORY: ctx.session.env.HELM_MAX_HISTORY || '10',
    HELM_NAMESPACE: ctx.namespace,
    HELM_PLUGINS: `${home}/.local/share/helm/plugins`,
    HELM_QPS: '0.00',
    HELM_REGISTRY_CONFIG: `${home}/.config/helm/registry/config.json`,
    HELM_REPOSITORY_CACHE: `${home}/.cache/helm/repository`,
    HELM_REPOSITORY_CONFIG: `${home}/.config/helm/repositories.yaml`,
  };
}

export const envCommand: HelmCommand = {
  name: 'env',
  use: 'env',
  short: 'helm client environment information',
  long: HELP_TEXT.envHelp,
  args: maxArgs(1),
  run(ctx) {
    const vars = envVars(ctx);
    if (ctx.args.length === 1) {
      ctx.io.out(`${vars[ctx.args[0]] ?? ''}\n`);
      return 0;
    }
    ctx.io.out(Object.keys(vars).sort().map((k) => `${k}="${vars[k]}"\n`).join(''));
    return 0;
  },
};
