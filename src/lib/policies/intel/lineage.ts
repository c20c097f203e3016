/**
 * The citation graph of the policy corpus (who follows which parent document), computed once per build.
 *
 * A citation is recognised in a document's text
 * - by 文号, normalized by src/lib/policies/docNumber.ts (国发〔2021）9号 with its mismatched bracket is 国发〔2021〕9号),
 *   paired with the 《title》 printed just before it when there is one;
 * - by 《title》 alone, matched through titleKey (the 益阳 plan names the national 纲要 by title only).
 * A title inside a longer title the same document cites (《纲要》 beside 《全民科学素质行动规划纲要…》) is an
 * abbreviation of it, not another document.
 *
 * Citations that name the same document are merged: a 文号 and the title printed with it, and every other
 * text that gives that title, become one node. Documents outside the library become nodes too, with the
 * titles the citing texts give them.
 *
 * An edge is 依据 (basis) when the citation stands in the preamble (before the first numbered heading)
 * in a sentence with 根据/按照/依据/贯彻/落实: the documents a plan says it is made under. Every other
 * citation is 提及 (mention).
 */
import { findDocNumbers, type DocNumberMatch } from '../docNumber';
import { parseBody, type Block } from '../body';
import { slugForDocNumber, slugForTitle, uniqueSlugs } from './citedSlug';
import { coreTitle, levelOfCode, levelOfTitle, titleKey, type Level } from '../titleKey';
import { fragmentFor } from './textFragment';

export interface LineageInput {
  slug: string;
  title: string;
  documentTitle: string | null;
  docNumber: string | null;
  docNumberIncomplete: boolean;
  /** Markdown body (front matter removed). */
  body: string;
}

export interface LineageNode {
  /** Unique key: the library slug, or the cited slug for documents outside the library. */
  key: string;
  inLibrary: boolean;
  /** Page URL: /policies/<slug>/ or /policies/cited/<slug>/. */
  href: string;
  /** Library title, or the title the citing texts give most often (null when none gives one). */
  title: string | null;
  /** Normalized 文号, or null. */
  docNumber: string | null;
  level: Level | null;
  /** Every title the citing texts give, as printed (whitespace removed), in first-seen order. */
  titlesGiven: string[];
}

export type EdgeKind = 'basis' | 'mention';

export interface LineageEdge {
  /** Key of the citing (library) document. */
  from: string;
  /** Key of the cited document. */
  to: string;
  kind: EdgeKind;
  /** The title as the citing text prints it, or null (文号 alone). */
  titleAsGiven: string | null;
  /** The 文号 as the citing text prints it, or null (title alone). */
  numberAsPrinted: string | null;
  /** Anchor in the citing document where the citation stands (null: before any anchor). */
  anchor: string | null;
  /** Link to the citing place: /policies/<from>/#<anchor>, with a text fragment for the cited title or 文号. */
  href: string;
  /** The sentence the citation stands in. */
  sentence: string;
}

export interface Lineage {
  nodes: Map<string, LineageNode>;
  edges: LineageEdge[];
  /** Edges out of a node (what it cites), basis first then in text order. */
  up(key: string): LineageEdge[];
  /** Edges into a node (who cites it), basis first. */
  down(key: string): LineageEdge[];
  /** Documents outside the library, for /policies/cited/<slug>/. */
  external(): LineageNode[];
}

interface RawCitation {
  from: string;
  number: DocNumberMatch | null;
  title: string | null;
  kind: EdgeKind;
  anchor: string | null;
  sentence: string;
}

const BASIS_VERB = /根据|按照|依据|依照|贯彻|落实/u;
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|\d+[、.．])/u;
const SENTENCE = /[^。！？；]+[。！？；]?/gu;

