/**
 * The token controller (kubernetes/kubernetes pkg/controller/serviceaccount/
 * tokens_controller.go). Since 1.24 it no longer creates token Secrets, but a Secret of type
 * `kubernetes.io/service-account-token` annotated with `kubernetes.io/service-account.name`
 * gets `token`, `ca.crt` and `namespace` filled in and the ServiceAccount's uid recorded;
 * a token Secret whose ServiceAccount is missing (or was deleted) is deleted.
 */
import { ROOT_CA_PEM } from '../auth/bootstrap.js';
import { authState } from '../auth/state.js';
import { legacyClaims } from '../auth/tokens.js';
import { R } from '../client.js';
import { deepClone } from '../objects.js';
import type { KObject } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';

const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const NAME_KEY = 'kubernetes.io/service-account.name';
const UID_KEY = 'kubernetes.io/service-account.uid';
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Builds the controller; the token is signed by the cluster's issuer found through `shared`. */
export const serviceAccountTokenController: ControllerDef = {
  name: 'tokens-controller',
  component: 'tokens-controller',
  watches: [
    { resource: 'secrets', keys: (e) => (e.type !== 'DELETED' && e.object.type === TOKEN_TYPE ? [`${e.object.metadata.namespace}/${e.object.metadata.name}`] : []) },
    {
      resource: 'serviceaccounts',
      keys: (e, ctx) => {
        if (e.type !== 'DELETED') return [];
        const ns = e.object.metadata.namespace!;
        const keys: string[] = [];
        for (const s of ctx.store.scan('secrets', ns)) {
          if (s.type === TOKEN_TYPE && s.metadata.annotations?.[NAME_KEY] === e.object.metadata.name) keys.push(`${ns}/${s.metadata.name}`);
        }
        return keys;
      },
    },
  ],
  start(ctx) {
    for (const s of ctx.store.scan('secrets')) if (s.type === TOKEN_TYPE) ctx.enqueue(`${s.metadata.namespace}/${s.metadata.name}`);
  },
  sync: syncSecret,
};

function syncSecret(key: string, ctx: ControllerContext): void {
  const [namespace, name] = key.split('/');
  const secret = ctx.store.get('secrets', namespace, name);
  if (!secret || secret.metadata.deletionTimestamp || secret.type !== TOKEN_TYPE) return;
  const saName = secret.metadata.annotations?.[NAME_KEY] ?? '';
  const sa = ctx.store.get('serviceaccounts', namespace, saName);
  const wantUid = secret.metadata.annotations?.[UID_KEY];
  if (!sa || (wantUid && wantUid !== sa.metadata.uid)) {
    ctx.api.delete(R.secrets, namespace, name);
    return;
  }
  if (secret.data?.token && secret.data?.['ca.crt'] && secret.data?.namespace && wantUid) return;
  const copy = deepClone(secret) as KObject & { data?: Record<string, string> };
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [UID_KEY]: sa.metadata.uid! };
  const issuer = issuerOf(ctx);
  const data = { ...(copy.data ?? {}) };
  if (!data.token && issuer) data.token = b64(issuer.sign(legacyClaims(namespace, saName, sa.metadata.uid!, name)));
  data['ca.crt'] = data['ca.crt'] ?? b64(ROOT_CA_PEM);
  data.namespace = data.namespace ?? b64(namespace);
  copy.data = data;
  ctx.api.update(R.secrets, copy);
}

function issuerOf(ctx: ControllerContext) {
  const s = ctx.shared.get('auth') as ReturnType<typeof authState> | undefined;
  return s?.issuer;
}
