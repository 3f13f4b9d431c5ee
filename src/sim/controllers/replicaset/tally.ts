/**
 * A running count of a set's pods (active, matching the selector, fully labelled, ready),
 * updated from the pods that changed since the last sync instead of recounting every pod:
 * a 1,000-replica set re-syncs on every pod status change. Rebuilt from scratch whenever
 * the selector or template labels differ from what it was built for.
 */
import type { Selector } from '../../labels.js';
import { matches } from '../../labels.js';
import type { KObject } from '../../types.js';
import { podFacts } from './pod-availability.js';
import type { PodIndex } from './pod-index.js';

interface Entry {
  active: boolean;
  match: boolean;
  labeled: boolean;
  ready: boolean;
}

export interface Counts {
  /** Active pods matching the selector: what the set owns after claiming. */
  claimed: number;
  /** Active owned pods that no longer match (to be released). */
  unmatched: number;
  fullyLabeled: number;
  ready: number;
}

class Tally {
  readonly entries = new Map<string, Entry>();
  readonly counts: Counts = { claimed: 0, unmatched: 0, fullyLabeled: 0, ready: 0 };
  constructor(readonly selector: Selector, readonly labelsKey: string, readonly templateLabels: Record<string, string>) {}

  set(key: string, pod: KObject | undefined): void {
    const old = this.entries.get(key);
    if (old) this.count(old, -1);
    if (!pod) {
      this.entries.delete(key);
      return;
    }
    const f = podFacts(pod);
    const l = pod.metadata.labels ?? {};
    const e: Entry = {
      active: f.active,
      match: matches(this.selector, l),
      labeled: Object.keys(this.templateLabels).every((k) => l[k] === this.templateLabels[k]),
      ready: f.ready,
    };
    this.entries.set(key, e);
    this.count(e, 1);
  }

  private count(e: Entry, d: number): void {
    if (!e.active) return;
    if (!e.match) {
      this.counts.unmatched += d;
      return;
    }
    this.counts.claimed += d;
    if (e.labeled) this.counts.fullyLabeled += d;
    if (e.ready) this.counts.ready += d;
  }
}

const tallies = new WeakMap<PodIndex, Map<string, Tally>>();

/** Up-to-date counts of the pods owned by `uid` for this selector and template labels. */
export function countsFor(index: PodIndex, uid: string, selector: Selector, templateLabels: Record<string, string>): Counts {
  let byUid = tallies.get(index);
  if (!byUid) tallies.set(index, (byUid = new Map()));
  const labelsKey = JSON.stringify(templateLabels);
  let t = byUid.get(uid);
  if (!t || t.selector !== selector || t.labelsKey !== labelsKey) {
    t = new Tally(selector, labelsKey, templateLabels);
    byUid.set(uid, t);
    index.track(uid);
    index.takeDirty(uid);
    for (const p of index.owned(uid)) t.set(`${p.metadata.namespace}/${p.metadata.name}`, p);
    return t.counts;
  }
  for (const key of index.takeDirty(uid)) t.set(key, index.ownedPod(uid, key));
  return t.counts;
}

/** Forgets the tally of a set that no longer exists. */
export function dropTally(index: PodIndex, uid: string): void {
  tallies.get(index)?.delete(uid);
}
