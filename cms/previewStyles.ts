// Finds the CSS of built pages so the CMS preview pane renders with the site's own styles.
// Astro links large stylesheets and inlines small ones; both kinds are collected, once each.

export interface PreviewStyle {
  /** Root-relative stylesheet URL (/_astro/x.css). */
  href?: string;
  /** Inline CSS text. */
  css?: string;
}

const LINK = /<link\b[^>]*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function extractPreviewStyles(htmls: readonly string[]): PreviewStyle[] {
  const styles: PreviewStyle[] = [];
  const seen = new Set<string>();
  for (const html of htmls) {
    for (const [tag] of html.matchAll(LINK)) {
      const rel = attr(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      const href = attr(tag, 'href');
      if (!rel.includes('stylesheet') || !href || /^(?:[a-z]+:)?\/\//i.test(href)) continue;
      if (seen.has(href)) continue;
      seen.add(href);
      styles.push({ href });
    }
    for (const [, css] of html.matchAll(STYLE)) {
      const text = css?.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      styles.push({ css: text });
    }
  }
  return styles;
}

/**
 * Astro scopes a component's styles with a `data-astro-cid-…` attribute. For each class that
 * carries one in the built pages (article, read-aloud, event-facts …), the attribute's name, so a
 * preview written with the same classes gets the same scoped styles.
 */
export function extractScopes(htmls: readonly string[]): Record<string, string> {
  const scopes: Record<string, string> = {};
  for (const html of htmls) {
    for (const [tag] of html.matchAll(/<[a-z][a-z0-9]*\s[^>]*data-astro-cid-[^>]*>/gi)) {
      const cid = /\b(data-astro-cid-[a-z0-9]+)/i.exec(tag)?.[1];
      const classes = attr(tag, 'class')?.split(/\s+/).filter(Boolean) ?? [];
      for (const name of classes) if (cid && !(name in scopes)) scopes[name] = cid;
    }
  }
  return scopes;
}
