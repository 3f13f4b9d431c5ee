/**
 * Splits a Markdown file into its YAML front matter and body.
 * Front matter is the block between a first line `---` and the next line `---`.
 */
import yaml from 'js-yaml';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyStartLine: number }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*$/;

/** Parses the front matter of `text`; errors are values with a message for the author. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) {
    return { ok: false, message: 'missing front matter: the file must start with a line "---"' };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) return { ok: false, message: 'front matter is not closed by a line "---"' };
  let data: unknown;
  try {
    // JSON_SCHEMA: no YAML 1.1 surprises (dates, `yes`) in author-written metadata.
    data = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, message: `front matter is not valid YAML: ${reason}` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'front matter must be a YAML mapping' };
  }
  return { ok: true, data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 };
}
