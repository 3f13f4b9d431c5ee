/** Chart repositories and archives: offline repos, index files, packaging, chart lookup. */
export { newRepoState, type RepoEntry, type RepoState } from './state.js';
export { addToIndex, compareVersions, indexYaml, newIndex, parseIndex, type ChartVersionEntry, type RepoIndex } from './index-file.js';
export { packageChart } from './package.js';
export { readTgz, writeTgz, chartFilesFromTgz, type TarEntry } from './tar.js';
export { locateChart, loadLocal, loadArchive, fetchArchive, findVersion, type ChartFiles } from './locate.js';
export { bundledRepo, BUNDLED_REPO_URL } from './bundled/index.js';
export { fetchIndex } from './fetch.js';
