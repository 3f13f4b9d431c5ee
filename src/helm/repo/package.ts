/**
 * `helm package` (helm/helm pkg/chartutil/save.go): a gzipped tar `NAME-VERSION.tgz` with the
 * top directory `NAME/`, Chart.yaml re-marshalled from the metadata (comments dropped, keys
 * sorted), then values.yaml, the schema, templates and the other files; subcharts under charts/.
 */
import type { Chart } from '../chart/types.js';
import { emitYaml } from '../yaml/emit.js';
import { writeTgz, type TarEntry } from './tar.js';

const enc = new TextEncoder();

function metadataYaml(c: Chart): string {
  const md: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.metadata)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    md[k] = v;
  }
  return emitYaml(md);
}

function entries(c: Chart, prefix: string, out: TarEntry[]): void {
  const add = (name: string, data: string): void => {
    out.push({ name: `${prefix}${name}`, data: enc.encode(data) });
  };
  add('Chart.yaml', metadataYaml(c));
  const raw = new Map(c.raw.map((f) => [f.name, f.data]));
  if (raw.has('values.yaml')) add('values.yaml', raw.get('values.yaml')!);
  if (c.schema !== undefined) add('values.schema.json', c.schema);
  for (const t of c.templates) add(t.name, t.data);
  for (const f of c.files) add(f.name, f.data);
  for (const d of c.dependencies) entries(d, `${prefix}charts/${d.metadata.name}/`, out);
}

/** The archive bytes and its file name. */
export function packageChart(c: Chart, mtimeSec: number): { fileName: string; data: Uint8Array } {
  const out: TarEntry[] = [];
  entries(c, `${c.metadata.name}/`, out);
  return { fileName: `${c.metadata.name}-${c.metadata.version}.tgz`, data: writeTgz(out, mtimeSec) };
}
