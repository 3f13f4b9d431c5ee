/**
 * A pod template in `kubectl describe` layout (kubectl pkg/describe/describe.go
 * DescribePodTemplate at v0.33.0), as `rollout history --revision=N` and
 * `rollout undo --dry-run=client` print it: raw tabs, no tabwriter alignment
 * (polymorphichelpers/history.go printTemplate writes into a plain buffer).
 *
 *   Pod Template:
 *     Labels:<TAB>app=web
 *   <TAB>pod-template-hash=5d4f8c6b9f
 *     Containers:
 *      nginx:
 *       Image:<TAB>nginx:1.27
 *       ...
 */
import type { PodTemplateSpec } from '../../../sim/index.js';
import { describePodTemplate as describeInto, PrefixWriter } from '../describe/index.js';

/** DescribePodTemplate into a string, tabs left raw. */
export function describePodTemplate(template: PodTemplateSpec | undefined): string {
  const w = new PrefixWriter();
  describeInto(w, template);
  return w.raw();
}
