// Markdown written in the CMS must not be able to run scripts or change the page around it.
// Astro 7's Markdown processor (Sätteri) is told to parse raw HTML into elements
// (features.rawHtml), then this plugin rebuilds the tree through hast-util-sanitize's allowlist:
// <script>, <style>, <iframe>, event handlers (onerror=…) and javascript: URLs are gone before the
// page is written. Also gone: `style` (a full-screen overlay), data-* attributes other than the
// importer's own (data-pagefind-* would forge search results), and loaded resources from other
// origins (a tracking pixel; links to other sites stay). Ids from Markdown get a prefix so that
// they cannot collide with the page's own (#main, the search box …); in-body links follow them.
// Policy clause anchors are not affected: they are written after this step (lib/policy/policyBodyHtml.ts).
// Harmless HTML editors or the importer use (tables, <sup>, <div class="doc-part">) survives.
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, Root, RootContent } from 'hast';
import site from '../../config/site.json' with { type: 'json' };

/** Prefix of every id (and name) that comes from a Markdown body. */
export const MARKDOWN_ID_PREFIX = 'user-content-';

/** GitHub's allowlist, plus what the site's own Markdown pipeline emits. */
export const markdownSanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  clobberPrefix: MARKDOWN_ID_PREFIX,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    // Semantic tags the policy importer and editors use.
    ...[
      'section',
      'article',
      'aside',
      'header',
      'footer',
      'time',
      'figure',
      'figcaption',
      'caption',
      'colgroup',
      'col',
      'mark',
      'abbr',
      'cite',
      'dfn',
      'small',
      'u',
    ],
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className', 'lang', 'title'],
    // The importer's document parts and table slots (lib/policy/bodyFormat.ts); the only data-*
    // besides the footnote markers GitHub's list already has.
    div: [...(defaultSchema.attributes?.div ?? []), 'dataPart', 'dataTable'],
    time: ['dateTime'],
    pre: [...(defaultSchema.attributes?.pre ?? []), 'tabIndex'],
    td: [...(defaultSchema.attributes?.td ?? []), 'colSpan', 'rowSpan', 'align'],
    th: [...(defaultSchema.attributes?.th ?? []), 'colSpan', 'rowSpan', 'align', 'scope'],
    col: ['span'],
    abbr: ['title'],
  },
};

/** Attributes that make the browser load something as the page opens. */
const RESOURCE_ATTRIBUTES = ['src', 'srcSet', 'poster', 'longDesc'] as const;
const SITE_ORIGIN = new URL(site.baseUrl).origin;

/** True for a URL on this site: relative, or absolute on the site's own origin. */
export function isSameSiteUrl(value: string): boolean {
  const url = value.trim();
  // `//host/x` and `\\host\x` are other hosts to a browser, though they carry no scheme.
  if (/^[\\/]{2}|^\/\\/u.test(url)) return false;
  if (!/^[a-z][a-z0-9+.-]*:/iu.test(url)) return true;
  try {
    return new URL(url).origin === SITE_ORIGIN;
  } catch {
    return false;
  }
}

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Drops resources from other origins and points in-body #links at the prefixed ids. */
function afterSanitize(tree: Root): Root {
  const ids = new Set<string>();
  walk(tree, (el) => {
    for (const attr of RESOURCE_ATTRIBUTES) {
      const value = el.properties[attr];
      if (value === undefined || value === null) continue;
      const urls =
        attr === 'srcSet'
          ? String(value)
              .split(',')
              .map((part) => part.trim().split(/\s+/u)[0] ?? '')
          : [String(value)];
      if (!urls.every(isSameSiteUrl)) delete el.properties[attr];
    }
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  walk(tree, (el) => {
    const href = el.properties.href;
    if (el.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = MARKDOWN_ID_PREFIX + decodeURIComponentSafe(href.slice(1));
    if (ids.has(target)) el.properties.href = `#${target}`;
  });
  return tree;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Returns a sanitised copy of a HAST tree. */
export function sanitizeHast(tree: Root): Root {
  return afterSanitize(sanitize(tree, markdownSanitizeSchema) as Root);
}

interface HookContext {
  sourceFormat: string;
  replaceNode(node: unknown, replacement: unknown): void;
}

/**
 * Sätteri HAST plugin for Markdown (.md) documents. MDX is authored by developers in the
 * repository, not through the CMS, and its JSX nodes would not survive an HTML allowlist.
 */
export function markdownSanitizePlugin(ctx: { sourceFormat: string }) {
  if (ctx.sourceFormat !== 'markdown') return null;
  return {
    name: 'kepu-sanitize',
    after(root: Root, hook: HookContext) {
      hook.replaceNode(root, sanitizeHast(root));
    },
  };
}
