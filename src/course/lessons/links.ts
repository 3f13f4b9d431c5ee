/**
 * Finds the links in a lesson body with markdown-it, so links inside code blocks or
 * inline code are not mistaken for links.
 */
import MarkdownIt from 'markdown-it';

export interface BodyLink {
  href: string;
  /** 1-based line in the body (add the body's start line for the file line). */
  line: number;
}

const md = new MarkdownIt({ html: false, linkify: false });

/** Every `[text](href)` link in `body`, in order. */
export function extractLinks(body: string): BodyLink[] {
  const out: BodyLink[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type !== 'inline' || !token.children) continue;
    // The inline token knows where its paragraph starts; line breaks inside it are tokens too.
    let line = (token.map?.[0] ?? 0) + 1;
    for (const child of token.children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      if (child.type !== 'link_open') continue;
      const href = child.attrGet('href');
      if (href !== null) out.push({ href, line });
    }
  }
  return out;
}

export type LinkKind = 'scenario' | 'external' | 'anchor' | 'relative';

/** Classifies a link target. markdown-it keeps unknown schemes such as `scenario:` as written. */
export function linkKind(href: string): LinkKind {
  if (href.startsWith('scenario:')) return 'scenario';
  if (href.startsWith('#')) return 'anchor';
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('/')) return 'external';
  return 'relative';
}

/** Scenario id of a `scenario:<topic>/<name>` link, or undefined when the form is wrong. */
export function scenarioId(href: string): string | undefined {
  const id = href.slice('scenario:'.length);
  return /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : undefined;
}
