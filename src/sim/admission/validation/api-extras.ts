/**
 * Validation of the API-extension kinds: an APIService's name is its
 * `spec.version + "." + spec.group` (k8s.io/kube-aggregator pkg/apis/apiregistration/validation,
 * ValidateAPIService; the name itself only has to be a valid path segment, hence `v1.`).
 */
import type { KObject } from '../../types.js';
import { invalid, type Errs } from './field.js';

export function validateAPIService(o: KObject, errs: Errs): void {
  const required = `${o.spec?.version ?? ''}.${o.spec?.group ?? ''}`;
  const name = o.metadata.name ?? '';
  if (name && name !== required) errs.push(invalid('metadata.name', name, `must be \`spec.version+"."+spec.group\`: "${required}"`));
}