/** The citations in one document's body, in text order. */
export function findCitations(doc: LineageInput): RawCitation[] {
  const blocks = parseBody(doc.body);
  const firstNumbered = blocks.findIndex((b) => b.kind === 'heading' && NUMBERED_HEADING.test(b.text));
  const out: RawCitation[] = [];
  blocks.forEach((block: Block, i) => {
    if (block.part === 'imprint') return;
    const preamble = firstNumbered < 0 || i < firstNumbered;
    for (const sm of block.text.matchAll(SENTENCE)) {
      const sentence = sm[0];
      const kind: EdgeKind = preamble && BASIS_VERB.test(sentence) ? 'basis' : 'mention';
      const numbers = findDocNumbers(sentence).filter((n) => !n.incomplete);
      const pairedNumbers = new Set<DocNumberMatch>();
      for (const tm of sentence.matchAll(/《([^《》]+)》/gu)) {
        const title = tm[1]!.replace(/[\s\u3000]+/gu, '');
        const end = (tm.index ?? 0) + tm[0].length;
        const number = numbers.find(
          (n) => !pairedNumbers.has(n) && /^[\s\u3000]*[（(]?[\s\u3000]*$/u.test(sentence.slice(end, n.index)),
        );
        if (number) pairedNumbers.add(number);
        out.push({
          from: doc.slug,
          number: number ?? null,
          title,
          kind,
          anchor: block.anchor,
          sentence: sentence.trim(),
        });
      }
      for (const n of numbers) {
        if (!pairedNumbers.has(n))
          out.push({ from: doc.slug, number: n, title: null, kind, anchor: block.anchor, sentence: sentence.trim() });
      }
    }
  });
  // A title inside a longer title the same text cites is its abbreviation (《纲要》).
  const keys = out.filter((c) => c.title).map((c) => titleKey(c.title!));
  return out.filter(
    (c) => c.number || !c.title || !keys.some((k) => k !== titleKey(c.title!) && k.includes(titleKey(c.title!))),
  );
}

/**
 * Union-find over identity keys ('n:文号', 't:titleKey', 'lib:slug'). Each root remembers whether its
 * set holds a 文号 or a library document, so a union checks that in constant time instead of listing
 * the members (which made building the graph quadratic in the size of the library).
 */
class Identities {
  private parent = new Map<string, string>();
  /** Per root: does the set contain an 'n:' key, a 'lib:' key. */
  private holds = new Map<string, { number: boolean; library: boolean }>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  add(k: string): void {
    if (this.parent.has(k)) return;
    this.parent.set(k, k);
    this.holds.set(k, { number: k.startsWith('n:'), library: k.startsWith('lib:') });
  }
  /** Join two identities unless that would merge two different 文号 or two library documents. */
  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ha = this.holds.get(ra)!;
    const hb = this.holds.get(rb)!;
    if ((ha.number && hb.number) || (ha.library && hb.library)) return;
    this.parent.set(rb, ra);
    this.holds.set(ra, { number: ha.number || hb.number, library: ha.library || hb.library });
    this.holds.delete(rb);
  }
}

