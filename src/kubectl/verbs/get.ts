/**
 * `kubectl get` (kubernetes/kubectl pkg/cmd/get/get.go, release-1.33): tables from the
 * server for human output, the objects for -o yaml|json|name|jsonpath|custom-columns,
 * watches bounded by the session's watch window of virtual time.
 */
import { flag, type FlagSpec } from '../flags.js';
import { fail, failUsage } from '../context.js';
import type { VerbContext, VerbDef } from '../types.js';
import { genericObject } from './get-output.js';
import { getRaw } from './get-raw.js';
import { parseOutput, printObject } from './get-printers.js';
import { fetchForGet, objectsOf, selectResources } from './get-select.js';
import { printTables } from './get-table.js';
import { runWatch } from './get-watch.js';
import { printTemplated, type Printed } from './get-templates.js';

const LONG = "Display one or many resources.\n\n Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.\n\n By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.";
const EXAMPLES = "  # List all pods in ps output format\n  kubectl get pods\n  \n  # List all pods in ps output format with more information (such as node name)\n  kubectl get pods -o wide\n  \n  # List a single replication controller with specified NAME in ps output format\n  kubectl get replicationcontroller web\n  \n  # List deployments in JSON output format, in the \"v1\" version of the \"apps\" API group\n  kubectl get deployments.v1.apps -o json\n  \n  # List a single pod in JSON output format\n  kubectl get -o json pod web-pod-13je7\n  \n  # List a pod identified by type and name specified in \"pod.yaml\" in JSON output format\n  kubectl get -f pod.yaml -o json\n  \n  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl get -k dir/\n  \n  # Return only the phase value of the specified pod\n  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}\n  \n  # List resource information in custom columns\n  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image\n  \n  # List all replication controllers and services together in ps output format\n  kubectl get rc,services\n  \n  # List one or more resources by their type and names\n  kubectl get rc/web service/frontend pods/web-pod-13je7\n  \n  # List the 'status' subresource for a single pod\n  kubectl get pod web-pod-13je7 --subresource status\n  \n  # List all deployments in namespace 'backend'\n  kubectl get deployments.apps --namespace backend\n  \n  # List all pods existing in all namespaces\n  kubectl get pods --all-namespaces";
const USAGE = "kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]";
const FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace." },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats." },
  { name: 'chunk-size', type: 'int', default: 500, usage: "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future." },
  { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: "Filename, directory, or URL to files identifying the resource to get from a server." },
  { name: 'ignore-not-found', type: 'bool', usage: "If the requested object does not exist the command will return exit code 0." },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: "Process the kustomization directory. This flag can't be used together with -f or -R." },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: "Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2..." },
  { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
  { name: 'output', shorthand: 'o', type: 'string', usage: "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/]." },
  { name: 'output-watch-events', type: 'bool', usage: "Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events." },
  { name: 'raw', type: 'string', usage: "Raw URI to request from the server.  Uses the transport specified by the kubeconfig file." },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory." },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints." },
  { name: 'server-print', type: 'bool', default: true, usage: "If true, have the server return the appropriate table output. Supports extension APIs and CRDs." },
  { name: 'show-kind', type: 'bool', usage: "If present, list the resource type for the requested object(s)." },
  { name: 'show-labels', type: 'bool', usage: "When printing, show all labels as the last column (default hide labels column)" },
  { name: 'show-managed-fields', type: 'bool', usage: "If true, keep the managedFields when printing objects in JSON or YAML format." },
  { name: 'sort-by', type: 'string', usage: "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string." },
  { name: 'subresource', type: 'string', usage: "If specified, gets the subresource of the requested object. This flag is beta and may change in the future." },
  { name: 'template', type: 'string', usage: "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]." },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: "After listing/getting the requested object, watch for changes." },
  { name: 'watch-only', type: 'bool', usage: "Watch for changes to the requested object(s), without listing/getting first." },
];

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const raw = flag.str(p, 'raw');
  if (raw) {
    if (p.args.length) return fail(ctx, 'arguments may not be passed when --raw is specified');
    if (flag.bool(p, 'watch') || flag.bool(p, 'watch-only') || flag.str(p, 'selector')) return fail(ctx, '--raw may not be specified with other flags that filter the server request or alter the output');
    if (flag.str(p, 'output')) return fail(ctx, '--raw and --output are mutually exclusive');
    return getRaw(ctx, raw);
  }
  const output = flag.str(p, 'output');
  if (flag.bool(p, 'show-labels') && output !== '' && output !== 'wide') return fail(ctx, `--show-labels option cannot be used with ${output} printer`);
  const watching = flag.bool(p, 'watch') || flag.bool(p, 'watch-only');
  if (flag.bool(p, 'output-watch-events') && !watching) return fail(ctx, '--output-watch-events option can only be used with --watch or --watch-only');
  const parsedOut = parseOutput(output, (path) => ctx.session.files.read(path));
  if (!parsedOut.ok) return fail(ctx, parsedOut.error);
  const format = parsedOut.format;
  const args = p.args;
  const files = flag.list(p, 'filename');
  if (flag.str(p, 'sort-by') && watching) {
    ctx.io.err(`warning: --${flag.bool(p, 'watch') ? 'watch requested, --sort-by will be ignored for watch events received' : 'watch-only requested, --sort-by will be ignored'}\n`);
  }
  if (!watching && !args.length && !files.length) {
    ctx.io.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
    return failUsage(ctx, 'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).');
  }
  const selected = selectResources(args);
  if (!selected.ok) return fail(ctx, selected.error);
  if (watching) return runWatch(ctx, selected.items, format);

  if (format.kind === 'table') {
    const fetched = fetchForGet(ctx, selected.items, true);
    const kinds = new Set(fetched.infos.map((i) => i.type));
    const written = printTables((s) => ctx.io.out(s), fetched.infos, {
      wide: format.wide,
      allNamespaces: flag.bool(p, 'all-namespaces'),
      withKind: kinds.size > 1 || flag.bool(p, 'show-kind'),
      showLabels: flag.bool(p, 'show-labels'),
      labelColumns: flag.list(p, 'label-columns'),
      noHeaders: flag.bool(p, 'no-headers'),
      sortBy: flag.str(p, 'sort-by'),
    });
    if (!written && !flag.bool(p, 'ignore-not-found') && !fetched.errors.length) {
      ctx.io.err(fetched.allNamespaced ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n');
    }
    for (const e of fetched.errors) ctx.io.err(`${e}\n`);
    return fetched.errors.length ? 1 : 0;
  }

  const fetched = fetchForGet(ctx, selected.items, false);
  if (fetched.singleItemImplied && fetched.errors.length) {
    for (const e of fetched.errors) ctx.io.err(`${e}\n`);
    return 1;
  }
  const items = fetched.infos.flatMap(objectsOf);
  if (!items.length && flag.bool(p, 'ignore-not-found')) {
    for (const e of fetched.errors) ctx.io.err(`${e}\n`);
    return fetched.errors.length ? 1 : 0;
  }
  const obj = genericObject(items, fetched.singleItemImplied);
  const printed: Printed = format.kind === 'jsonpath' || format.kind === 'custom-columns' || format.kind === 'go-template'
    ? printTemplated(ctx, format, obj)
    : printObject(format, obj, flag.bool(p, 'show-managed-fields'));
  if (printed.ok) ctx.io.out(printed.text);
  else {
    if (printed.text) ctx.io.out(printed.text);
    fetched.errors.push(`error: ${printed.error}`);
  }
  for (const e of fetched.errors) ctx.io.err(`${e}\n`);
  return fetched.errors.length ? 1 : 0;
}

export const getVerb: VerbDef = {
  name: 'get',
  group: 'Basic Commands (Intermediate)',
  short: 'Display one or many resources',
  long: LONG,
  examples: EXAMPLES,
  usage: USAGE,
  flags: FLAGS,
  run,
};
