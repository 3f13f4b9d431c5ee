/**
 * The Job strategy's selector generation (kubernetes/kubernetes
 * pkg/registry/batch/job/strategy.go generateSelector): unless `manualSelector: true`, the
 * template gets `batch.kubernetes.io/controller-uid`, `batch.kubernetes.io/job-name` and the
 * legacy `controller-uid`, `job-name` labels, and the selector matches the controller uid.
 * Then, as the object read back from storage is defaulted again, SetDefaults_Job copies the
 * template labels to an unlabelled Job.
 */
import { SeededRandom } from '../../random.js';
import type { KObject } from '../../types.js';
import type { AdmissionContext } from '../index.js';

/**
 * The uid the API layer will give this object. Upstream fills the uid before
 * PrepareForCreate; our API layer draws it from the seeded generator right after admission,
 * so the next draw is read from a copy of the generator without advancing the real one.
 */
function expectedUid(obj: KObject, ctx: AdmissionContext): string {
  if (obj.metadata.uid) return obj.metadata.uid;
  const copy = Object.assign(Object.create(SeededRandom.prototype), ctx.rand) as SeededRandom;
  return copy.uuid();
}

export function generateJobSelector(o: KObject, ctx: AdmissionContext): void {
  const s = o.spec;
  if (!s || typeof s !== 'object' || s.manualSelector === true) return;
  const tpl = s.template && typeof s.template === 'object' ? s.template : (s.template = {});
  if (!tpl.metadata || typeof tpl.metadata !== 'object') tpl.metadata = {};
  const labels: Record<string, string> = (tpl.metadata.labels ??= {});
  const name = o.metadata.name ?? '';
  const uid = expectedUid(o, ctx);
  for (const k of ['job-name', 'batch.kubernetes.io/job-name']) if (!(k in labels)) labels[k] = name;
  for (const k of ['controller-uid', 'batch.kubernetes.io/controller-uid']) if (!(k in labels)) labels[k] = uid;
  if (!s.selector || typeof s.selector !== 'object') s.selector = {};
  const ml: Record<string, string> = (s.selector.matchLabels ??= {});
  if (!('batch.kubernetes.io/controller-uid' in ml)) ml['batch.kubernetes.io/controller-uid'] = uid;
  if (!o.metadata.labels || !Object.keys(o.metadata.labels).length) o.metadata.labels = { ...labels };
}
