/**
 * The Kubernetes remote-command channel protocol over WebSocket
 * (k8s.io/apimachinery/pkg/util/remotecommand/constants.go): every binary message starts
 * with a channel byte. v4 added exit codes on the error channel as a metav1.Status; v5
 * added the CLOSE signal (255, channel) so a client can end stdin without closing the socket.
 *
 * The error-channel Status objects are written as the API server's stream translator
 * writes them (apiserver pkg/util/proxy/streamtranslator.go, websocket.go): `json.Marshal`
 * of a bare metav1.Status, so no kind/apiVersion and `metadata: {}` first.
 */

export const CHANNEL = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;

export const PROTOCOL_V5 = 'v5.channel.k8s.io';
export const PROTOCOL_V4 = 'v4.channel.k8s.io';

/** Subprotocols this server speaks, best first (kubectl 1.30+ offers v5 only). */
export const SUPPORTED_PROTOCOLS = [PROTOCOL_V5, PROTOCOL_V4];

/** A message for one channel: the channel byte, then the data. */
export function channelMessage(channel: number, data: Uint8Array | string = ''): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const out = Buffer.alloc(1 + bytes.length);
  out[0] = channel;
  out.set(bytes, 1);
  return out;
}

/** The bare metav1.Status the error channel carries. */
export interface StreamStatus {
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: { causes: { reason?: string; message: string }[] };
  code?: number;
}

/** The command ran and exited 0. */
export function successStatus(): StreamStatus {
  return { metadata: {}, status: 'Success' };
}

/**
 * The command exited non-zero (codeExitToStatusError): client-go reads the ExitCode cause
 * and kubectl ends with `command terminated with exit code N` and that exit code.
 */
export function exitCodeStatus(code: number): StreamStatus {
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: command terminated with exit code ${code}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(code) }] },
  };
}

/**
 * Any other failure after the upgrade (apierrors.NewInternalError): client-go turns the
 * message into a plain error, so kubectl prints `error: Internal error occurred: <cause>`.
 */
export function internalErrorStatus(cause: string): StreamStatus {
  return {
    metadata: {},
    status: 'Failure',
    message: `Internal error occurred: ${cause}`,
    reason: 'InternalError',
    details: { causes: [{ message: cause }] },
    code: 500,
  };
}

/** A Failure with the given reason and code, for errors that are not internal. */
export function failureStatus(message: string, reason: string, code: number): StreamStatus {
  return { metadata: {}, status: 'Failure', message, reason, code };
}
