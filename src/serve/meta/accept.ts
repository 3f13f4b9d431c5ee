/**
 * Content negotiation for discovery: which APIGroupDiscoveryList version (if any) the
 * client's Accept header asks for. kubectl 1.33 sends
 * `application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,...;v=v2beta1;...,application/json`,
 * kubectl 1.27 only the v2beta1 entry and `application/json`. The first acceptable entry
 * wins; kubectl tells the answers apart by the response Content-Type alone.
 */

export type DiscoveryFormat = 'v2' | 'v2beta1' | 'legacy';

interface MediaRange { type: string; params: Record<string, string> }

/** Splits an Accept header into media ranges with lower-cased type and parameters. */
export function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim());
    const p: Record<string, string> = {};
    for (const kv of params) {
      const eq = kv.indexOf('=');
      if (eq > 0) p[kv.slice(0, eq).trim().toLowerCase()] = kv.slice(eq + 1).trim().replace(/^"|"$/g, '');
    }
    return { type: type.toLowerCase(), params: p };
  }).filter((r) => r.type !== '' && r.params.q !== '0');
}

const JSONISH = new Set(['application/json', 'application/*', '*/*']);

function formatOf(r: MediaRange): DiscoveryFormat | undefined {
  if (r.params.as === 'APIGroupDiscoveryList') {
    if (r.type !== 'application/json' || r.params.g !== 'apidiscovery.k8s.io') return undefined;
    return r.params.v === 'v2' || r.params.v === 'v2beta1' ? r.params.v : undefined;
  }
  // Any other `as=` (Table, PartialObjectMetadata...) does not describe a discovery document.
  if (r.params.as !== undefined) return undefined;
  return JSONISH.has(r.type) ? 'legacy' : undefined;
}

/** The discovery format to answer `/api` and `/apis` with; no usable entry means legacy JSON. */
export function discoveryFormat(accept: string): DiscoveryFormat {
  for (const r of parseAccept(accept)) {
    const f = formatOf(r);
    if (f) return f;
  }
  return 'legacy';
}

/** The exact Content-Type of an aggregated discovery answer. */
export function aggregatedContentType(version: 'v2' | 'v2beta1'): string {
  return `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
}
