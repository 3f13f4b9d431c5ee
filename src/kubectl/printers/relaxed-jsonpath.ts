/**
 * RelaxedJSONPathExpression (kubectl pkg/cmd/get/customcolumn.go): `.a.b`, `a.b`, `{a.b}`
 * and `{.a.b}` all become `{.a.b}`; used by custom-columns and --sort-by.
 */
const jsonRegexp = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** Normalises a path to `{.a.b}`, or the upstream error for paths with braces inside. */
export function relaxedJsonPath(expr: string): { ok: true; value: string } | { ok: false; error: string } {
  if (expr === '') return { ok: true, value: expr };
  const m = jsonRegexp.exec(expr);
  if (!m) return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  return { ok: true, value: `{.${m[1] ?? m[2]}}` };
}
