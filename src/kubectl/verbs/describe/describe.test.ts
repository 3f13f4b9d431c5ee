// Layouts follow kubernetes/kubectl pkg/describe/describe.go at v0.33.0 (describeService,
// describeDeployment, describePod, DescribeEvents, describeNamespace, describeSecret,
// describeConfigMap) rendered through Go's tabwriter (minwidth 0, tabwidth 8, padding 2),
// and shared/reference/k8s-behavior.md §6.4.
import { describe, expect, it, vi } from 'vitest';
import { R } from '../../../sim/index.js';
import { run, testSession } from '../../testing/index.js';
import { describeProbe } from './containers.js';
import { smartLabel } from './generic.js';
import { rfc1123z } from './writer.js';

vi.mock('../index.js', async () => ({ VERBS: [(await import('./index.js')).describeVerb] }));

describe('kubectl describe', () => {
  it('describes the kubernetes service as upstream lays it out', () => {
    const r = run(testSession(), 'kubectl describe svc kubernetes');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe([
      'Name:                     kubernetes',
      'Namespace:                default',
      'Labels:                   component=apiserver',
      '                          provider=kubernetes',
      'Annotations:              <none>',
      'Selector:                 <none>',
      'Type:                     ClusterIP',
      'IP Family Policy:         SingleStack',
      'IP Families:              IPv4',
      'IP:                       10.96.0.1',
      'IPs:                      10.96.0.1',
      'Port:                     https  443/TCP',
      'TargetPort:               6443/TCP',
      'Endpoints:                172.18.0.2:6443',
      'Session Affinity:         None',
      'Internal Traffic Policy:  Cluster',
      'Events:                   <none>',
      '',
    ].join('\n'));
  });

  it('describes a namespace with the quota and limit-range lines', () => {
    expect(run(testSession(), 'kubectl describe ns default').stdout).toBe([
      'Name:         default',
      'Labels:       kubernetes.io/metadata.name=default',
      'Annotations:  <none>',
      'Status:       Active',
      '',
      'No resource quota.',
      '',
      'No LimitRange resource.',
      '',
    ].join('\n'));
  });

  it('describes secrets by size and configmaps by content', () => {
    const s = testSession();
    const c = s.cluster.client();
    c.create(R.secrets, 'default', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, type: 'Opaque', data: { password: Buffer.from('s3cr3t').toString('base64'), user: Buffer.from('admin').toString('base64') } });
    c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { mode: 'fast' } });
    expect(run(s, 'kubectl describe secret db').stdout).toBe([
      'Name:         db', 'Namespace:    default', 'Labels:       <none>', 'Annotations:  <none>', '',
      'Type:  Opaque', '', 'Data', '====', 'password:  6 bytes', 'user:      5 bytes', '',
    ].join('\n'));
    expect(run(s, 'kubectl describe cm cfg').stdout).toBe([
      'Name:         cfg', 'Namespace:    default', 'Labels:       <none>', 'Annotations:  <none>', '',
      'Data', '====', 'mode:', '----', 'fast', '', '', 'BinaryData', '====', '', 'Events:  <none>', '',
    ].join('\n'));
  });

  it('describes a deployment: replicas line, strategy, template, conditions, RS lines, events', () => {
    const s = testSession();
    s.cluster.client().create(R.deployments, 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels: { app: 'web' } },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } } },
    });
    s.cluster.advance(30_000);
    const out = run(s, 'kubectl describe deploy web').stdout;
    const lines = out.split('\n');
    expect(lines.slice(0, 22)).toEqual([
      'Name:                   web',
      'Namespace:              default',
      'CreationTimestamp:      Mon, 02 Jun 2025 09:00:00 +0000',
      'Labels:                 app=web',
      'Annotations:            deployment.kubernetes.io/revision: 1',
      'Selector:               app=web',
      expect.stringMatching(/^Replicas:               2 desired \| 2 updated \| 2 total \| \d available \| \d unavailable$/),
      'StrategyType:           RollingUpdate',
      'MinReadySeconds:        0',
      'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
      'Pod Template:',
      '  Labels:  app=web',
      '  Containers:',
      '   nginx:',
      '    Image:         nginx:1.27',
      '    Port:          80/TCP',
      '    Host Port:     0/TCP',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
    ]);
    expect(out).toMatch(/\nNewReplicaSet:   web-[bcdf4-9]+ \(2\/2 replicas created\)\n/);
    expect(out).toMatch(/\nOldReplicaSets:  <none>\n/);
    expect(out).toMatch(/  Normal  ScalingReplicaSet  30s   deployment-controller  Scaled up replica set web-[bcdf4-9]+ from 0 to 2\n$/);
  });

  it('falls back to name-prefix matching and reports NotFound otherwise', () => {
    const s = testSession();
    const c = s.cluster.client();
    for (const n of ['web-1', 'web-2']) c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n } });
    const r = run(s, 'kubectl describe cm web');
    expect(r.stdout.match(/^Name: +web-\d$/gm)).toEqual(['Name:         web-1', 'Name:         web-2']);
    expect(run(s, 'kubectl describe cm nope')).toMatchObject({ code: 1, stderr: 'Error from server (NotFound): configmaps "nope" not found\n' });
    expect(run(s, 'kubectl describe')).toMatchObject({ code: 1, stderr: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n' });
  });

  it('separates several objects with a blank line and says No resources found when empty', () => {
    const s = testSession();
    const c = s.cluster.client();
    for (const n of ['a', 'b']) c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n } });
    expect(run(s, 'kubectl describe cm a b').stdout).toContain('Events:  <none>\n\n\nName:         b\n');
    expect(run(s, 'kubectl describe pods').stderr).toBe('No resources found in default namespace.\n');
  });
});

