/**
 * .helmignore rules as Helm v3 applies them (helm/helm pkg/ignore/rules.go), which is not
 * gitignore: one filepath.Match glob per line, `#` comments, a leading `/` anchors at the chart
 * root, a pattern with a `/` matches the relative path and one without matches the base name,
 * a trailing `/` only applies to directories, and the first matching rule ignores the file.
 * A negated rule (`!x`) ignores every path it does NOT match. `**` is rejected. The default
 * rule `templates/.?*` hides dotfiles in templates/.
 */

interface Rule {
  negate: boolean;
  mustDir: boolean;
  /** 'anchored' and 'path' patterns match the relative path, 'base' the last element. */
  mode: 'anchored' | 'path' | 'base';
  re: RegExp;
}

/** Go's filepath.Match syntax: `*`, `?`, `[...]` (with `^`/`!` negation), `\` escapes. */
function matchRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) re += '\\' + glob[++i];
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^[!^]/, '^') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** Parsed ignore rules; `error` is set when a line is invalid (the chart then fails to load). */
export class HelmIgnore {
  private rules: Rule[] = [];
  error: string | undefined;

  constructor(text: string, defaults = true) {
    for (const raw of text.replace(/^\uFEFF/, '').split('\n')) this.add(raw);
    if (defaults) this.add('templates/.?*');
  }

  private add(raw: string): void {
    let rule = raw.trim();
    if (rule === '' || rule.startsWith('#')) return;
    if (rule.includes('**')) {
      this.error ??= 'double-star (**) syntax is not supported';
      return;
    }
    const negate = rule.startsWith('!');
    if (negate) rule = rule.slice(1);
    const mustDir = rule.endsWith('/');
    if (mustDir) rule = rule.slice(0, -1);
    const mode = rule.startsWith('/') ? 'anchored' : rule.includes('/') ? 'path' : 'base';
    if (mode === 'anchored') rule = rule.slice(1);
    this.rules.push({ negate, mustDir, mode, re: matchRegExp(rule) });
  }

  /** Whether `path` (relative to the chart root, `/`-separated) is ignored; `isDir` for directories. */
  ignored(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const r of this.rules) {
      const target = r.mode === 'base' ? path.slice(path.lastIndexOf('/') + 1) : path;
      if (r.negate) {
        if (r.mustDir && !isDir) return true;
        if (!r.re.test(target)) return true;
        continue;
      }
      if (r.mustDir && !isDir) continue;
      if (r.re.test(target)) return true;
    }
    return false;
  }
}
