/**
 * The image catalog, as data: which repositories and tags exist, how long they take to pull
 * and start, what their servers answer, and how they handle signals. Anything not listed
 * here does not exist (pulls fail with NotFound / pull access denied).
 */
import type { HttpBehaviour, ImageSpec } from './catalog-types.js';

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** What nginx images since 1.19 (the docker-entrypoint.d scripts) print when they start. */
const NGINX_MODERN_START = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '{{ngxtime}} [notice] 1#1: using the "epoll" event method',
  '{{ngxtime}} [notice] 1#1: nginx/{{version}}',
  '{{ngxtime}} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ',
  '{{ngxtime}} [notice] 1#1: OS: Linux 6.8.0-60-generic',
  '{{ngxtime}} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
  '{{ngxtime}} [notice] 1#1: start worker processes',
];

const nginxServer = (version: string) => ({
  binaries: ['nginx', '/usr/sbin/nginx', '/docker-entrypoint.sh'],
  ports: [80],
  http: { kind: 'static' as const, root: '/usr/share/nginx/html', notFound: '404 Not Found', server: `nginx/${version}` },
  sigterm: { exitAfterMs: 0, exitCode: 0 },
  quit: { exitAfterMs: 200, exitCode: 0 },
  startupLog: NGINX_MODERN_START,
  termLog: ['{{ngxtime}} [notice] 1#1: signal 15 (SIGTERM) received, exiting', '{{ngxtime}} [notice] 1#1: exit'],
  quitLog: ['{{ngxtime}} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down', '{{ngxtime}} [notice] 1#1: gracefully shutting down', '{{ngxtime}} [notice] 1#1: exit'],
  accessLog: '{{client}} - - [{{clf}}] "{{method}} {{path}} HTTP/1.1" {{status}} {{bytes}} "-" "{{ua}}" "-"',
});

const nginxTags: Record<string, { size: number; version: string }> = {
  '1.14.2': { size: 44_710_204, version: '1.14.2' },
  '1.15.1': { size: 44_594_412, version: '1.15.1' },
  '1.16.0': { size: 49_054_127, version: '1.16.0' },
  '1.16.1': { size: 51_030_575, version: '1.16.1' },
  '1.17.0': { size: 49_090_428, version: '1.17.0' },
  '1.17.1': { size: 49_092_031, version: '1.17.1' },
  '1.19': { size: 53_602_107, version: '1.19.10' },
  '1.21': { size: 56_714_592, version: '1.21.6' },
  '1.23': { size: 57_003_744, version: '1.23.4' },
  '1.25': { size: 70_544_630, version: '1.25.5' },
  '1.26': { size: 71_010_466, version: '1.26.3' },
  '1.27': { size: 72_188_133, version: '1.27.5' },
  '1.27.0': { size: 71_026_486, version: '1.27.0' },
  '1.28': { size: 72_225_394, version: '1.28.0' },
  stable: { size: 72_225_394, version: '1.28.0' },
  alpine: { size: 21_189_301, version: '1.27.5' },
  latest: { size: 72_225_394, version: '1.27.5' },
};

/** node as PID 1 installs no SIGTERM handler, so kubia ignores SIGTERM and is SIGKILLed (137). */
const kubia = (v: string) => ({
  kind: 'template' as const,
  body: `This is ${v} running in pod {{pod}}\n`,
  ...(v === 'v3' ? { failFrom: 5, failStatus: 500, failBody: 'Some internal error has occurred! This is pod {{pod}}\n' } : {}),
});

const busyboxTags = { latest: { size: 2_155_731 }, '1.28': { size: 727_869 }, '1.35': { size: 2_219_949 }, '1.36': { size: 2_152_262 }, '1.36.1': { size: 2_152_262 }, '1.37': { size: 2_155_731 }, stable: { size: 2_155_731 } };
const alpineTags = { latest: { size: 3_653_068 }, '3.17': { size: 3_381_780 }, '3.18': { size: 3_409_987 }, '3.19': { size: 3_419_706 }, '3.20': { size: 3_625_666 }, '3.21': { size: 3_643_816 }, '3.22': { size: 3_653_068 } };

