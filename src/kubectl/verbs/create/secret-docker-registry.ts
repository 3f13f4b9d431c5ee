/**
 * `kubectl create secret docker-registry NAME --docker-username=U --docker-password=P
 * [--docker-email=E] [--docker-server=S]` or `--from-file=[key=]path`
 * (create_secret_docker.go): a `kubernetes.io/dockerconfigjson` Secret whose
 * `.dockerconfigjson` is `{"auths":{SERVER:{"username","password","email","auth"}}}`
 * (empty fields left out, auth = base64 of `user:password`).
 */
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, singleName } from './generator.js';
import './help-extra.js';
import { secretObject } from './secret-generic.js';
import { fromFileSources, toBase64 } from './secret-sources.js';

/** handleDockerCfgJSONContent: Go's json.Marshal of DockerConfigJSON (struct order, omitempty). */
export function dockerConfigJson(username: string, password: string, email: string, server: string): string {
  const entry: Record<string, string> = {};
  if (username) entry.username = username;
  if (password) entry.password = password;
  if (email) entry.email = email;
  const auth = toBase64(`${username}:${password}`);
  if (auth) entry.auth = auth;
  return JSON.stringify({ auths: { [server]: entry } }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const files = flag.list(ctx.parsed, 'from-file');
  const username = flag.str(ctx.parsed, 'docker-username');
  const password = flag.str(ctx.parsed, 'docker-password');
  const server = flag.str(ctx.parsed, 'docker-server');
  if (!files.length && (!username || !password || !server)) {
    return fail(ctx, 'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
  }
  const data: Record<string, string> = {};
  if (files.length) {
    const err = fromFileSources(ctx, data, files);
    if (err) return fail(ctx, err);
  } else {
    data['.dockerconfigjson'] = toBase64(dockerConfigJson(username, password, flag.str(ctx.parsed, 'docker-email'), server));
  }
  return createGenerated(ctx, secretObject(ctx, name, 'kubernetes.io/dockerconfigjson', data), undefined);
}

export const createSecretDockerRegistryVerb: VerbDef = {
  name: 'docker-registry', ...helpOf('create secret docker-registry'), short: 'Create a secret for use with a Docker registry', run,
};
