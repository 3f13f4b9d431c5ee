/** `kubectl config set-credentials NAME`: token, basic auth or client-certificate entries (`User "x" set.`). */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const name = p.args[0];
  if (!name) return fail(ctx, 'you must specify a non-empty user name');
  const cfg = ctx.session.kubeconfig;
  let u = cfg.users.find((x) => x.name === name);
  if (!u) {
    u = { name };
    cfg.users.push(u);
  }
  const entry = u as typeof u & { username?: string; password?: string; clientCertificate?: string; clientKey?: string };
  if (flag.given(p, 'token')) entry.token = flag.str(p, 'token') || undefined;
  if (flag.given(p, 'username')) entry.username = flag.str(p, 'username') || undefined;
  if (flag.given(p, 'password')) entry.password = flag.str(p, 'password') || undefined;
  if (flag.given(p, 'client-certificate')) entry.clientCertificate = flag.str(p, 'client-certificate') || undefined;
  if (flag.given(p, 'client-key')) entry.clientKey = flag.str(p, 'client-key') || undefined;
  ctx.io.out(`User "${name}" set.\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [
  { name: 'auth-provider', type: 'string', usage: "Auth provider for the user entry in kubeconfig" },
  { name: 'auth-provider-arg', type: 'stringSlice', usage: "'key=value' arguments for the auth provider" },
  { name: 'client-certificate', type: 'string', usage: "Path to client-certificate file for the user entry in kubeconfig" },
  { name: 'client-key', type: 'string', usage: "Path to client-key file for the user entry in kubeconfig" },
  { name: 'embed-certs', type: 'bool', usage: "Embed client cert/key for the user entry in kubeconfig" },
  { name: 'exec-api-version', type: 'string', usage: "API version of the exec credential plugin for the user entry in kubeconfig" },
  { name: 'exec-arg', type: 'stringSlice', usage: "New arguments for the exec credential plugin command for the user entry in kubeconfig" },
  { name: 'exec-command', type: 'string', usage: "Command for the exec credential plugin for the user entry in kubeconfig" },
  { name: 'exec-env', type: 'stringSlice', usage: "'key=value' environment values for the exec credential plugin" },
  { name: 'exec-interactive-mode', type: 'string', usage: "InteractiveMode of the exec credentials plugin for the user entry in kubeconfig" },
  { name: 'exec-provide-cluster-info', type: 'bool', usage: "ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig" },
  { name: 'password', type: 'string', usage: "password for the user entry in kubeconfig" },
  { name: 'token', type: 'string', usage: "token for the user entry in kubeconfig" },
  { name: 'username', type: 'string', usage: "username for the user entry in kubeconfig" },
];

export const setCredentialsVerb: VerbDef = {
  name: 'set-credentials',
  short: "Set a user entry in kubeconfig",
  long: "Set a user entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values.\n\n        Client-certificate flags:\n        --client-certificate=certfile --client-key=keyfile\n        \n        Bearer token flags:\n        --token=bearer_token\n        \n        Basic auth flags:\n        --username=basic_user --password=basic_password\n        \n Bearer token and basic auth are mutually exclusive.",
  examples: "  # Set only the \"client-key\" field on the \"cluster-admin\"\n  # entry, without touching other values\n  kubectl config set-credentials cluster-admin --client-key=~/.kube/admin.key\n  \n  # Set basic auth for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --username=admin --password=uXFGweU9l35qcif\n  \n  # Embed client certificate data in the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --client-certificate=~/.kube/admin.crt --embed-certs=true\n  \n  # Enable the Google Compute Platform auth provider for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --auth-provider=gcp\n  \n  # Enable the OpenID Connect auth provider for the \"cluster-admin\" entry with additional arguments\n  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-id=foo --auth-provider-arg=client-secret=bar\n  \n  # Remove the \"client-secret\" config value for the OpenID Connect auth provider for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-secret-\n  \n  # Enable new exec auth plugin for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1\n  \n  # Enable new exec auth plugin for the \"cluster-admin\" entry with interactive mode\n  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-interactive-mode=Never\n  \n  # Define new exec auth plugin arguments for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-arg=arg1 --exec-arg=arg2\n  \n  # Create or update exec auth plugin environment variables for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-env=key1=val1 --exec-env=key2=val2\n  \n  # Remove exec auth plugin environment variables for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-env=var-to-remove-",
  usage: "kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]",
  flags: FLAGS,
  run,
};
