/**
 * The event recorder (client-go's record.EventRecorder with its correlator): repeated events
 * about the same object, reason and message are aggregated into one Event whose count and
 * lastTimestamp grow.
 */
import type { ApiClient } from './client.js';
import { R } from './client.js';
import type { VirtualClock } from './clock.js';
import { deepClone } from './objects.js';
import { groupVersion, resolveResource } from './registry.js';
import type { KEvent, KObject } from './types.js';

export interface EventSource {
  component: string;
  host?: string;
}

export interface RecordedEvent {
  at: number;
  namespace: string;
  involved: { kind: string; name: string; namespace?: string; uid?: string; fieldPath?: string };
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  source: EventSource;
}

function apiVersionOf(kind: string): string {
  const rt = resolveResource(kind);
  return rt ? groupVersion(rt) : 'v1';
}

export class EventRecorder {
  private byKey = new Map<string, string>();
  private seqAt = { ms: -1, n: 0 };
  private listeners: ((e: RecordedEvent) => void)[] = [];

  constructor(private readonly client: ApiClient, private readonly clock: VirtualClock) {}

  onEvent(l: (e: RecordedEvent) => void): void {
    this.listeners.push(l);
  }

  /** Records `reason`/`message` about `obj` (optionally a container inside it, via fieldPath). */
  record(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const namespace = obj.metadata.namespace || 'default';
    const involved = {
      kind: obj.kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace, uid: obj.metadata.uid, fieldPath,
    };
    const key = [involved.kind, namespace, involved.name, involved.uid, fieldPath ?? '', type, reason, message, source.component, source.host ?? ''].join('\u0000');
    const now = this.clock.iso();
    for (const l of this.listeners) l({ at: this.clock.now(), namespace, involved, type, reason, message, source });
    const existingName = this.byKey.get(key);
    if (existingName) {
      const got = this.client.get<KEvent>(R.events, namespace, existingName);
      if (got.ok) {
        const ev = deepClone(got.value);
        ev.count = (ev.count ?? 1) + 1;
        ev.lastTimestamp = now;
        this.client.update(R.events, ev);
        return;
      }
    }
    const name = `${involved.name}.${this.suffix()}`;
    const ev: KEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: {
        kind: obj.kind,
        namespace: obj.metadata.namespace,
        name: involved.name,
        uid: obj.metadata.uid,
        apiVersion: obj.apiVersion ?? apiVersionOf(obj.kind),
        resourceVersion: obj.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    if (!ev.involvedObject.namespace) delete ev.involvedObject.namespace;
    const created = this.client.create(R.events, namespace, ev);
    if (created.ok) this.byKey.set(key, name);
  }

  /** `%x` of a nanosecond timestamp, as client-go names events; unique within one instant. */
  private suffix(): string {
    const ms = this.clock.now();
    if (this.seqAt.ms === ms) this.seqAt.n++;
    else this.seqAt = { ms, n: 0 };
    const nanos = BigInt(ms) * 1000000n + BigInt(this.seqAt.n);
    return nanos.toString(16);
  }
}
