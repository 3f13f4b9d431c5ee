/** `kubectl config set PROPERTY VALUE` for the common properties (`Property "X" set.`). */
import { fail } from '../../context.js';
import { setProperty } from './property.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const [name, value] = ctx.parsed.args;
  if (ctx.parsed.args.length !== 2) return fail(ctx, `Unexpected args: [${ctx.parsed.args.join(' ')}]`);
  const err = setProperty(ctx.session.kubeconfig, name, value);
  if (err) return fail(ctx, err);
  ctx.io.out(`Property "${name}" set.\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [
  { name: 'set-raw-bytes', type: 'bool', usage: "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding." },
];

export const setVerb: VerbDef = {
  name: 'set',
  short: "Set an individual value in a kubeconfig file",
  long: "Set an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.\n\n PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.\n\n Specifying an attribute name that already exists will merge new fields on top of existing values.",
  examples: "  # Set the server field on the my-cluster cluster to https://1.2.3.4\n  kubectl config set clusters.my-cluster.server https://1.2.3.4\n  \n  # Set the certificate-authority-data field on the my-cluster cluster\n  kubectl config set clusters.my-cluster.certificate-authority-data $(echo \"cert_data_here\" | base64 -i -)\n  \n  # Set the cluster field in the my-context context to my-cluster\n  kubectl config set contexts.my-context.cluster my-cluster\n  \n  # Set the client-key-data field in the cluster-admin user using --set-raw-bytes option\n  kubectl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true",
  usage: "kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]",
  flags: FLAGS,
  run,
};
