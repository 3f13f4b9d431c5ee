/**
 * How kubectl prints failures (kubectl/pkg/cmd/util/helpers.go checkErr): API status errors
 * as `Error from server (Reason): message`, Invalid errors as `The Kind "name" is invalid: ...`,
 * everything else as `error: ...`. All exit 1.
 */
import type { Status } from '../sim/index.js';

/** Renders an API Status the way checkErr does. `message` may be pre-wrapped (e.g. `error when creating "f.yaml": ...`). */
export function formatStatus(status: Status, message = status.message): string {
  if (status.reason === 'Invalid') {
    // checkErr: "The request is invalid" unless the details name a kind or object.
    const d = status.details;
    const head = d && (d.kind || d.name) ? `The ${d.kind ?? ''} "${d.name ?? ''}" is invalid: ` : 'The request is invalid: ';
    const causes = (d?.causes ?? []).map((c) => `${c.field ?? ''}: ${c.message}`);
    if (!causes.length) return `${head}${message}`;
    if (causes.length === 1) return `${head}${causes[0]}`;
    return `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  // StandardErrorMessage: a 401 is reported as a login problem, not as a server error.
  if (status.reason === 'Unauthorized') return `error: You must be logged in to the server (${message})`;
  if (!status.reason || status.reason === 'Unknown') return `Error from server: ${message}`;
  return `Error from server (${status.reason}): ${message}`;
}

/** `error: <msg>` unless msg already starts with `error: ` (checkErr's prefix rule). */
export function formatError(message: string): string {
  return message.startsWith('error: ') ? message : `error: ${message}`;
}

/**
 * A cobra flag error: kubectl 1.33 runs cobra with its own error output (component-base
 * cli.RunNoErrOutput), so the prefix is checkErr's `error: `, then cobra's usage hint.
 */
export function flagError(commandPath: string, message: string): string {
  return `error: ${message}\nSee '${commandPath} --help' for usage.`;
}

/** A usage error (`cmdutil.UsageErrorf`): `error: <msg>\nSee 'kubectl get -h' for help and examples`. */
export function usageError(commandPath: string, message: string): string {
  return `error: ${message}\nSee '${commandPath} -h' for help and examples`;
}
