/** The 20-command learner script behind `run-20-commands-process-ms`, and how it is spawned. */
import { execFileSync } from 'node:child_process';

export const SCRIPT_20 = `kubectl get nodes
kubectl get ns
cat <<EOF > deploy.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
      app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia:v1
        ports:
        - containerPort: 8080
EOF
kubectl apply -f deploy.yaml
kubectl rollout status deployment/kubia
kubectl get deployments
kubectl get pods -o wide
kubectl get rs
POD=$(kubectl get pods -l app=kubia -o name | head -1)
echo "first pod: $POD"
kubectl set image deployment/kubia kubia=luksa/kubia:v2
kubectl rollout status deployment/kubia
kubectl rollout history deployment/kubia
kubectl get pods
kubectl rollout undo deployment/kubia
kubectl rollout status deployment/kubia
kubectl get rs
kubectl describe deployment kubia | head -5
kubectl delete -f deploy.yaml
kubectl get all
`;

/** Runs `kubedojo run SCRIPT` as a separate process (bench only: src/ never spawns). */
export function runScript(bin: string, script: string): string {
  try {
    return execFileSync(process.execPath, [bin, 'run', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return (e as { stdout?: string }).stdout ?? '';
  }
}
