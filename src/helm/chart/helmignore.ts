/**
 * .helmignore rules (helm/helm internal/ignore): one glob per line, `#` comments, `!` negation,
 * a trailing `/` matches directories only, a leading `/` anchors at the chart root; patterns
 * without a slash match the base name. `.helmignore` itself is never packaged.
 */

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
  /** Patterns containing a slash match the whole relative path, others the base name. */
  hasSlash: boolean;
  re: RegExp;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** Parsed ignore rules. */
export class HelmIgnore {
  private rules: Rule[] = [];

  constructor(text: string) {
    for (const raw of text.split('\n')) {
      let line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = line.slice(0, -1);
      const anchored = line.startsWith('/');
      if (anchored) line = line.slice(1);
      this.rules.push({ negate, dirOnly, anchored, hasSlash: line.includes('/'), re: globToRegExp(line) });
    }
  }

  /** Whether `path` (relative, `/`-separated) is ignored; `isDir` for directories. */
  ignored(path: string, isDir: boolean): boolean {
    if (path === '.helmignore') return true;
    let out = false;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      const target = r.anchored || r.hasSlash ? path : path.slice(path.lastIndexOf('/') + 1);
      if (r.re.test(target)) out = !r.negate;
    }
    return out;
  }
}
