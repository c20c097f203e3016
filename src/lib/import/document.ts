/** Serialize an imported document (front matter + body) and read one back. */
import { Document, isScalar, visit } from 'yaml';
import { parseYamlData, sizeProblem } from '../build/sourceChecks.ts';
import type { ImportResult } from './index.ts';

/** Facts added by hand (see README): kept across re-imports, shown on the page as 编者补充. */
export type ManualFacts = Record<string, unknown>;

export function serializeDocument(result: ImportResult, manual?: ManualFacts | null): string {
  const data: Record<string, unknown> = { ...result.data };
  if (manual && Object.keys(manual).length) data.manual = manual;
  const doc = new Document(data);
  // Dates are written quoted: unquoted, Astro's YAML parser would turn them into Date objects and
  // silently roll an impossible day (2022-13-02) over into another one instead of failing validation.
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(node.value))
        node.type = 'QUOTE_SINGLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${result.body}`;
}

export interface ParsedDocument {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Split a Markdown file into its YAML front matter and body. Throws (in Chinese) on a file or front
 * matter above the build's size caps, a duplicate key or a YAML syntax error: the build's own rules.
 */
export function parseDocument(markdown: string): ParsedDocument {
  const size = sizeProblem(markdown);
  if (size) throw new Error(size);
  // indexOf, not one regex over the whole file: a regex backtracking through a body of many MB overflows the stack.
  const open = /^---\r?\n/u.exec(markdown.slice(0, 5));
  if (!open) return { data: {}, body: markdown };
  const at = markdown.indexOf('\n---', open[0].length);
  if (at < 0) return { data: {}, body: markdown };
  const yamlEnd = markdown[at - 1] === '\r' ? at - 1 : at;
  let rest = at + 4;
  if (markdown[rest] === '\r') rest++;
  if (markdown[rest] === '\n') rest++;
  const data = (parseYamlData(markdown.slice(open[0].length, yamlEnd)) ?? {}) as Record<string, unknown>;
  return { data, body: markdown.slice(rest).replace(/^\n/u, '') };
}
