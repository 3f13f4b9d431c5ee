/**
 * One kubeconfig for both sides of a differential run: the real kubectl reads it from a
 * file, the embedded one holds the same entries in its session, so `config view` and
 * `cluster-info` print the same server address and names. The server speaks HTTPS with a
 * certificate made at startup (kubectl sends a token only over TLS); its CA goes in both.
 */
import { KIND_ADMIN, type Kubeconfig } from '../../../src/kubectl/kubeconfig.js';
import { kubeconfigYaml } from '../../../src/serve/kubeconfig.js';

/** The names kind gives its entries; scripts' `--context` and messages use them. */
export const CONTEXT = 'kind-kind';

/** The kubeconfig file the real kubectl gets, as clientcmd writes it, with kind's entry names. */
export function kubeconfigFile(server: string, token: string, caData: string | undefined): string {
  return kubeconfigYaml(server, token, caData, { name: CONTEXT, namespace: null });
}

/**
 * The same kubeconfig for the embedded session. The embedded cluster never saw the serve
 * token, so the user also carries the identity that token stands for on the server (the
 * kind admin, ServeOptions.admin's default).
 */
export function embeddedKubeconfig(server: string, token: string, caData: string | undefined): Kubeconfig {
  return {
    clusters: [{ name: CONTEXT, server, ...(caData ? { certificateAuthorityData: caData } : {}) }],
    users: [{ name: CONTEXT, token, identity: KIND_ADMIN }],
    contexts: [{ name: CONTEXT, cluster: CONTEXT, user: CONTEXT }],
    currentContext: CONTEXT,
    preferences: {},
  };
}
