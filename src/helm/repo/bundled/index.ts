/**
 * The bundled offline repository `kubedojo-examples` (there is no network in the simulator):
 * a few small charts standing in for a public repository, packaged on the fly. Its URL is
 * what `helm repo add kubedojo-examples URL` accepts without a network.
 */
import { loadChartFromFiles } from '../../chart/load.js';
import { starterFiles } from '../../starter/index.js';
import { addToIndex, newIndex, type RepoIndex } from '../index-file.js';
import { packageChart } from '../package.js';

/** URL of the bundled repository. */
export const BUNDLED_REPO_URL = 'https://charts.kubedojo.dev/examples';

/** Fixed creation time of the bundled packages (keeps the index byte-stable). */
const CREATED = '2025-05-01T00:00:00Z';
const CREATED_SEC = Date.parse(CREATED) / 1000;

interface Example {
  name: string;
  version: string;
  appVersion: string;
  description: string;
}

const EXAMPLES: Example[] = [
  { name: 'nginx', version: '0.1.0', appVersion: '1.16.0', description: 'NGINX web server (kubedojo example chart)' },
  { name: 'nginx', version: '0.2.0', appVersion: '1.25', description: 'NGINX web server (kubedojo example chart)' },
  { name: 'hello', version: '1.0.0', appVersion: '1.16.0', description: 'A minimal web application chart for practice' },
];

function chartFiles(e: Example): Record<string, string> {
  const files = starterFiles(e.name);
  files['Chart.yaml'] = files['Chart.yaml']
    .replace(/^description: .*$/m, `description: ${e.description}`)
    .replace(/^version: .*$/m, `version: ${e.version}`)
    .replace(/^appVersion: .*$/m, `appVersion: "${e.appVersion}"`);
  return files;
}

let cache: { index: RepoIndex; archives: Map<string, Uint8Array> } | undefined;

/** The bundled repository's index and archives (`nginx-0.1.0.tgz` → bytes). */
export function bundledRepo(): { index: RepoIndex; archives: Map<string, Uint8Array> } {
  if (cache) return cache;
  const index = newIndex(CREATED);
  const archives = new Map<string, Uint8Array>();
  for (const e of EXAMPLES) {
    const loaded = loadChartFromFiles(chartFiles(e));
    if (!loaded.ok) throw new Error(`bundled chart ${e.name}: ${loaded.error}`);
    const pkg = packageChart(loaded.chart, CREATED_SEC);
    archives.set(pkg.fileName, pkg.data);
    addToIndex(index, loaded.chart.metadata, pkg.fileName, BUNDLED_REPO_URL, pkg.data, CREATED);
  }
  cache = { index, archives };
  return cache;
}
