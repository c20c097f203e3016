/**
 * Post-processing of a policy's rendered HTML: the importer marks ids with the attribute syntax
 * `## 一、总体要求 {#s1}` / `…。 {#s1-2-3}`; here they become real `id`s, each heading and numbered clause
 * gets a visible link to itself, and the outline for the table of contents is collected.
 */

export interface OutlineItem {
  id: string;
  /** 2–6 for headings, 0 for a numbered clause paragraph. */
  level: number;
  /** Text without tags. */
  text: string;
}

export interface ProcessedHtml {
  html: string;
  outline: OutlineItem[];
}

const ID = '[A-Za-z0-9_-]+';

export function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&')
    .trim();
}

function link(id: string): string {
  return `<a class="clause-link" href="#${id}" aria-label="本条链接" title="复制本条链接" data-pagefind-ignore>¶</a>`;
}

/** Turn `{#id}` markers into ids and add a self-link to every marked heading and clause. */
export function processPolicyHtml(html: string): ProcessedHtml {
  const outline: OutlineItem[] = [];
  const withHeadings = html.replace(
    new RegExp(`<h([1-6])(?:\\s[^>]*)?>((?:(?!</h[1-6]>)[\\s\\S])*?) \\{#(${ID})\\}</h\\1>`, 'gu'),
    (_all, level: string, inner: string, id: string) => {
      outline.push({ id, level: Number(level), text: stripTags(inner) });
      return `<h${level} id="${id}" class="clause-heading">${inner} ${link(id)}</h${level}>`;
    },
  );
  const withClauses = withHeadings.replace(
    new RegExp(`<p>((?:(?!</?p[ >])[\\s\\S])*?) \\{#(${ID})\\}</p>`, 'gu'),
    (_all, inner: string, id: string) => {
      outline.push({ id, level: 0, text: stripTags(inner) });
      return `<p id="${id}" class="clause">${inner} ${link(id)}</p>`;
    },
  );
  // Keep the outline in document order.
  const order = (id: string): number => withClauses.indexOf(`id="${id}"`);
  outline.sort((a, b) => order(a.id) - order(b.id));
  return { html: withClauses, outline };
}

/** Split processed HTML at the table slots the importer left: text, table index, text, … */
export function splitAtTables(html: string): Array<{ html: string } | { table: number }> {
  const parts: Array<{ html: string } | { table: number }> = [];
  const re = /<div class="policy-table-slot" data-table="(\d+)"><\/div>/gu;
  let last = 0;
  for (const m of html.matchAll(re)) {
    parts.push({ html: html.slice(last, m.index) });
    parts.push({ table: Number(m[1]) });
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push({ html: html.slice(last) });
  return parts;
}

/** Ids a document's body defines, read straight from the Markdown (for links from other pages). */
export function clauseIdsInMarkdown(body: string): string[] {
  return [...body.matchAll(new RegExp(` \\{#(${ID})\\}$`, 'gmu'))].map((m) => m[1] ?? '');
}
