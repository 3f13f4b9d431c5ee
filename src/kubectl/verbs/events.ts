/**
 * `kubectl events` (kubernetes/kubectl pkg/cmd/events, 1.33): LAST SEEN TYPE REASON
 * OBJECT MESSAGE, oldest first, OBJECT as `Kind/name`; `--for TYPE/NAME`, `--types`,
 * `-A`, `-o` formats and `--watch` bounded by the session's watch window.
 */
import { goSort } from '../util/go-sort.js';
import { R, resolveResource, type KEvent, type KObject } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag, type FlagSpec } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { GET_TABWRITER, TabWriter } from './describe/tabwriter.js';
import { since } from './describe/writer.js';
import { parseOutput, printObject } from './get-printers.js';
import { printTemplated } from './get-templates.js';

const LONG = "Display events.\n\n Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.";
const EXAMPLES = "  # List recent events in the default namespace\n  kubectl events\n  \n  # List recent events in all namespaces\n  kubectl events --all-namespaces\n  \n  # List recent events for the specified pod, then wait for more events and list them as they arrive\n  kubectl events --for pod/web-pod-13je7 --watch\n  \n  # List recent events in YAML format\n  kubectl events -oyaml\n  \n  # List recent only events of type 'Warning' or 'Normal'\n  kubectl events --types=Warning,Normal";
const USAGE = "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]";
const FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace." },
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats." },
  { name: 'chunk-size', type: 'int', default: 500, usage: "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future." },
  { name: 'for', type: 'string', usage: "Filter events to only those pertaining to the specified resource." },
  { name: 'no-headers', type: 'bool', usage: "When using the default output format, don't print headers." },
  { name: 'output', shorthand: 'o', type: 'string', usage: "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)." },
  { name: 'show-managed-fields', type: 'bool', usage: "If true, keep the managedFields when printing objects in JSON or YAML format." },
  { name: 'template', type: 'string', usage: "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]." },
  { name: 'types', type: 'stringSlice', usage: "Output only events of given types." },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: "After listing the requested events, watch for more events." },
];

type Series = { count: number; lastObservedTime: string };

/** getInterval: `5s`, or `2m (x4 over 10m)` for repeated events. */
function interval(e: KEvent, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
  const series = (e as KEvent & { series?: Series }).series;
  if (series) return `${since(series.lastObservedTime, now)} (x${series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** eventTime: series last, else lastTimestamp, else eventTime (what the list is sorted by). */
function sortTime(e: KEvent): number {
  const series = (e as KEvent & { series?: Series }).series;
  const t = series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? '';
  return Date.parse(t) || 0;
}

function row(e: KEvent, all: boolean, now: number): string {
  const cells = [interval(e, now), e.type, e.reason, `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`, (e.message ?? '').trim()];
  return `${all ? `${e.metadata.namespace}\t` : ''}${cells.join('\t')}\n`;
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const types = flag.list(p, 'types');
  if (types.some((t) => !/^(normal|warning)$/i.test(t))) return fail(ctx, 'valid --types are Normal or Warning');
  const all = flag.bool(p, 'all-namespaces');
  let forFilter: ((e: KEvent) => boolean) | undefined;
  const forArg = flag.str(p, 'for');
  if (forArg) {
    const parts = forArg.split('/');
    if (parts.length !== 2) return fail(ctx, parts.length > 2 ? 'arguments in resource/name form may not have more than one slash' : '--for must be in resource/name form');
    const type = resolveResource(parts[0]);
    if (!type) return fail(ctx, `the server doesn't have a resource type "${parts[0]}"`);
    forFilter = (e) => e.involvedObject?.kind === type.kind && e.involvedObject?.name === parts[1];
  }
  const output = flag.str(p, 'output');
  const parsedOut = output ? parseOutput(output, (path) => ctx.session.files.read(path)) : undefined;
  if (parsedOut && !parsedOut.ok) return fail(ctx, parsedOut.error);
  const keep = (e: KEvent) => (!types.length || types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase())) && (!forFilter || forFilter(e));
  const res = ctx.client.list<KEvent>(R.events, all ? undefined : ctx.namespace);
  if (!res.ok) {
    ctx.io.err(`Error from server (${res.status.reason}): ${res.status.message}\n`);
    return 1;
  }
  // SortableEvents with sort.Sort: Go's unstable order for events of the same second.
  const events = goSort(res.value.items.filter(keep), (a, b) => sortTime(a) < sortTime(b));
  const w = new TabWriter(GET_TABWRITER);
  let headers = false;
  const printTable = (list: KEvent[]) => {
    if (!flag.bool(p, 'no-headers') && !headers) {
      w.write(`${all ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`);
      headers = true;
    }
    for (const e of list) w.write(row(e, all, ctx.session.cluster.now()));
    ctx.io.out(w.flush());
  };
  const printOther = (obj: KObject) => {
    const format = parsedOut!.ok ? parsedOut!.format : undefined;
    if (!format) return;
    const r = format.kind === 'jsonpath' || format.kind === 'custom-columns' || format.kind === 'go-template' ? printTemplated(ctx, format, obj) : printObject(format, obj);
    if (r.ok) ctx.io.out(r.text);
    else ctx.io.err(`error: ${r.error}\n`);
  };
  const listObj = { apiVersion: 'v1', kind: 'EventList', metadata: { resourceVersion: (res.value as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion ?? '' }, items: events } as unknown as KObject;
  if (!flag.bool(p, 'watch')) {
    if (!events.length) {
      ctx.io.err(all ? 'No events found.\n' : `No events found in ${ctx.namespace} namespace.\n`);
      return 0;
    }
    if (parsedOut) printOther(listObj);
    else printTable(events);
    return 0;
  }
  if (parsedOut) printOther(listObj);
  else if (events.length) printTable(events);
  const stop = ctx.session.cluster.api.watch(
    { verb: 'watch', group: '', resource: 'events', namespace: all ? undefined : ctx.namespace, user: ctx.user },
    (ev) => {
      if (ev.type === 'DELETED' || !keep(ev.object as KEvent)) return;
      if (parsedOut) printOther(ev.object);
      else printTable([ev.object as KEvent]);
    },
  );
  ctx.session.cluster.advance(ctx.session.watchWindowMs);
  stop();
  return 0;
}

export const eventsVerb: VerbDef = {
  name: 'events',
  group: 'Troubleshooting and Debugging Commands',
  short: 'List events',
  long: LONG,
  examples: EXAMPLES,
  usage: USAGE,
  flags: FLAGS,
  run,
};
