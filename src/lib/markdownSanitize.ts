// Markdown written in the CMS must not be able to run scripts on the public site. Astro 7's
// Markdown processor (Sätteri) is told to parse raw HTML into elements (features.rawHtml), then
// this plugin rebuilds the tree through hast-util-sanitize's allowlist: <script>, <style>,
// <iframe>, event handlers (onerror=…) and javascript: URLs are gone before the page is written.
// Harmless HTML editors or the importer use (tables, <sup>, ids for clause anchors) survives.
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Root } from 'hast';

/** GitHub's allowlist, plus what the site's own Markdown pipeline emits. */
export const markdownSanitizeSchema: Schema = {
  ...defaultSchema,
  // Keep ids as written: clause anchors (#…) and footnotes must keep working.
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    // Semantic tags the policy importer and editors use.
    ...['section', 'article', 'aside', 'header', 'footer', 'time', 'figure', 'figcaption', 'caption', 'colgroup', 'col', 'mark', 'abbr', 'cite', 'dfn', 'small', 'u'],
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className', 'lang', 'title', 'data*'],
    time: ['dateTime'],
    // Syntax highlighting (Shiki) colours code with inline styles.
    pre: [...(defaultSchema.attributes?.pre ?? []), 'style', 'tabIndex', 'dataLanguage'],
    span: [...(defaultSchema.attributes?.span ?? []), 'style'],
    code: [...(defaultSchema.attributes?.code ?? []), 'style'],
    td: [...(defaultSchema.attributes?.td ?? []), 'colSpan', 'rowSpan', 'align'],
    th: [...(defaultSchema.attributes?.th ?? []), 'colSpan', 'rowSpan', 'align', 'scope'],
    col: ['span'],
    abbr: ['title'],
  },
};

/** Returns a sanitised copy of a HAST tree. */
export function sanitizeHast(tree: Root): Root {
  return sanitize(tree, markdownSanitizeSchema) as Root;
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