/** root's groups: Alpine's /etc/group puts root in bin, daemon, sys, adm, disk, wheel, floppy, dialout, tape, video. */
export const ALPINE_ROOT_GROUPS = [0, 1, 2, 3, 4, 6, 10, 11, 20, 26, 27];

/** A long-running system component: starts at once, is no HTTP server, exits on SIGTERM. */
function systemImage(repository: string, tag: string, size: number, binaries: string[], http: HttpBehaviour = { kind: 'none' }, ports: number[] = []): ImageSpec {
  return { repository, tags: { [tag]: { size } }, pullMs: 3_000, startMs: 500, entrypoint: binaries.slice(0, 1), userland: 'gnu', server: { binaries, ports, http, sigterm: { exitAfterMs: 0, exitCode: 0 } } };
}

/** kube-system's images on kind v1.33 (kindest/node:v1.33.1). CoreDNS answers its /health and /ready probes. */
const KIND_SYSTEM_IMAGES: ImageSpec[] = [
  systemImage('registry.k8s.io/coredns/coredns', 'v1.12.0', 20_939_036, ['/coredns'], { kind: 'template', body: 'OK' }, [53, 8080, 8181, 9153]),
  systemImage('registry.k8s.io/etcd', '3.5.21-0', 58_938_593, ['etcd']),
  systemImage('registry.k8s.io/kube-apiserver', 'v1.33.1', 30_071_307, ['kube-apiserver'], { kind: 'template', body: 'ok' }, [6443]),
  systemImage('registry.k8s.io/kube-controller-manager', 'v1.33.1', 27_646_507, ['kube-controller-manager']),
  systemImage('registry.k8s.io/kube-scheduler', 'v1.33.1', 21_776_451, ['kube-scheduler']),
  systemImage('registry.k8s.io/kube-proxy', 'v1.33.1', 31_889_488, ['/usr/local/bin/kube-proxy', 'kube-proxy']),
  systemImage('docker.io/kindest/kindnetd', 'v20250512-df8de77b', 44_375_501, ['/bin/kindnetd']),
  systemImage('docker.io/kindest/local-path-provisioner', 'v20250214-acbabc1a', 22_541_737, ['local-path-provisioner']),
];

