/**
 * The ServiceAccount admission plugin's existence check (kubernetes/kubernetes plugin/pkg/
 * admission/serviceaccount/admission.go): a pod may only name a ServiceAccount that exists:
 *
 *   pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found
 *
 * Until the namespace has any ServiceAccount at all (the controller has not run yet, or a
 * bare test store), the check is skipped rather than racing the controller.
 */
import type { AdmissionStep } from '../admission/index.js';
import { forbidden } from '../errors.js';

export const serviceAccountExistsStep: AdmissionStep = (obj, ctx) => {
  if (ctx.operation !== 'CREATE' || ctx.type.kind !== 'Pod' || ctx.type.group !== '' || ctx.subresource) return obj;
  const ns = obj.metadata.namespace ?? '';
  const sa = (obj.spec?.serviceAccountName as string | undefined) || 'default';
  if (ctx.store.get('serviceaccounts', ns, sa) || !ctx.store.count('serviceaccounts', ns)) return obj;
  return forbidden({ plural: 'pods', group: '' }, obj.metadata.name, `error looking up service account ${ns}/${sa}: serviceaccount "${sa}" not found`);
};
