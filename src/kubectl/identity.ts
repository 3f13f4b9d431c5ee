/**
 * Who a kubectl command acts as: the current context's credentials (a client certificate's
 * subject, or a bearer token the API server authenticates), then `--as`/`--as-group`
 * impersonation, which the API server authorizes first (kubernetes/apiserver
 * pkg/endpoints/filters/impersonation.go). A failure at either step answers every request
 * of the command with that error, as the real API server would.
 */
import { ApiClient, authenticateBearerToken, impersonateUser, unauthorized, type Api, type ApiRequest, type ApiResponse, type Cluster, type Status, type UserInfo } from '../sim/index.js';
import { formatStatus } from './errors.js';
import { currentContext, type Kubeconfig, type KubeconfigUser } from './kubeconfig.js';

const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };

export type Identity = { ok: true; user: UserInfo } | { ok: false; status: Status };

/** An ApiClient whose every request fails with `status` (401 from authentication, 403 from impersonation). */
export class RejectingClient extends ApiClient {
  constructor(api: Api, user: UserInfo, readonly rejection: Status) {
    super(api, user);
  }

  override request(_req: Omit<ApiRequest, 'user'>): ApiResponse {
    return { code: this.rejection.code, body: this.rejection };
  }
}


/** The identity the kubeconfig's credentials authenticate as (before impersonation). */
export function authenticate(cluster: Cluster, cfg: Kubeconfig, contextName: string, userOverride = '', tokenOverride = ''): Identity {
  const ctx = currentContext(cfg, contextName);
  // --user picks another kubeconfig user for this command.
  const user = cfg.users.find((u) => u.name === (userOverride || ctx?.user));
  // A client certificate is checked before a bearer token (the API server's authenticator order).
  if (user?.identity) return { ok: true, user: user.identity };
  // --token replaces the kubeconfig user's token for this command.
  const token = tokenOverride || user?.token;
  if (!user && !token) return { ok: true, user: ANONYMOUS };
  if (token) {
    const who = authenticateBearerToken(cluster, token);
    return who ? { ok: true, user: who } : { ok: false, status: unauthorized() };
  }
  // Credentials the simulated server cannot check (basic auth, files it cannot read) are refused.
  const entry = user as unknown as Record<string, unknown>;
  if (entry?.username || entry?.clientCertificate) return { ok: false, status: unauthorized() };
  return { ok: true, user: ANONYMOUS };
}

/** `--as` / `--as-group`: the impersonated identity, if the actor may impersonate it (the API server's impersonation filter). */
export function impersonate(cluster: Cluster, actor: UserInfo, as: string, asGroups: string[]): Identity {
  if (!as) return { ok: true, user: actor };
  return impersonateUser(cluster, actor, { user: as, groups: asGroups });
}

/** The client a command uses: acting as the resolved identity, or failing every request. */
export function clientFor(cluster: Cluster, cfg: Kubeconfig, contextName: string, as: string, asGroups: string[], userOverride = '', tokenOverride = ''): { user: UserInfo; client: ApiClient } {
  const base = authenticate(cluster, cfg, contextName, userOverride, tokenOverride);
  if (!base.ok) return { user: ANONYMOUS, client: new RejectingClient(cluster.api, ANONYMOUS, base.status) };
  const who = impersonate(cluster, base.user, as, asGroups);
  if (!who.ok) return { user: base.user, client: new RejectingClient(cluster.api, base.user, who.status) };
  return { user: who.user, client: new ApiClient(cluster.api, who.user) };
}

/** The error every request of this command gets, when authentication or impersonation failed. */
export function rejectionOf(client: ApiClient): Status | undefined {
  return client instanceof RejectingClient ? client.rejection : undefined;
}

/** Commands that never contact the API server, so bad credentials do not stop them. */
const LOCAL_COMMANDS = ['kubectl config', 'kubectl options', 'kubectl completion', 'kubectl plugin', 'kubectl help', 'kubectl kustomize'];

/**
 * kubectl discovers the API before its first request; with credentials the server rejects,
 * that fails first (`error: You must be logged in to the server (Unauthorized)`), whatever
 * the command. A context whose cluster is not in the kubeconfig has no server, so kubectl
 * falls back to localhost:8080 (clientcmd ConfirmUsable → ErrEmptyConfig). Returns the line
 * to print, or undefined when the command may run.
 */
export function discoveryFailure(commandPath: string, client: ApiClient, cfg?: Kubeconfig, contextName = '', clusterOverride = '', userOverride = ''): string | undefined {
  if (LOCAL_COMMANDS.some((c) => commandPath === c || commandPath.startsWith(`${c} `))) return undefined;
  // clientcmd's checks of --user and --cluster against the kubeconfig (observed with kubectl.1.33).
  if (cfg && userOverride && !cfg.users.some((u) => u.name === userOverride)) return `error: auth info "${userOverride}" does not exist`;
  if (cfg && clusterOverride && !cfg.clusters.some((c) => c.name === clusterOverride)) return `error: no server found for cluster "${clusterOverride}"`;
  if (cfg) {
    const clusterName = clusterOverride || currentContext(cfg, contextName)?.cluster;
    if (!cfg.clusters.some((c) => c.name === clusterName)) return 'The connection to the server localhost:8080 was refused - did you specify the right host or port?';
  }
  const rejected = rejectionOf(client);
  if (!rejected || rejected.code !== 401) return undefined;
  return formatStatus(rejected);
}

/**
 * clientcmd's prompt (auth_loaders.go PromptingAuthLoader): against an https server, a
 * context whose user has no credentials at all makes kubectl ask for a username and password
 * on stdin before its first request. True when this command would ask.
 */
export function promptsForCredentials(commandPath: string, parsed: { values: Map<string, unknown> }, cfg: Kubeconfig, contextName: string, userOverride: string, tokenOverride: string): boolean {
  if (LOCAL_COMMANDS.some((c) => commandPath === c || commandPath.startsWith(`${c} `))) return false;
  if (tokenOverride || parsed.values.get('client') === true || parsed.values.get('local') === true || parsed.values.get('dry-run') === 'client') return false;
  const ctx = currentContext(cfg, contextName);
  const cluster = cfg.clusters.find((c) => c.name === ctx?.cluster);
  if (!cluster?.server.startsWith('https://')) return false;
  const user = cfg.users.find((u) => u.name === (userOverride || ctx?.user)) as (KubeconfigUser & Record<string, unknown>) | undefined;
  return !user || !(user.identity || user.token || user.username || user.clientCertificate || user.clientCertificateData || user.exec || user.authProvider || user.tokenFile);
}

