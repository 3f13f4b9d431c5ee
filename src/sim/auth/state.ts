/** Per-cluster auth state (authorizer and token issuer), kept in `cluster.shared`. */
import type { Cluster } from '../cluster.js';
import { SeededRandom } from '../random.js';
import { SYSTEM_ADMIN, type UserInfo } from '../types.js';
import { RbacAuthorizer } from './authorizer.js';
import { TokenIssuer } from './tokens.js';

export interface AuthState {
  authorizer: RbacAuthorizer;
  issuer: TokenIssuer;
  /** Randomness of the auth subsystem only, so issuing tokens does not shift generated names. */
  rand: SeededRandom;
}

const KEY = 'auth';
const CONTROLLER_PREFIX = 'system:serviceaccount:kube-system:';

/** The auth state of `cluster`, created on first use. */
export function authState(cluster: Cluster): AuthState {
  let s = cluster.shared.get(KEY) as AuthState | undefined;
  if (!s) {
    const rand = new SeededRandom((cluster.options.seed * 2246822519 + 29) >>> 0);
    let names = new Set<string>();
    let seen = -1;
    // The simulated controllers act as kube-system ServiceAccounts; as in a real cluster they
    // are trusted components, so their requests skip RBAC evaluation (the hot path of a big rollout).
    const trusted = (u: UserInfo) => {
      // cluster.client()'s default identity is the simulator's own (bootstrap, grader, tests);
      // the learner's kubeconfig carries an equal but separate object, which RBAC evaluates.
      if (u === SYSTEM_ADMIN) return true;
      if (!u.name.startsWith(CONTROLLER_PREFIX)) return false;
      const all = cluster.controllers.names();
      if (all.length !== seen) {
        names = new Set(all.map((n) => CONTROLLER_PREFIX + n));
        seen = all.length;
      }
      return names.has(u.name);
    };
    s = {
      authorizer: new RbacAuthorizer(cluster.store, trusted),
      issuer: new TokenIssuer(rand.hex(64), rand.hex(43).replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[Number(d)])),
      rand,
    };
    cluster.shared.set(KEY, s);
  }
  return s;
}
