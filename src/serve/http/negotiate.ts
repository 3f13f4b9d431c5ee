/**
 * Content negotiation: what the client's Accept asks for (a Table, or the object) and the
 * bare media type of a Content-Type. Responses are always JSON: clients that ask for
 * protobuf list JSON as well (kubectl sends `application/vnd.kubernetes.protobuf,application/json`).
 */

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

interface MediaRange {
  type: string;
  params: Record<string, string>;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').map((part) => {
    const [type, ...rest] = part.split(';').map((s) => s.trim());
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim()] = p.slice(eq + 1).trim();
    }
    return { type: type.toLowerCase(), params };
  }).filter((m) => m.type);
}

/**
 * True when the first acceptable entry of Accept is a meta.k8s.io Table (v1 or v1beta1), as
 * the apiserver's negotiation picks the first media type it can serve.
 */
export function wantsTable(accept: string | undefined): boolean {
  for (const m of parseAccept(accept ?? '')) {
    if (m.params.as === 'Table' && m.params.g === 'meta.k8s.io' && (m.params.v === 'v1' || m.params.v === 'v1beta1')) return true;
    if (m.params.as) continue; // another transform (e.g. PartialObjectMetadata) we do not serve: try the next
    if (m.type === 'application/json' || m.type === '*/*' || m.type === 'application/*' || m.type === 'application/vnd.kubernetes.protobuf' || m.type === 'application/yaml') return false;
  }
  return false;
}