describe('kubectl describe job', () => {
  it('prints the job header, pod statuses and template as describeJob does', () => {
    const s = testSession();
    s.cluster.client().create({ group: 'batch', resource: 'jobs' }, 'default', {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' },
      spec: { backoffLimit: 4, suspend: true, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'busybox', command: ['sh', '-c', 'echo hi'] }] } } },
    });
    const out = run(s, 'kubectl describe job pi').stdout.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UID');
    expect(out).toMatch(/^Name:             pi\nNamespace:        default\nSelector:         batch\.kubernetes\.io\/controller-uid=UID\nLabels:           batch\.kubernetes\.io\/controller-uid=UID\n/);
    expect(out).toContain('\nParallelism:      1\nCompletions:      1\nCompletion Mode:  NonIndexed\nSuspend:          true\nBackoff Limit:    4\n');
    expect(out).toMatch(/\nPods Statuses:    0 Active (\(0 Ready\) )?\/ 0 Succeeded \/ 0 Failed\nPod Template:\n/);
    expect(out).toContain('    Command:\n      sh\n      -c\n      echo hi\n    Environment:   <none>\n');
  });
});

describe('kubectl describe serviceaccount and endpoints', () => {
  it('describes a service account with the secret headers', () => {
    const s = testSession();
    s.cluster.client().create({ group: '', resource: 'serviceaccounts' }, 'default', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot' } });
    expect(run(s, 'kubectl describe sa bot').stdout).toBe([
      'Name:                bot',
      'Namespace:           default',
      'Labels:              <none>',
      'Annotations:         <none>',
      'Image pull secrets:  <none>',
      'Mountable secrets:   <none>',
      'Tokens:              <none>',
      'Events:              <none>',
      '',
    ].join('\n'));
  });

  it('describes endpoints subsets with a ports table', () => {
    const s = testSession();
    s.cluster.client().create({ group: '', resource: 'endpoints' }, 'default', {
      apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ext' },
      subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }], ports: [{ name: 'http', port: 80, protocol: 'TCP' }] }],
    });
    expect(run(s, 'kubectl describe ep ext').stderr).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
    expect(run(s, 'kubectl describe ep ext').stdout).toBe([
      'Name:         ext',
      'Namespace:    default',
      'Labels:       <none>',
      'Annotations:  <none>',
      'Subsets:',
      '  Addresses:          10.0.0.1,10.0.0.2',
      '  NotReadyAddresses:  <none>',
      '  Ports:',
      '    Name  Port  Protocol',
      '    ----  ----  --------',
      '    http  80    TCP',
      '',
      'Events:  <none>',
      '',
    ].join('\n'));
  });
});

