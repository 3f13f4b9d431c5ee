/**
 * Replays the identity and RBAC transcripts in src/kubectl/verbs/testdata/auth-*.txt: each
 * `$ kubectl ...` line runs and what it prints (stdout and stderr interleaved) must equal
 * the lines that follow. `$ sleep N` lets N virtual seconds pass; `$ VAR=$(kubectl ...)`
 * keeps a command's output for later `$VAR` (tokens). auth-client-errors.txt runs every
 * command on a fresh cluster; the others are one session each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../../testing/index.js';

/** The seed's gihyo-pod-reader Pod (003, "서비스 계정과 파드 연결하기"), indentation fixed. */
const POD_READER = `apiVersion: v1
kind: Pod
metadata:
  name: gihyo-pod-reader
  namespace: kube-system
  labels:
    app: gihyo-pod-reader
spec:
  serviceAccountName: gihyo-pod-reader
  containers:
  - name: kubectl
    image: lachanevenson/k8s-kubectl:v1.10.4
    command:
    - sh
    - -c
    - |
      while true
      do
        echo "check pod..."
        kubectl get pod --all-namespaces
        echo "check deployment..."
        kubectl get deployment --all-namespaces
        sleep 30
      done
`;

/** The seed's ClusterRole and bindings, with the errata fixed (apiVersion, indentation). */
const RBAC = `kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: pod-reader
rules:
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "watch", "list"]
---
kind: ClusterRoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: pod-read-binding
subjects:
- kind: ServiceAccount
  name: gihyo-user
  namespace: default
roleRef:
  kind: ClusterRole
  name: pod-reader
  apiGroup: rbac.authorization.k8s.io
`;

/** A pod that opts out of the token mount and still runs kubectl. */
const NO_MOUNT = `apiVersion: v1
kind: Pod
metadata:
  name: nomount
spec:
  automountServiceAccountToken: false
  containers:
  - name: k
    image: bitnami/kubectl:1.33
    command: ["sh", "-c", "kubectl get pods; sleep 3600"]
`;

/** A Role and its RoleBinding in a namespace that does not exist yet (for auth reconcile). */
const TEAM_RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pod-reader
  namespace: team
rules:
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-pods
  namespace: team
subjects:
- kind: User
  name: jane
  apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: pod-reader
  apiGroup: rbac.authorization.k8s.io
`;

const FILES = { 'simple-serviceaccount.yaml': POD_READER, 'rbac.yaml': RBAC, 'nomount.yaml': NO_MOUNT, 'team-rbac.yaml': TEAM_RBAC };

interface Step { command: string; expected: string; code: number }

function parse(text: string): Step[] {
  const steps: Step[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || (!line && !steps.length)) continue;
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: '', code: 0 });
    else if (/^\[exit \d+\]$/.test(line)) steps[steps.length - 1].code = Number(line.slice(6, -1));
    else steps[steps.length - 1].expected += `${line}\n`;
  }
  for (const s of steps) s.expected = s.expected.replace(/\n+$/, '\n').replace(/^\n$/, '');
  return steps;
}

const transcript = (name: string) => parse(readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8'));

type Session = ReturnType<typeof testSession>;

function step(s: Session, vars: Map<string, string>, command: string): { combined: string; code: number } {
  const capture = /^(\w+)=\$\((.*)\)$/.exec(command);
  if (capture) {
    const r = run(s, capture[2]);
    vars.set(capture[1], r.stdout.trim());
    return { combined: r.stderr, code: r.code };
  }
  if (command.startsWith('sleep ')) {
    s.cluster.advance(Number(command.slice(6)) * 1000);
    return { combined: '', code: 0 };
  }
  return run(s, command.replace(/\$(\w+)/g, (m, k: string) => vars.get(k) ?? m));
}

describe('RBAC client-side checks (each on a fresh cluster)', () => {
  for (const st of transcript('auth-client-errors.txt')) {
    it(st.command, () => {
      const r = step(testSession(), new Map(), st.command);
      expect(r.combined).toBe(st.expected);
      expect(r.code).toBe(st.code);
    });
  }
});

for (const name of ['auth-rbac.txt', 'auth-serviceaccounts.txt']) {
  describe(`transcript ${name}`, () => {
    const s = testSession({ files: FILES });
    const vars = new Map<string, string>();
    for (const st of transcript(name)) {
      it(st.command, () => {
        const r = step(s, vars, st.command);
        expect(r.combined).toBe(st.expected);
        expect(r.code).toBe(st.code);
      });
    }
  });
}
