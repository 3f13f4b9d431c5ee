/**
 * What an upgrade request is aimed at: `/api/v1/namespaces/NS/pods/NAME/SUBRESOURCE?…`,
 * and the PodExecOptions/PodAttachOptions in its query (kubectl encodes them with the
 * parameter codec: `command` repeated, booleans as `true`).
 */

export interface UpgradeTarget {
  namespace: string;
  pod: string;
  /** `exec`, `attach`, `portforward`, or anything else the client asked for. */
  subresource: string;
  query: URLSearchParams;
}

/** The streaming options of an exec or attach request. */
export interface StreamOptions {
  command: string[];
  container: string;
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  tty: boolean;
}

const POD_SUBRESOURCE = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/([^/]+)\/?$/;

/** Parses the request URL; undefined when it names no pod subresource. */
export function parseTarget(url: string): UpgradeTarget | undefined {
  const u = new URL(url, 'http://localhost');
  const m = POD_SUBRESOURCE.exec(u.pathname);
  if (!m) return undefined;
  const [namespace, pod, subresource] = m.slice(1).map((s) => decodeURIComponent(s));
  return { namespace, pod, subresource, query: u.searchParams };
}

/** strconv.ParseBool, which the parameter codec uses; anything else counts as false here. */
function parseBool(v: string | null): boolean {
  return v !== null && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);
}

export function streamOptions(query: URLSearchParams): StreamOptions {
  return {
    command: query.getAll('command'),
    container: query.get('container') ?? '',
    stdin: parseBool(query.get('stdin')),
    stdout: parseBool(query.get('stdout')),
    stderr: parseBool(query.get('stderr')),
    tty: parseBool(query.get('tty')),
  };
}
