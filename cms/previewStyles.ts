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
