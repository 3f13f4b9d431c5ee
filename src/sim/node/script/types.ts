/** Shared types of the container-command interpreter. */

/** What a running script asks of its container: let virtual time pass, or become the image's server. */
export type Effect = { sleep: number } | { serve: true };

export type Gen<T> = Generator<Effect, T, void>;

export interface HttpResult { ok: true; status: number; body: string }
export interface HttpError { ok: false; error: string; code: number }

/** What the container around a script provides (files, clock, network, the image's programs). */
export interface ShellHost {
  now(): number;
  userland: 'busybox' | 'gnu';
  hostname: string;
  /** The container instance's filesystem: absolute path → content. */
  files: Map<string, string>;
  /** Programs on the PATH beyond the shell builtins (curl, kubectl, nginx...). */
  tools: ReadonlySet<string>;
  /** True when `argv0` starts the image's server (the script then becomes that server). */
  isServer(argv0: string): boolean;
  /** The version of the image's own program (the tag's, e.g. nginx 1.27.5 for `nginx:1.27`). */
  version?: string;
  /** `nginx -s quit|stop|reload`: returns an error line, or undefined on success. */
  signalServer(signal: string): string | undefined;
  /** An HTTP GET from inside the pod (curl/wget). */
  http(url: string, method: string, headers: Record<string, string>): HttpResult | HttpError;
  /** The container's memory limit in bytes, if it has one. */
  memoryLimitBytes?: number;
  /** The kernel's OOM killer ends the container (exit 137, OOMKilled). */
  oomKill?(): void;
  /** Cluster DNS (nslookup): FQDN and addresses of a name, if it resolves. */
  lookup?(name: string): { fqdn: string; ips: string[] } | undefined;
  /** Runs an in-pod kubectl, when the course installs one. */
  kubectl?(argv: string[]): { stdout: string; stderr: string; code: number };
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin?: string;
}

export interface ShellState {
  env: Map<string, string>;
  /** Set by `exit`: unwinds every loop. */
  exit?: number;
  status: number;
  /** Commands run since the last sleep: a busy loop is slowed down instead of hanging the simulator. */
  busy: number;
  cwd: string;
}