export const IMAGES: ImageSpec[] = [
  {
    repository: 'docker.io/library/nginx',
    // The docker-entrypoint.d scripts (and their start-up log) arrived with 1.19.
    tags: Object.fromEntries(Object.entries(nginxTags).map(([t, s]) => [t, { size: s.size, version: s.version, http: nginxServer(s.version).http, ...(/^1\.1[0-8]\./.test(s.version) ? { startupLog: [] } : {}) }])),
    pullMs: 3_200,
    startMs: 100,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    userland: 'gnu',
    server: nginxServer('1.27.5'),
    files: { '/usr/share/nginx/html/index.html': NGINX_INDEX, '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n', '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n' },
    tools: ['nginx', 'curl'],
  },
  {
    repository: 'docker.io/luksa/kubia',
    // latest is the chapter-2 app ("You've hit <pod>"), v1..v3 the rolling-update ones (Kubernetes in Action).
    tags: { latest: { size: 254_321_102, http: { kind: 'template', body: "You've hit {{pod}}\n" } }, v1: { size: 254_321_198, http: kubia('v1') }, v2: { size: 254_321_203, http: kubia('v2') }, v3: { size: 254_321_419, http: kubia('v3') } },
    pullMs: 6_000,
    startMs: 500,
    entrypoint: ['node', 'app.js'],
    userland: 'gnu',
    server: { binaries: ['node'], ports: [8080], http: kubia('v1'), sigterm: 'ignore', startupLog: ['Kubia server starting...'], accessLog: 'Received request from ::ffff:{{client}}' },
    files: { '/app.js': "const http = require('http');\nconst os = require('os');\n" },
  },
  {
    repository: 'docker.io/luksa/kubia-unhealthy',
    tags: { latest: { size: 254_321_533 } },
    pullMs: 6_000,
    startMs: 500,
    entrypoint: ['node', 'app.js'],
    userland: 'gnu',
    // Fails every request after its fifth one: the liveness-probe example.
    server: { binaries: ['node'], ports: [8080], http: { kind: 'template', body: "You've hit {{pod}}\n", failFrom: 6, failStatus: 500, failBody: "I'm not well. Please restart me!" }, sigterm: 'ignore', startupLog: ['Kubia server starting...'], accessLog: 'Received request from ::ffff:{{client}}' },
  },
  {
    repository: 'docker.io/gihyodocker/echo-version',
    tags: {
      '0.1.0': { size: 4_381_622, http: { kind: 'template', body: 'APP_VERSION=0.1.0\n', routes: { '/hc': { status: 200, body: 'OK' } } } },
      '0.2.0': { size: 4_381_625, http: { kind: 'template', body: 'APP_VERSION=0.2.0\n', routes: { '/hc': { status: 200, body: 'OK' } } } },
    },
    pullMs: 1_800,
    startMs: 200,
    entrypoint: ['/echo-version'],
    userland: 'busybox',
    server: { binaries: ['/echo-version'], ports: [8080], http: { kind: 'template', body: 'APP_VERSION=0.1.0\n' }, sigterm: { exitAfterMs: 0, exitCode: 2 } },
    files: { '/live.txt': '' },
  },
  {
    repository: 'docker.io/gihyodocker/echo',
    tags: { latest: { size: 7_021_504 } },
    pullMs: 2_000,
    startMs: 200,
    cmd: ['go', 'run', '/echo/main.go'],
    userland: 'busybox',
    server: { binaries: ['go'], ports: [8080], http: { kind: 'template', body: 'Hello Docker!!' }, sigterm: { exitAfterMs: 0, exitCode: 2 }, startupLog: ['start server'] },
  },
  {
    repository: 'docker.io/gihyodocker/nginx',
    tags: { latest: { size: 43_210_779 } },
    pullMs: 2_600,
    startMs: 200,
    cmd: ['/usr/local/bin/entrykit', '--prerender', '--', 'nginx', '-g', 'daemon off;'],
    userland: 'gnu',
    server: { binaries: ['/usr/local/bin/entrykit', 'nginx', '/usr/sbin/nginx'], ports: [80], http: { kind: 'proxy', env: 'BACKEND_HOST', fallback: '502 Bad Gateway' }, sigterm: { exitAfterMs: 0, exitCode: 0 }, quit: { exitAfterMs: 200, exitCode: 0 } },
    tools: ['nginx', 'curl'],
  },
  {
    repository: 'docker.io/gihyodocker/todoapi',
    tags: { latest: { size: 9_816_034 } },
    pullMs: 2_200,
    startMs: 300,
    cmd: ['/todoapi'],
    userland: 'busybox',
    server: { binaries: ['/todoapi'], ports: [8080], http: { kind: 'template', status: 404, body: '404 page not found\n', routes: { '/hc': { status: 200, body: 'OK' }, '/todo': { status: 200, body: '[]' } } }, sigterm: { exitAfterMs: 0, exitCode: 2 } },
  },
  { repository: 'docker.io/gihyodocker/alpine', tags: { bash: { size: 5_324_110 } }, pullMs: 1_500, startMs: 0, cmd: ['/bin/sh'], userland: 'busybox', rootGroups: ALPINE_ROOT_GROUPS, tools: ['bash'] },
  { repository: 'docker.io/gihyodocker/fundamental', tags: { '0.1.0': { size: 6_004_297 } }, pullMs: 1_600, startMs: 0, cmd: ['/bin/sh'], userland: 'busybox', rootGroups: ALPINE_ROOT_GROUPS, tools: ['curl'] },
  { repository: 'docker.io/library/busybox', tags: busyboxTags, pullMs: 1_100, startMs: 0, cmd: ['sh'], userland: 'busybox', rootGroups: [0, 10], tools: ['wget', 'nslookup'] },
  { repository: 'docker.io/library/alpine', tags: alpineTags, pullMs: 1_300, startMs: 0, cmd: ['/bin/sh'], userland: 'busybox', rootGroups: ALPINE_ROOT_GROUPS, tools: ['wget'] },
  {
    repository: 'docker.io/library/httpd',
    tags: { latest: { size: 58_937_511 }, '2.4': { size: 58_937_511 }, alpine: { size: 23_151_044 } },
    pullMs: 2_800, startMs: 300, cmd: ['httpd-foreground'], userland: 'gnu', tools: [],
    server: { binaries: ['httpd-foreground', 'httpd'], ports: [80], http: { kind: 'template', body: '<html><body><h1>It works!</h1></body></html>\n', contentType: 'text/html' }, sigterm: { exitAfterMs: 0, exitCode: 0 } },
  },
  {
    // GKE's hello-app (gcr.io/google-samples/hello-app), used by many tutorials.
    repository: 'gcr.io/google-samples/hello-app',
    tags: { '1.0': { size: 4_389_510, http: { kind: 'template', body: 'Hello, world!\nVersion: 1.0.0\nHostname: {{pod}}\n' } }, '2.0': { size: 4_389_531, http: { kind: 'template', body: 'Hello, world!\nVersion: 2.0.0\nHostname: {{pod}}\n' } } },
    pullMs: 1_500, startMs: 100, cmd: ['/hello-app'], userland: 'busybox',
    server: { binaries: ['/hello-app'], ports: [8080], http: { kind: 'template', body: 'Hello, world!\n' }, sigterm: { exitAfterMs: 0, exitCode: 2 }, startupLog: ['{{ngxtime}} Server listening on port 8080'] },
  },
  {
    repository: 'docker.io/hashicorp/http-echo',
    tags: { latest: { size: 3_218_432 }, '1.0': { size: 3_218_432 } },
    pullMs: 1_200, startMs: 100, entrypoint: ['/http-echo'], userland: 'busybox',
    server: { binaries: ['/http-echo'], ports: [5678], http: { kind: 'template', body: '{{arg:-text}}\n' }, sigterm: { exitAfterMs: 0, exitCode: 2 } },
  },
  {
    repository: 'docker.io/library/redis',
    tags: { latest: { size: 45_127_389 }, '7': { size: 45_127_389 }, '7.2': { size: 43_912_006 }, alpine: { size: 17_199_418 } },
    pullMs: 2_400, startMs: 200, cmd: ['redis-server'], userland: 'gnu',
    server: { binaries: ['redis-server', 'docker-entrypoint.sh'], ports: [6379], http: { kind: 'none' }, sigterm: { exitAfterMs: 100, exitCode: 0 } },
  },
  { repository: 'docker.io/library/ubuntu', tags: { latest: { size: 29_754_290 }, '22.04': { size: 29_537_657 }, '24.04': { size: 29_754_290 } }, pullMs: 1_900, startMs: 0, cmd: ['/bin/bash'], userland: 'gnu' },
  // The Kubernetes docs' memory-limit example (Assign Memory Resources to Containers and Pods).
  { repository: 'docker.io/polinux/stress', tags: { latest: { size: 4_024_137 } }, pullMs: 1_800, startMs: 0, cmd: ['stress'], userland: 'busybox', rootGroups: ALPINE_ROOT_GROUPS, tools: ['stress'] },
  { repository: 'docker.io/curlimages/curl', tags: { latest: { size: 11_923_712 }, '8.5.0': { size: 11_380_112 } }, pullMs: 1_500, startMs: 0, entrypoint: ['/entrypoint.sh'], cmd: ['curl'], userland: 'busybox', rootGroups: ALPINE_ROOT_GROUPS, tools: ['curl'] },
  { repository: 'docker.io/lachanevenson/k8s-kubectl', tags: { 'v1.10.4': { size: 17_215_533 } }, pullMs: 2_000, startMs: 0, entrypoint: ['kubectl'], userland: 'busybox', tools: ['kubectl'] },
  { repository: 'docker.io/bitnami/kubectl', tags: { latest: { size: 80_127_334 }, '1.33': { size: 79_982_001 } }, pullMs: 3_000, startMs: 0, entrypoint: ['kubectl'], userland: 'gnu', tools: ['kubectl'] },
  // What a kind v1.33 node runs in kube-system and local-path-storage (preloaded in kindest/node).
  ...KIND_SYSTEM_IMAGES,
];

const BY_REPO = new Map(IMAGES.map((i) => [i.repository, i]));

/** The catalog entry of a repository (`docker.io/library/nginx`). */
export function imageSpec(repository: string): ImageSpec | undefined {
  return BY_REPO.get(repository);
}
