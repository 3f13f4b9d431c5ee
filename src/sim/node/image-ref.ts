/**
 * Image references as containerd resolves them: `nginx` is `docker.io/library/nginx:latest`,
 * `luksa/kubia:v1` is `docker.io/luksa/kubia:v1` (distribution/reference normalisation).
 */
import { fnv32a } from '../objects.js';

export interface ImageRef {
  /** What the pod spec says. */
  raw: string;
  /** `docker.io/library/nginx` */
  repository: string;
  /** `1.27` (or `latest` when neither tag nor digest is given). */
  tag?: string;
  digest?: string;
  /** `docker.io/library/nginx:1.27` */
  full: string;
}

const REF = /^(?:([a-zA-Z0-9.-]+(?::\d+)?)\/)?([a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** Parses an image reference; undefined when it is not a valid reference (InvalidImageName). */
export function parseImageRef(raw: string): ImageRef | undefined {
  const m = REF.exec(raw);
  if (!m) return undefined;
  let domain: string | undefined = m[1];
  let path = m[2];
  const tag = m[3];
  const digest = m[4];
  // A first component without a dot, colon or `localhost` is a Docker Hub path, not a registry.
  if (domain && !/[.:]/.test(domain) && domain !== 'localhost') {
    path = `${domain}/${path}`;
    domain = undefined;
  }
  if (!domain) {
    domain = 'docker.io';
    if (!path.includes('/')) path = `library/${path}`;
  }
  const repository = `${domain}/${path}`;
  const effectiveTag = tag ?? (digest ? undefined : 'latest');
  const full = effectiveTag ? `${repository}:${effectiveTag}` : `${repository}@${digest}`;
  return { raw, repository, tag: effectiveTag, digest, full };
}

/** 64 hex digits derived from a string: stable digests and ids without randomness. */
export function hex64(seed: string): string {
  let out = '';
  for (let i = 0; out.length < 64; i++) out += fnv32a(`${i}:${seed}`).toString(16).padStart(8, '0');
  return out.slice(0, 64);
}

/** What containerStatuses[].imageID shows: `docker.io/library/nginx@sha256:<digest>`. */
export function imageId(ref: ImageRef): string {
  return `${ref.repository}@${ref.digest ?? `sha256:${hex64(ref.full)}`}`;
}
