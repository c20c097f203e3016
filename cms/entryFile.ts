// The Markdown file Decap will write for an entry, and that file read back the way Astro reads
// it. Decap's own formatter (front matter in YAML, then the body) with the collection's field order,
// as its backend does when it saves (decap-cms-core backend.entryToRaw); Astro's own front matter
// parser (@astrojs/internal-helpers/frontmatter, as its content layer uses), so a value that
// changes on the way (an unquoted date, a number-like string) reaches the checks as the build sees it.
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import type { CmsField } from './types';

/** The file text Decap saves for `data` (its `body` key is the Markdown body). */
export function entryFileText(data: Record<string, unknown>, fields: readonly CmsField[]): string {
  const comments = Object.fromEntries(
    fields.filter((f) => typeof f.comment === 'string').map((f) => [f.name, f.comment as string]),
  );
  const text = FrontmatterInfer.toFile(
    data,
    fields.map((f) => f.name),
    comments,
  );
  return text.endsWith('\n') ? text : `${text}\n`;
}

// Read back with the same parser the build's rules use (cms/entryTextCheck.ts).
export { readEntryFile } from './entryTextCheck';
