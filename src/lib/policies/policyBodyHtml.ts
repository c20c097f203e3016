/**
 * The Markdown pipeline's step for policy bodies (registered in astro.config.mjs after the sanitiser,
 * so what it writes is the site's own markup, not an editor's): a heading or numbered clause ending
 * in the importer's ` {#id}` marker gets that id and a visible link to itself; each table slot becomes
 * the table from the front matter's `tables`, and the text around the tables is kept in `.prose` runs
 * (reading measure) while the wide tables stand between them. The format itself is read through
 * bodyFormat.ts; only files in the policies collection are touched.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { PolicyTable } from '../../schemas/policy.ts';
import { CONTENT_DIR } from '../build/contentPaths.ts';
import { splitIdMarker, tableSlotIndex } from './bodyFormat.ts';
import { policyTableHast } from './policyTableHast.ts';

/** Is `file` (absolute path) a Markdown file of the policies collection of the content set being built? */
export function isPolicyBodyFile(file: string, contentDir = CONTENT_DIR): boolean {
  const rel = relative(resolve(contentDir, 'policies'), resolve(file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rel.endsWith('.md');
}

function clauseLink(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['clause-link'],
      href: `#${id}`,
      ariaLabel: '本条链接',
      title: '复制本条链接',
      dataPagefindIgnore: true,
    },
    children: [{ type: 'text', value: '¶' }],
  };
}

const HEADING = /^h[1-6]$/u;

/** A marked heading or clause with its id set and its self-link added; other nodes unchanged (children walked). */
function markClauses<N extends RootContent | ElementContent>(node: N): N {
  if (node.type !== 'element') return node;
  const children = node.children.map(markClauses);
  const last = children[children.length - 1];
  const heading = HEADING.test(node.tagName);
  // A clause is a plain <p>: the role paragraphs (doc-signature …) carry a class and no marker.
  const clause = node.tagName === 'p' && Object.keys(node.properties).length === 0;
  if ((heading || clause) && last?.type === 'text') {
    const { text, id } = splitIdMarker(last.value);
    if (id) {
      return {
        ...node,
        properties: { id, className: [heading ? 'clause-heading' : 'clause'] },
        children: [...children.slice(0, -1), { type: 'text', value: `${text} ` }, clauseLink(id)],
      };
    }
  }
  return { ...node, children };
}

function prose(children: RootContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['prose'] },
    children: children as ElementContent[],
  };
}

/** The policy body's HTML: clause anchors, and the tables in place of their slots. `file` names the body in errors. */
export function policyBodyHtml(tree: Root, tables: readonly PolicyTable[], file: string): Root {
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  let slots = 0;
  for (const child of tree.children.map(markClauses)) {
    const index = child.type === 'element' ? tableSlotIndex(child) : null;
    if (index === null) {
      run.push(child);
      continue;
    }
    const table = tables[index];
    if (!table)
      throw new Error(
        `政策文件 ${file}：正文中的表格位置 ${index} 在 front matter tables 中不存在（共 ${tables.length} 个表格）`,
      );
    slots++;
    out.push(prose(run), policyTableHast(table, `t${index + 1}`));
    run = [];
  }
  if (slots !== tables.length) {
    throw new Error(
      `政策文件 ${file}：正文中有 ${slots} 个表格位置，front matter tables 中有 ${tables.length} 个表格，两者应一致`,
    );
  }
  out.push(prose(run));
  return { ...tree, children: out };
}

interface HookContext {
  replaceNode(node: unknown, replacement: unknown): void;
}

interface FactoryContext {
  sourceFormat: string;
  fileURL: URL | undefined;
  data: { astro?: { frontmatter?: { tables?: PolicyTable[] } } };
}

/** Sätteri HAST plugin: runs for policy bodies only, after markdownSanitizePlugin. */
export function policyBodyHtmlPlugin(ctx: FactoryContext) {
  if (ctx.sourceFormat !== 'markdown' || !ctx.fileURL) return null;
  const file = fileURLToPath(ctx.fileURL);
  if (!isPolicyBodyFile(file)) return null;
  const tables = ctx.data.astro?.frontmatter?.tables ?? [];
  return {
    name: 'kepu-policy-body',
    after(root: Root, hook: HookContext) {
      hook.replaceNode(root, policyBodyHtml(root, tables, relative(process.cwd(), file)));
    },
  };
}
