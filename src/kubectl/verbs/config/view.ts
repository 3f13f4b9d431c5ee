/** `kubectl config view`: the kubeconfig as a v1 Config, certificate data shown as DATA+OMITTED and secrets as REDACTED unless --raw; --minify keeps only the current context. */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { Kubeconfig } from '../../kubeconfig.js';
import { printJsonPath } from '../../printers/jsonpath.js';
import { printYaml } from '../../printers/yaml.js';
import { toJson } from '../get-printers.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

/** Where the learner's kubeconfig lives, for messages that name the file. */
export function kubeconfigPath(ctx: VerbContext): string {
  const env = ctx.session.env;
  return (ctx.parsed.values.get('kubeconfig') as string) || env.KUBECONFIG || `${env.HOME || '/root'}/.kube/config`;
}

/** Stand-in certificate bytes for `--raw` (the simulator has no real PKI). */
const FAKE_PEM = Buffer.from('-----BEGIN CERTIFICATE-----\nkubedojo simulated certificate\n-----END CERTIFICATE-----\n').toString('base64');

function data(value: string | undefined, raw: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!raw) return 'DATA+OMITTED';
  return value === 'DATA+OMITTED' ? FAKE_PEM : value;
}

function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined || o[k] === '') delete o[k];
  return o;
}

/** The v1 Config document `kubectl config view` prints. */
export function configDocument(cfg: Kubeconfig, opts: { raw: boolean; minify: boolean }): Record<string, unknown> {
  // clientcmd keeps these as maps and writes them sorted by name.
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let clusters = byName(cfg.clusters);
  let users = byName(cfg.users);
  let contexts = byName(cfg.contexts);
  if (opts.minify) {
    const cur = contexts.find((c) => c.name === cfg.currentContext);
    contexts = cur ? [cur] : [];
    clusters = clusters.filter((c) => c.name === cur?.cluster);
    users = users.filter((u) => u.name === cur?.user);
  }
  return {
    apiVersion: 'v1',
    clusters: clusters.map((c) => ({ cluster: compact({ 'certificate-authority-data': data(c.certificateAuthorityData, opts.raw), server: c.server }), name: c.name })),
    contexts: contexts.map((c) => ({ context: compact({ cluster: c.cluster, namespace: c.namespace, user: c.user }), name: c.name })),
    'current-context': cfg.currentContext,
    kind: 'Config',
    preferences: {},
    users: users.map((u) => {
      const x = u as typeof u & { username?: string; password?: string; clientCertificate?: string; clientKey?: string };
      return {
        name: u.name,
        user: compact({
          'client-certificate': x.clientCertificate,
          'client-certificate-data': data(u.clientCertificateData, opts.raw),
          'client-key': x.clientKey,
          'client-key-data': data(u.clientKeyData, opts.raw),
          password: x.password === undefined ? undefined : opts.raw ? x.password : 'REDACTED',
          token: u.token === undefined ? undefined : opts.raw ? u.token : 'REDACTED',
          username: x.username,
        }),
      };
    }),
  };
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  // view.go: with --minify, --context picks the context to keep (and becomes current-context).
  const contextFlag = flag.str(p, 'context');
  const cfg = flag.bool(p, 'minify') && contextFlag ? { ...ctx.session.kubeconfig, currentContext: contextFlag } : ctx.session.kubeconfig;
  if (flag.bool(p, 'minify') && !cfg.contexts.some((c) => c.name === cfg.currentContext)) {
    // clientcmd.MinifyConfig: a named context that is missing, else no current context at all (observed with kubectl.1.33).
    return fail(ctx, contextFlag ? `cannot locate context ${contextFlag}` : 'current-context must exist in order to minify');
  }
  const doc = configDocument(cfg, { raw: flag.bool(p, 'raw') || flag.bool(p, 'flatten'), minify: flag.bool(p, 'minify') });
  const output = flag.str(p, 'output');
  if (output === 'yaml') {
    ctx.io.out(printYaml(doc));
    return 0;
  }
  if (output === 'json') {
    ctx.io.out(toJson(doc));
    return 0;
  }
  const m = /^(jsonpath|jsonpath-as-json)=(.*)$/s.exec(output);
  if (m) {
    const r = printJsonPath(m[2], doc, { asJson: m[1] === 'jsonpath-as-json' });
    if (!r.ok) return fail(ctx, r.error);
    ctx.io.out(r.text);
    return 0;
  }
  if (output === 'name') {
    ctx.io.out('config/\n');
    return 0;
  }
  return fail(ctx, `unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
}

const FLAGS: FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats." },
  { name: 'flatten', type: 'bool', usage: "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)" },
  { name: 'merge', type: 'bool', default: true, usage: "Merge the full hierarchy of kubeconfig files" },
  { name: 'minify', type: 'bool', usage: "Remove all information not used by current-context from the output" },
  { name: 'output', shorthand: 'o', type: 'string', default: "yaml", usage: "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)." },
  { name: 'raw', type: 'bool', usage: "Display raw byte data and sensitive data" },
  { name: 'show-managed-fields', type: 'bool', usage: "If true, keep the managedFields when printing objects in JSON or YAML format." },
  { name: 'template', type: 'string', usage: "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]." },
];

export const viewVerb: VerbDef = {
  name: 'view',
  short: "Display merged kubeconfig settings or a specified kubeconfig file",
  long: "Display merged kubeconfig settings or a specified kubeconfig file.\n\n You can use --output jsonpath={...} to extract specific values using a jsonpath expression.",
  examples: "  # Show merged kubeconfig settings\n  kubectl config view\n  \n  # Show merged kubeconfig settings, raw certificate data, and exposed secrets\n  kubectl config view --raw\n  \n  # Get the password for the e2e user\n  kubectl config view -o jsonpath='{.users[?(@.name == \"e2e\")].user.password}'",
  usage: "kubectl config view [flags] [options]",
  flags: FLAGS,
  run,
};
