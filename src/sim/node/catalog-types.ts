/** The shape of the image catalog (the data lives in catalog.ts). */

/** What an HTTP server in an image answers. Templates: `{{pod}}` (hostname), `{{env:NAME}}`, `{{version}}`. */
export type HttpBehaviour =
  /** Files under `root` in the container (nginx): `/` → `index.html`, missing → 404 page. */
  | { kind: 'static'; root: string; notFound: string; server: string }
  /** Same body for every path, with optional routes and a per-instance failure after N requests. */
  | {
    kind: 'template';
    body: string;
    status?: number;
    routes?: Record<string, { status: number; body: string }>;
    /** From the Nth request of a container instance on (counting probes too), answer failStatus/failBody. */
    failFrom?: number;
    failStatus?: number;
    failBody?: string;
    contentType?: string;
  }
  /** Reverse proxy to `http://$<env>` inside the pod (gihyodocker/nginx → its echo sidecar). */
  | { kind: 'proxy'; env: string; fallback: string }
  /** Not an HTTP server (redis): curl gets an empty reply. */
  | { kind: 'none' };

/** What the main process does on a stop signal. */
export type SignalBehaviour = { exitAfterMs: number; exitCode: number } | 'ignore';

export interface ServerSpec {
  /** Program names that start this server (the image's default command, `nginx`, `node`...). */
  binaries: string[];
  ports: number[];
  http: HttpBehaviour;
  /** SIGTERM: nginx exits at once (fast shutdown); node apps die by the signal (143). */
  sigterm: SignalBehaviour;
  /** Graceful quit (`nginx -s quit`): stop accepting, drain, exit. */
  quit?: SignalBehaviour;
  /** Lines the server logs when it starts (`{{ngxtime}}`, `{{version}}` are filled in). */
  startupLog?: string[];
  /** Lines it logs on SIGTERM and on a graceful quit. */
  termLog?: string[];
  quitLog?: string[];
  /** A line logged per request (`{{method}}`, `{{path}}`, `{{status}}`, `{{client}}`, `{{ua}}`). */
  accessLog?: string;
}

export interface TagSpec {
  /** Compressed size, printed in `Pulled` events (`Image size: N bytes`). */
  size: number;
  /** Overrides per tag (kubia v1/v2/v3 answer differently). */
  http?: HttpBehaviour;
  version?: string;
  /** Overrides the server's startup log (images whose entrypoint changed between tags). */
  startupLog?: string[];
}

export interface ImageSpec {
  /** Normalised repository, e.g. `docker.io/library/nginx`. */
  repository: string;
  tags: Record<string, TagSpec>;
  /** Virtual time a pull takes. */
  pullMs: number;
  /** Time from container start until the server accepts connections. */
  startMs: number;
  entrypoint?: string[];
  cmd?: string[];
  /** Which error wording its tools use (`cat: can't open 'x'` vs `cat: x: No such file`). */
  userland: 'busybox' | 'gnu';
  server?: ServerSpec;
  /** Files present in the image. */
  files?: Record<string, string>;
  /** Extra commands on the PATH besides the shell builtins (`curl`, `kubectl`, `nginx`). */
  tools?: string[];
  /** root's groups in the image's /etc/group (containerStatuses[].user.linux.supplementalGroups). */
  rootGroups?: number[];
}
