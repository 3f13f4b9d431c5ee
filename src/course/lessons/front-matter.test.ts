import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.js';

describe('splitFrontMatter', () => {
  it('parses the mapping and returns the body after the closing fence', () => {
    const r = splitFrontMatter('---\nid: a\norder: 2\n---\n# Title\n\ntext\n');
    expect(r).toEqual({ ok: true, data: { id: 'a', order: 2 }, body: '# Title\n\ntext\n', bodyStartLine: 5 });
  });

  it('reports a file without front matter', () => {
    const r = splitFrontMatter('# Title\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('missing front matter');
  });

  it('reports an unclosed block', () => {
    const r = splitFrontMatter('---\nid: a\n# Title\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('front matter is not closed by a line "---"');
  });

  it('reports YAML that is not a mapping or does not parse', () => {
    const list = splitFrontMatter('---\n- a\n---\nbody');
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.message).toBe('front matter must be a YAML mapping');
    const bad = splitFrontMatter('---\nid: [a\n---\nbody');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^front matter is not valid YAML: /);
  });

  it('keeps strings that YAML 1.1 would turn into dates or booleans as written', () => {
    const r = splitFrontMatter('---\ntitle: 2024-01-01\nid: yes\n---\n');
    expect(r.ok && r.data).toEqual({ title: '2024-01-01', id: 'yes' });
  });
});
