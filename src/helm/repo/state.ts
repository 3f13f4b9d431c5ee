/**
 * Repositories the learner added (`repositories.yaml` plus the cached `NAME-index.yaml`),
 * kept for the shell session.
 */
import type { RepoIndex } from './index-file.js';

export interface RepoEntry {
  name: string;
  url: string;
  /** The cached index (from `repo add` / `repo update`). */
  index: RepoIndex;
}

export interface RepoState {
  repos: RepoEntry[];
}

export function newRepoState(): RepoState {
  return { repos: [] };
}
