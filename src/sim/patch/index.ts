/**
 * Server-side patch application by content type. Strategic merge patch lives in its own
 * file (strategic.ts) because it needs each field's merge strategy.
 */
import type { ResourceType } from '../registry.js';
import { applyJsonPatch, type PatchResult } from './json-patch.js';
import { applyMergePatch } from './merge-patch.js';

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

export const PATCH_CONTENT_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

export type StrategicPatcher = (original: unknown, patch: unknown, kind: string) => PatchResult;
let strategic: StrategicPatcher | undefined;

/** Installs the strategic-merge implementation (kept separate to keep this table small). */
export function registerStrategicPatcher(fn: StrategicPatcher): void {
  strategic = fn;
}

export function applyPatch(type: PatchType, original: unknown, patch: unknown, rt: ResourceType): PatchResult {
  switch (type) {
    case 'json':
      return applyJsonPatch(original, patch);
    case 'merge':
      return { ok: true, value: applyMergePatch(original, patch) };
    case 'strategic':
      if (!strategic) return applyPatch('merge', original, patch, rt);
      return strategic(original, patch, rt.kind);
    case 'apply':
      return { ok: false, error: 'server-side apply is handled by the apply endpoint' };
  }
}

export type { PatchResult };

// Strategic merge patch is installed at module load (it lives in its own file for its size).
import { applyStrategicPatch } from './strategic.js';
registerStrategicPatcher(applyStrategicPatch);
