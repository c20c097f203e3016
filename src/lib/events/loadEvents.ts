/**
 * The one place pages read the events collection (the only module here that touches
 * astro:content). Records are built once per build and shared by every page and feed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { toEventRecord, type EventRecord } from './eventRecord';
import { eventStart } from './eventRecord';

export interface LoadedEvent {
  record: EventRecord;
  entry: CollectionEntry<'events'>;
}

let cache: Promise<LoadedEvent[]> | null = null;

export function loadEvents(): Promise<LoadedEvent[]> {
  cache ??= getCollection('events').then((entries) =>
    entries
      .map((entry) => ({ entry, record: toEventRecord(entry.id, entry.data) }))
      .sort((a, b) => eventStart(a.record) - eventStart(b.record) || a.record.slug.localeCompare(b.record.slug)),
  );
  return cache;
}

/** First paragraph of the body as plain text, for JSON-LD and meta descriptions. */
export function plainSummary(body: string | undefined, max = 160): string | null {
  if (!body) return null;
  const para = body.split(/\n\s*\n/).map((p) => p.replace(/[#>*_`[\]]/g, '').replace(/\s+/g, ' ').trim()).find(Boolean);
  if (!para) return null;
  return para.length > max ? `${para.slice(0, max - 1)}…` : para;
}

let policyIds: Promise<Set<string>> | null = null;

/** Ids of the policy library's documents (empty while the library has none). */
export function policyIdSet(): Promise<Set<string>> {
  policyIds ??= (getCollection as unknown as (name: string) => Promise<{ id: string }[]>)('policies')
    .then((entries) => new Set(entries.map((e) => e.id)))
    .catch(() => new Set<string>());
  return policyIds;
}

/**
 * Link for an event's related clause: /policies/<document>/#<clause> when the policy library
 * holds that document. Until the library has documents the clause is cited as text only; once
 * it has some, a slug that matches none of them stops the build rather than linking nowhere.
 */
export async function relatedClauseHref(
  clause: { document: string; clause: string },
  sourceFile: string,
): Promise<string | null> {
  const ids = await policyIdSet();
  if (ids.size === 0) return null;
  if (!ids.has(clause.document)) {
    throw new Error(`${sourceFile}：字段 relatedClause.document 指向不存在的政策文件“${clause.document}”`);
  }
  return `/policies/${clause.document}/#${clause.clause}`;
}

export interface ClauseBacklink {
  clause: string;
  slug: string;
  title: string;
  example: boolean;
}

let backlinks: Promise<Map<string, ClauseBacklink[]>> | null = null;

/**
 * Events per policy document (keyed by document slug), for "related events" on policy pages.
 * Computed once per build.
 */
export function eventsByPolicyDocument(): Promise<Map<string, ClauseBacklink[]>> {
  backlinks ??= loadEvents().then((events) => {
    const map = new Map<string, ClauseBacklink[]>();
    for (const { record } of events) {
      if (!record.relatedClause) continue;
      const list = map.get(record.relatedClause.document) ?? [];
      list.push({ clause: record.relatedClause.clause, slug: record.slug, title: record.title, example: record.example });
      map.set(record.relatedClause.document, list);
    }
    return map;
  });
  return backlinks;
}