describe('kubectl describe pod', () => {
  it('renders ports, command, resources, probes, env sources, mounts, QoS and selectors per describe.go', () => {
    const s = testSession();
    s.cluster.client().create(R.pods, 'default', {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'x' }, annotations: { note: 'hi' } },
      spec: {
        nodeSelector: { disk: 'ssd' },
        containers: [{
          name: 'c', image: 'nginx', ports: [{ containerPort: 80 }, { containerPort: 443 }], command: ['nginx'], args: ['-g', 'daemon off;'],
          resources: { requests: { cpu: '100m' }, limits: { cpu: '200m', memory: '64Mi' } },
          env: [{ name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }, { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode', optional: true } } }],
          envFrom: [{ configMapRef: { name: 'cfg' } }], livenessProbe: { exec: { command: ['cat', '/tmp/x'] } },
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
        }],
        volumes: [{ name: 'data', emptyDir: {} }],
      },
    });
    const out = run(s, 'kubectl describe pod p').stdout;
    // describeContainerPorts joins with ", " and switches the label to the plural form.
    expect(out).toContain('\n    Ports:       80/TCP, 443/TCP\n    Host Ports:  0/TCP, 0/TCP\n    Command:\n      nginx\n    Args:\n      -g\n      daemon off;\n');
    // describeResources: Limits then Requests, names sorted; the ungiven memory request defaults to the limit.
    expect(out).toMatch(/\n    Limits:\n      cpu: +200m\n      memory: +64Mi\n    Requests:\n      cpu: +100m\n/);
    expect(out).toMatch(/\n    Liveness: +exec \[cat \/tmp\/x\] delay=0s timeout=1s period=10s #success=1 #failure=3\n/);
    expect(out).toMatch(/\n    Environment Variables from:\n      cfg +ConfigMap +Optional: false\n    Environment:\n/);
    expect(out).toMatch(/\n      PASS: +<set to the key 'password' in secret 'db'> +Optional: false\n      MODE: +<set to the key 'mode' of config map 'cfg'> +Optional: true\n/);
    expect(out).toMatch(/\n    Mounts:\n      \/data from data \(rw\)\n/);
    expect(out).toMatch(/\n  data:\n    Type: +EmptyDir \(a temporary directory that shares a pod's lifetime\)\n    Medium: +\n    SizeLimit: +<unset>\n/);
    expect(out).toMatch(/\nQoS Class: +Burstable\nNode-Selectors: +disk=ssd\n/);
    expect(out).toMatch(/^Name: +p\nNamespace: +default\nPriority: +0\nService Account: +default\nNode: +<none>\nLabels: +app=x\nAnnotations: +note: hi\nStatus: +Pending\n/);
  });
});

describe('kubectl describe daemonset and statefulset', () => {
  it('prints the scheduling counters unaligned and the statefulset replica line', () => {
    const s = testSession();
    const c = s.cluster.client();
    const template = { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'busybox' }] } };
    c.create({ group: 'apps', resource: 'daemonsets' }, 'default', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template } });
    c.create({ group: 'apps', resource: 'statefulsets' }, 'default', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', replicas: 2, selector: { matchLabels: { app: 'agent' } }, template } });
    const ds = run(s, 'kubectl describe ds agent').stdout;
    expect(ds).toMatch(/^Name: +agent\nNamespace: +default\nSelector: +app=agent\nNode-Selector: +<none>\n/);
    expect(ds).toContain('\nDesired Number of Nodes Scheduled: 0\nCurrent Number of Nodes Scheduled: 0\nNumber of Nodes Scheduled with Up-to-date Pods: 0\nNumber of Nodes Scheduled with Available Pods: 0\nNumber of Nodes Misscheduled: 0\n');
    const sts = run(s, 'kubectl describe sts db').stdout;
    expect(sts).toMatch(/\nReplicas: +2 desired \| \d total\nUpdate Strategy: +RollingUpdate\n  Partition: +0\n/);
    expect(sts).toMatch(/\nVolume Claims: +<none>\n/);
  });
});

