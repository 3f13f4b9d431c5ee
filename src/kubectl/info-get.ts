/**
 * cli-runtime's Info.Get (pkg/resource/visitor.go): when a named object is not found in a
 * namespace other than `default`, kubectl asks whether the namespace itself exists and, if it
 * does not, reports that instead (`namespaces "nothere" not found`).
 */
import { R, type ApiClient, type Status } from '../sim/index.js';

/** The error kubectl reports for a failed GET of a named object in `namespace`. */
export function infoGetError(client: ApiClient, status: Status, namespace: string | undefined): Status {
  if (status.reason !== 'NotFound' || !namespace || namespace === 'default') return status;
  const ns = client.get(R.namespaces, undefined, namespace);
  return !ns.ok && ns.status.reason === 'NotFound' ? ns.status : status;
}
