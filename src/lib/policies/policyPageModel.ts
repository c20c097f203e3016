/**
 * The models of the per-document policy pages (/policies/<slug>/ and /policies/lineage/<slug>/):
 * everything those pages and their sections show, taken from the library's intel once per build.
 * The sections (LineageChain, CiteClauses, RevisionInfo, TaskListLink, PolicyInterpretations)
 * render their part of it and load nothing; the pages' incremental-build keys are the models'
 * hashes (src/lib/build/pageModelKey.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { absoluteUrl } from '../site/url';
import type { Block } from './body';
import { clauseCitations, type CiteDoc } from './intel/citeClause';
import type { Intel, TaskList } from './intel/intel';
import type { LineageEdge, LineageNode } from './intel/lineage';
import type { RevisionHistory } from '../site/revisions';
import type { PolicyEntry } from './load';

/** 依据与被引用 of one document: its node, its edges both ways and the nodes at their other ends. */
export interface LineageChainModel {
  self: LineageNode;
  up: LineageEdge[];
  down: LineageEdge[];
  nodes: ReadonlyMap<string, LineageNode>;
}

/** 引用本文件 and each clause's 引用本条 text. */
export interface CiteModel {
  doc: CiteDoc;
  pageUrl: string;
  citations: Record<string, string>;
}

export interface PolicyPageModel {
  entry: PolicyEntry;
  chain: LineageChainModel;
  cite: CiteModel;
  history: RevisionHistory;
  tasks: TaskList | undefined;
  interpretations: CollectionEntry<'interpretations'>[];
}

export interface LineagePageModel {
  entry: PolicyEntry;
  blocks: Block[];
  chain: LineageChainModel;
  cite: CiteModel;
  history: RevisionHistory;
}

export function lineageChainModel(lineage: Intel['lineage'], key: string): LineageChainModel {
  const self = lineage.nodes.get(key);
  if (!self) throw new Error(`依据与被引用：引用关系图中没有 ${key}`);
  const up = lineage.up(key);
  const down = lineage.down(key);
  const nodes = new Map<string, LineageNode>([[key, self]]);
  for (const k of [...up.map((e) => e.to), ...down.map((e) => e.from)]) nodes.set(k, lineage.nodes.get(k)!);
  return { self, up, down, nodes };
}

function citeModel(intel: Intel, entry: PolicyEntry): CiteModel {
  const doc = {
    slug: entry.id,
    title: entry.data.title,
    docNumber: entry.data.docNumber,
    docNumberIncomplete: entry.data.docNumberIncomplete,
  };
  const pageUrl = absoluteUrl(`/policies/${entry.id}/`);
  return { doc, pageUrl, citations: clauseCitations(doc, intel.blocks.get(entry.id) ?? [], pageUrl) };
}

function entryOf(intel: Intel, slug: string): PolicyEntry {
  const entry = intel.byId.get(slug);
  if (!entry) throw new Error(`政策文件库中没有 ${slug}`);
  return entry;
}

const NO_HISTORY: RevisionHistory = { revisions: [], unavailable: '暂无记录' };

export function policyPageModel(
  intel: Intel,
  interpretations: ReadonlyMap<string, readonly CollectionEntry<'interpretations'>[]>,
  slug: string,
): PolicyPageModel {
  const entry = entryOf(intel, slug);
  return {
    entry,
    chain: lineageChainModel(intel.lineage, slug),
    cite: citeModel(intel, entry),
    history: intel.revisions.get(slug) ?? NO_HISTORY,
    tasks: intel.tasks.get(slug),
    interpretations: [...(interpretations.get(slug) ?? [])],
  };
}

export function lineagePageModel(intel: Intel, slug: string): LineagePageModel {
  const entry = entryOf(intel, slug);
  return {
    entry,
    blocks: intel.blocks.get(slug) ?? [],
    chain: lineageChainModel(intel.lineage, slug),
    cite: citeModel(intel, entry),
    history: intel.revisions.get(slug) ?? NO_HISTORY,
  };
}
