/**
 * The links of a built page (href and src attributes) and where an internal one leads in the
 * built site. Regular expressions over the HTML the build writes (always double-quoted
 * attributes), not a DOM: 10,000 pages are read in seconds.
 */
const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/gu;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(ATTRIBUTE))
    links.push(m[1]!.replace(/&(?:amp|quot|#39|lt|gt);/gu, (e) => ENTITIES[e]!));
  return links;
}

export type LinkTarget = { kind: 'internal'; path: string } | { kind: 'external'; url: string } | { kind: 'other' };

/**
 * What a link on the page at `pagePath` (/topics/shuangtan/) points at: a path inside the site
 * (decoded, without query or fragment), an external http(s) URL, or something not checked
 * (mailto:, tel:, a fragment on the same page, data:).
 */
export function linkTarget(href: string, pagePath: string, baseUrl: string): LinkTarget {
  const link = href.trim();
  if (link === '' || link.startsWith('#')) return { kind: 'other' };
  if (baseUrl && (link === baseUrl || link.startsWith(`${baseUrl}/`)))
    return linkTarget(link.slice(baseUrl.length) || '/', pagePath, '');
  if (/^(?:https?:)?\/\//iu.test(link))
    return { kind: 'external', url: link.startsWith('//') ? `https:${link}` : link };
  if (/^[a-z][a-z0-9+.-]*:/iu.test(link)) return { kind: 'other' };
  let url: URL;
  try {
    url = new URL(link, `http://site.invalid${pagePath}`);
  } catch {
    return { kind: 'internal', path: link };
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written: it will not resolve, and is reported.
  }
  return { kind: 'internal', path };
}

/** The built file a site path is served from, or null: /a/ → a/index.html, /a → a or a/index.html or a.html. */
export function resolvePath(path: string, files: ReadonlySet<string>): string | null {
  const rel = path.replace(/^\/+/u, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** The site path of a built HTML file: topics/x/index.html → /topics/x/. */
export function pagePathOf(file: string): string {
  return `/${file.replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : ''))}`;
}