function mostGiven(titles: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | null = null;
  for (const [t, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = t;
  return best;
}

/** Build the graph for a library. Pure: same input, same graph. */
export function buildLineage(docs: readonly LineageInput[]): Lineage {
  const sorted = [...docs].sort((a, b) => a.slug.localeCompare(b.slug));
  const ids = new Identities();
  for (const d of sorted) {
    ids.add(`lib:${d.slug}`);
    if (d.docNumber && !d.docNumberIncomplete) ids.union(`lib:${d.slug}`, `n:${d.docNumber}`);
    ids.union(`lib:${d.slug}`, `t:${titleKey(d.title)}`);
    if (d.documentTitle) ids.union(`lib:${d.slug}`, `t:${titleKey(d.documentTitle)}`);
  }
  const citations = sorted.flatMap(findCitations);
  // Pairs first, so that a title given alone joins the 文号 it is printed with elsewhere.
  for (const c of citations) if (c.number && c.title) ids.union(`n:${c.number.normalized}`, `t:${titleKey(c.title)}`);
  for (const c of citations) {
    if (c.number) ids.add(`n:${c.number.normalized}`);
    if (c.title) ids.add(`t:${titleKey(c.title)}`);
  }
  const rootOf = (c: RawCitation): string =>
    ids.find(c.number ? `n:${c.number.normalized}` : `t:${titleKey(c.title!)}`);

  const libByRoot = new Map(sorted.map((d) => [ids.find(`lib:${d.slug}`), d]));
  const byRoot = new Map<string, RawCitation[]>();
  for (const c of citations) {
    const r = rootOf(c);
    if (libByRoot.get(r)?.slug === c.from) continue; // a document naming itself (现将《本方案》印发)
    const list = byRoot.get(r);
    if (list) list.push(c);
    else byRoot.set(r, [c]);
  }

  // External nodes: slug from the 文号 when there is one, else from the title.
  const externalRoots = [...byRoot.keys()].filter((r) => !libByRoot.has(r));
  const numberOf = (r: string): DocNumberMatch | null => byRoot.get(r)?.find((c) => c.number)?.number ?? null;
  const slugs = uniqueSlugs(
    externalRoots.map((r) => {
      const n = numberOf(r);
      const title = mostGiven((byRoot.get(r) ?? []).map((c) => c.title).filter((t): t is string => t !== null)) ?? '';
      return { key: r, slug: n ? slugForDocNumber(n.code, n.year, n.serial) : slugForTitle(coreTitle(title)) };
    }),
  );

  const nodes = new Map<string, LineageNode>();
  const keyOfRoot = new Map<string, string>();
  for (const d of sorted) {
    const r = ids.find(`lib:${d.slug}`);
    keyOfRoot.set(r, d.slug);
    const given = (byRoot.get(r) ?? []).map((c) => c.title).filter((t): t is string => t !== null);
    nodes.set(d.slug, {
      key: d.slug,
      inLibrary: true,
      href: `/policies/${d.slug}/`,
      title: d.title,
      docNumber: d.docNumber,
      level: levelOfTitle(d.documentTitle ?? d.title),
      titlesGiven: [...new Set(given)],
    });
  }
  for (const r of externalRoots) {
    const key = slugs.get(r)!;
    keyOfRoot.set(r, key);
    const cs = byRoot.get(r) ?? [];
    const given = cs.map((c) => c.title).filter((t): t is string => t !== null);
    const title = mostGiven(given);
    const n = numberOf(r);
    nodes.set(key, {
      key,
      inLibrary: false,
      href: `/policies/cited/${key}/`,
      title,
      docNumber: n?.normalized ?? null,
      level: (n ? levelOfCode(n.code) : null) ?? (title ? levelOfTitle(title) : null),
      titlesGiven: [...new Set(given)],
    });
  }

  const edges: LineageEdge[] = [];
  const edgeById = new Map<string, LineageEdge>();
  for (const [r, cs] of byRoot) {
    const to = keyOfRoot.get(r)!;
    for (const c of cs) {
      // One edge per citing document and target: the first (basis wins over a later mention).
      const id = `${c.from}→${to}`;
      const existing = edgeById.get(id);
      if (existing) {
        if (existing.kind === 'mention' && c.kind === 'basis') Object.assign(existing, edgeOf(c, to));
        continue;
      }
      const edge = edgeOf(c, to);
      edgeById.set(id, edge);
      edges.push(edge);
    }
  }
  const kindOrder = (e: LineageEdge): number => (e.kind === 'basis' ? 0 : 1);
  const levelOrder = (k: string): number => nodes.get(k)?.level ?? 9;
  // Every page asks for its own edges: group them once, sorted, instead of filtering all edges per call.
  const upOf = groupEdges(
    edges,
    (e) => e.from,
    (a, b) => kindOrder(a) - kindOrder(b) || levelOrder(a.to) - levelOrder(b.to),
  );
  const downOf = groupEdges(
    edges,
    (e) => e.to,
    (a, b) => kindOrder(a) - kindOrder(b) || levelOrder(a.from) - levelOrder(b.from) || a.from.localeCompare(b.from),
  );
  return {
    nodes,
    edges,
    up: (key) => [...(upOf.get(key) ?? [])],
    down: (key) => [...(downOf.get(key) ?? [])],
    external: () => [...nodes.values()].filter((n) => !n.inLibrary),
  };
}

/** Edges grouped by `keyOf`, each group in the order of `compare` (stable: text order among equals). */
function groupEdges(
  edges: readonly LineageEdge[],
  keyOf: (e: LineageEdge) => string,
  compare: (a: LineageEdge, b: LineageEdge) => number,
): Map<string, LineageEdge[]> {
  const groups = new Map<string, LineageEdge[]>();
  for (const e of edges) {
    const list = groups.get(keyOf(e));
    if (list) list.push(e);
    else groups.set(keyOf(e), [e]);
  }
  for (const list of groups.values()) list.sort(compare);
  return groups;
}

function edgeOf(c: RawCitation, to: string): LineageEdge {
  return {
    from: c.from,
    to,
    kind: c.kind,
    titleAsGiven: c.title,
    numberAsPrinted: c.number?.raw.replace(/[\s\u3000]+/gu, '') ?? null,
    anchor: c.anchor,
    href: `/policies/${c.from}/${fragmentFor(c.anchor, c.title ?? c.number?.raw ?? '')}`,
    sentence: c.sentence,
  };
}

export interface TreeItem {
  node: LineageNode;
  /** Edge from the parent (null for a root). */
  via: LineageEdge | null;
  children: TreeItem[];
  /** True when this node was already expanded higher up (its children are not repeated). */
  repeated: boolean;
}

/**
 * The 依据 tree for the overview: roots are documents that others follow but that follow nothing in
 * the corpus; each document hangs under every document it names as its basis, highest level first.
 */
export function basisTree(lineage: Lineage): TreeItem[] {
  const basis = lineage.edges.filter((e) => e.kind === 'basis');
  const hasParent = new Set(basis.map((e) => e.from));
  const hasChild = new Set(basis.map((e) => e.to));
  const byLevel = (a: LineageNode, b: LineageNode): number =>
    (a.level ?? 9) - (b.level ?? 9) || a.key.localeCompare(b.key);
  const roots = [...lineage.nodes.values()].filter((n) => hasChild.has(n.key) && !hasParent.has(n.key)).sort(byLevel);
  const basisInto = new Map<string, LineageEdge[]>();
  for (const e of basis) {
    const list = basisInto.get(e.to);
    if (list) list.push(e);
    else basisInto.set(e.to, [e]);
  }
  const expanded = new Set<string>();
  const grow = (node: LineageNode, via: LineageEdge | null, trail: Set<string>): TreeItem => {
    const repeated = expanded.has(node.key);
    expanded.add(node.key);
    const children =
      repeated || trail.has(node.key)
        ? []
        : (basisInto.get(node.key) ?? [])
            .map((e) => ({ e, n: lineage.nodes.get(e.from)! }))
            .sort((a, b) => byLevel(a.n, b.n))
            .map(({ e, n }) => grow(n, e, new Set([...trail, node.key])));
    return { node, via, children, repeated: repeated && basisInto.has(node.key) };
  };
  return roots.map((r) => grow(r, null, new Set()));
}
