/** Helm release records and lifecycle actions against the simulated cluster. */
export type { Release, ReleaseInfo, ReleaseStatus, StoredChart } from './types.js';
export { chartLabel } from './types.js';
export { encodeRelease, decodeRelease, releaseJson } from './codec.js';
export { ReleaseStorage, releaseKey, driverOf, type Driver } from './storage.js';
export { actionEnv, validateReleaseName, funcEnv, clusterLookup, type ActionEnv, type ActionResult } from './context.js';
export { installRelease, type InstallOptions } from './install.js';
export { upgradeRelease, pruneHistory, type UpgradeOptions } from './upgrade.js';
export { rollbackRelease, type RollbackOptions } from './rollback.js';
export { uninstallRelease, type UninstallOptions } from './uninstall.js';
export { ansic, goTimeString, rfc3339Nano, parseStored } from './time.js';
export { buildResources, type Resource } from './resources.js';
export { execHooks } from './hooks.js';
