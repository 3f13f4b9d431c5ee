/** The in-memory chart model (helm/helm pkg/chart Chart and Metadata, reduced to what the simulator uses). */

/** Chart.yaml fields (Go field names in comments are what templates see as `.Chart.X`). */
export interface ChartMetadata {
  apiVersion: string; // APIVersion
  name: string; // Name
  version: string; // Version
  kubeVersion?: string;
  description?: string;
  type?: string;
  keywords?: string[];
  home?: string;
  sources?: string[];
  dependencies?: ChartDependency[];
  maintainers?: { name?: string; email?: string; url?: string }[];
  icon?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  condition?: string;
  tags?: string;
}

export interface ChartDependency {
  name: string;
  version?: string;
  repository?: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  alias?: string;
  'import-values'?: unknown[];
}

/** A file of the chart (path relative to the chart root, `/`-separated). */
export interface ChartFile {
  name: string;
  data: string;
}

export interface Chart {
  metadata: ChartMetadata;
  /** Files under templates/ (names like `templates/deployment.yaml`). */
  templates: ChartFile[];
  /** Parsed values.yaml (numbers are float64). */
  values: Record<string, unknown>;
  /** values.schema.json text, if present. */
  schema?: string;
  /** Every other file (not Chart.yaml, values.yaml, values.schema.json, templates/, charts/). */
  files: ChartFile[];
  /** Subcharts from charts/. */
  dependencies: Chart[];
  /** Raw text of every loaded file, for packaging and `helm show`. */
  raw: ChartFile[];
  /** Set on subcharts. */
  parent?: Chart;
}

/** `mychart` for the root, `mychart/charts/sub` for a subchart (Chart.ChartFullPath). */
export function chartFullPath(c: Chart): string {
  return c.parent ? `${chartFullPath(c.parent)}/charts/${c.metadata.name}` : c.metadata.name;
}
