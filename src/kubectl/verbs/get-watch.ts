/**
 * `kubectl get -w` / `--watch-only` (get.go watch): print the current state (unless
 * watch-only), then one row per watch event while virtual time runs for the session's
 * watch window. Rows share one tabwriter whose column widths only grow, which is why a
 * real `get pods -w` shows later rows wider than the header.
 */
import { isStatus, storageKey, toTable, type KObject, type ResourceType } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag } from '../flags.js';
import type { ResourceSelection } from '../resources.js';
import type { VerbContext } from '../types.js';
import { GET_TABWRITER, TabWriter } from './describe/tabwriter.js';
import { printObject, type OutputFormat } from './get-printers.js';
import { TablePrinter } from './get-table.js';
import { printTemplated } from './get-templates.js';

export function runWatch(ctx: VerbContext, items: ResourceSelection[], format: OutputFormat): number {
  const p = ctx.parsed;
  if (items.length > 1 || (items[0]?.names.length ?? 0) > 1) {
    return fail(ctx, 'watch is only supported on individual resources and resource collections - more than 1 resource was found');
  }
  if (!items.length) return fail(ctx, "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  const { type, names } = items[0];
  const all = flag.bool(p, 'all-namespaces');
  const namespace = type.namespaced ? (all ? undefined : ctx.namespace) : undefined;
  const name = names[0];
  const query = { labelSelector: flag.str(p, 'selector') || undefined, fieldSelector: flag.str(p, 'field-selector') || undefined };
  const asTable = format.kind === 'table';
  const events = flag.bool(p, 'output-watch-events');
  const w = new TabWriter(GET_TABWRITER);
  const printer = new TablePrinter({
    wide: format.kind === 'table' && format.wide, allNamespaces: all, withKind: false, showLabels: flag.bool(p, 'show-labels'),
    labelColumns: flag.list(p, 'label-columns'), noHeaders: flag.bool(p, 'no-headers'), sortBy: '', withNamespace: all && type.namespaced, kind: type,
  }, w);
  let printedObjects = 0;
  const emit = (objs: KObject[], eventType: string | undefined) => {
    if (asTable) {
      printer.print(toTable(storageKey(type), objs, { now: ctx.session.cluster.now() }), events ? eventType : undefined);
      ctx.io.out(w.flush());
      return;
    }
    for (const o of objs) {
      const body = events ? ({ type: eventType, object: o } as unknown as KObject) : o;
      // One YAMLPrinter serves the whole watch: from the second object on it writes `---` first.
      if (format.kind === 'yaml' && printedObjects++ > 0) ctx.io.out('---\n');
      const r = format.kind === 'jsonpath' || format.kind === 'custom-columns' || format.kind === 'go-template' ? printTemplated(ctx, format, body) : printObject(format, body);
      if (r.ok) ctx.io.out(r.text);
    }
  };

  const res = ctx.client.request({ verb: name ? 'get' : 'list', group: type.group, resource: type.plural, namespace, name, query: name ? undefined : query });
  if (isStatus(res.body) && res.code >= 300) {
    ctx.io.err(`Error from server (${res.body.reason}): ${res.body.message}\n`);
    return 1;
  }
  if (!flag.bool(p, 'watch-only')) {
    const initial: KObject[] = name ? [res.body as KObject] : (res.body.items as KObject[]);
    if (initial.length) emit(initial, 'ADDED');
  }
  const stop = ctx.session.cluster.api.watch(
    { verb: 'watch', group: type.group, resource: type.plural, namespace, name, query, user: ctx.user },
    (e) => emit([e.object], e.type),
  );
  ctx.session.cluster.advance(ctx.session.watchWindowMs);
  stop();
  return 0;
}

/** Exposed for tests: which storage a watch of `type` follows. */
export function watchedResource(type: ResourceType): string {
  return storageKey(type);
}