describe('kubectl describe ingress', () => {
  it('lists rules with their backends', () => {
    const s = testSession();
    s.cluster.client().create({ group: 'networking.k8s.io', resource: 'ingresses' }, 'default', {
      apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'echo' },
      spec: { rules: [{ host: 'echo.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'echo', port: { number: 80 } } } }] } }] },
    });
    expect(run(s, 'kubectl describe ing echo').stdout).toBe([
      'Name:             echo',
      'Labels:           <none>',
      'Namespace:        default',
      'Address:          ',
      'Ingress Class:    <none>',
      'Default backend:  <default>',
      'Rules:',
      '  Host              Path  Backends',
      '  ----              ----  --------',
      '  echo.example.com  ',
      '                    /   echo:80 (<error: services "echo" not found>)',
      'Annotations:        <none>',
      'Events:             <none>',
      '',
    ].join('\n'));
  });
});

describe('kubectl describe rbac', () => {
  it('compacts role rules and sorts them by PolicyRule.String() ("[get watch list]" < "[get]")', () => {
    const s = testSession();
    const c = s.cluster.client();
    c.create({ group: 'rbac.authorization.k8s.io', resource: 'roles' }, 'default', {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' },
      rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }, { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'], resourceNames: ['web'] }],
    });
    c.create({ group: 'rbac.authorization.k8s.io', resource: 'rolebindings' }, 'default', {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'read-pods' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }, { kind: 'ServiceAccount', name: 'bot', namespace: 'default' }],
    });
    expect(run(s, 'kubectl describe role pod-reader').stdout).toBe([
      'Name:         pod-reader',
      'Labels:       <none>',
      'Annotations:  <none>',
      'PolicyRule:',
      '  Resources         Non-Resource URLs  Resource Names  Verbs',
      '  ---------         -----------------  --------------  -----',
      '  pods              []                 []              [get watch list]',
      '  deployments.apps  []                 [web]           [get]',
      '',
    ].join('\n'));
    expect(run(s, 'kubectl describe rolebinding read-pods').stdout).toBe([
      'Name:         read-pods',
      'Labels:       <none>',
      'Annotations:  <none>',
      'Role:',
      '  Kind:  Role',
      '  Name:  pod-reader',
      'Subjects:',
      '  Kind            Name  Namespace',
      '  ----            ----  ---------',
      '  User            jane  ',
      '  ServiceAccount  bot   default',
      '',
    ].join('\n'));
  });
});

describe('describe helpers', () => {
  it('formats probes as DescribeProbe does', () => {
    expect(describeProbe({ httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 }))
      .toBe('http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3');
    expect(describeProbe({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 }))
      .toBe('exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3');
    expect(describeProbe({ tcpSocket: { port: 3306 }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 }))
      .toBe('tcp-socket :3306 delay=0s timeout=1s period=10s #success=1 #failure=3');
  });

  it('turns field names into smart labels and times into RFC 1123Z', () => {
    expect(smartLabel('apiVersion')).toBe('API Version');
    expect(smartLabel('roleRef')).toBe('Role Ref');
    expect(smartLabel('metadata')).toBe('Metadata');
    expect(smartLabel('kubernetes.io/x')).toBe('kubernetes.io/x');
    expect(rfc1123z('2025-06-02T09:00:00Z')).toBe('Mon, 02 Jun 2025 09:00:00 +0000');
  });
});
