/**
 * `spec.podFailurePolicy` (kubernetes/kubernetes pkg/controller/job/pod_failure_policy.go
 * `matchPodFailurePolicy`): the first rule whose onExitCodes or onPodConditions match a
 * failed pod decides — FailJob fails the Job at once, Ignore does not count the failure,
 * Count (and FailIndex here) counts it as usual. No rule matching counts it too.
 */
import type { KObject } from '../../types.js';

export type PolicyOutcome = { action: 'Count' } | { action: 'Ignore' } | { action: 'FailJob'; message: string };

interface ExitCodes { containerName?: string; operator?: string; values?: number[] }
interface Rule { action?: string; onExitCodes?: ExitCodes; onPodConditions?: { type: string; status?: string }[] }

/** The first terminated container with a non-zero exit code the requirement matches (init containers first). */
function matchingContainer(pod: KObject, req: ExitCodes): { name: string; exitCode: number } | undefined {
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const code = cs.state?.terminated?.exitCode;
    if (code === undefined || code === 0) continue;
    if (req.containerName && req.containerName !== cs.name) continue;
    const listed = (req.values ?? []).includes(code);
    if (req.operator === 'In' ? listed : req.operator === 'NotIn' ? !listed : false) return { name: cs.name, exitCode: code };
  }
  return undefined;
}

function matchingCondition(pod: KObject, reqs: NonNullable<Rule['onPodConditions']>): string | undefined {
  for (const r of reqs) {
    const c = pod.status?.conditions?.find((x: { type: string; status: string }) => x.type === r.type && x.status === (r.status ?? 'True'));
    if (c) return c.type;
  }
  return undefined;
}

/** What the Job's pod failure policy says about one failed pod. */
export function matchPodFailurePolicy(job: KObject, pod: KObject): PolicyOutcome {
  const rules: Rule[] = job.spec?.podFailurePolicy?.rules ?? [];
  const where = `${pod.metadata.namespace}/${pod.metadata.name}`;
  for (const [index, rule] of rules.entries()) {
    let failMessage: string | undefined;
    if (rule.onExitCodes) {
      const c = matchingContainer(pod, rule.onExitCodes);
      if (!c) continue;
      failMessage = `Container ${c.name} for pod ${where} failed with exit code ${c.exitCode} matching ${rule.action} rule at index ${index}`;
    } else if (rule.onPodConditions) {
      const type = matchingCondition(pod, rule.onPodConditions);
      if (!type) continue;
      failMessage = `Pod ${where} has condition ${type} matching ${rule.action} rule at index ${index}`;
    } else continue;
    if (rule.action === 'Ignore') return { action: 'Ignore' };
    if (rule.action === 'FailJob') return { action: 'FailJob', message: failMessage };
    return { action: 'Count' };
  }
  return { action: 'Count' };
}
