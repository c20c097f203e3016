/**
 * The one place pages read the events collection (the only module here that touches
 * astro:content). Records are built once per build and shared by every page and feed; the
 * policy clauses the events cite are checked on loading, as the article catalog checks its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findBrokenClauseRefs } from '../policies/clauseRefs';
import { contentFile } from '../build/contentPaths';
import { loadPolicyClauseIndex } from '../policies/policyClauseIndex';
import { eventStart, toEventRecord, type EventRecord } from './eventRecord';

export interface LoadedEvent {
  record: EventRecord;
  entry: CollectionEntry<'events'>;
}

let cache: Promise<LoadedEvent[]> | null = null;

async function load(): Promise<LoadedEvent[]> {
  const entries = await getCollection('events');
  const errors = findBrokenClauseRefs(
    entries.map((e) => ({
      file: e.filePath ?? contentFile('events', `${e.id}.md`),
      field: 'relatedClause',
      refs: e.data.relatedClause,
    })),
    await loadPolicyClauseIndex(),
  );
  if (errors.length) throw new Error(`活动数据有误，构建已停止：\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  return entries
    .map((entry) => ({ entry, record: toEventRecord(entry.id, entry.data) }))
    .sort((a, b) => eventStart(a.record) - eventStart(b.record) || a.record.slug.localeCompare(b.record.slug));
}

export function loadEvents(): Promise<LoadedEvent[]> {
  cache ??= load();
  return cache;
}

/** First paragraph of the body as plain text, for JSON-LD and meta descriptions. */
export function plainSummary(body: string | undefined, max = 160): string | null {
  if (!body) return null;
  const para = body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[#>*_`[\]]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .find(Boolean);
  if (!para) return null;
  return para.length > max ? `${para.slice(0, max - 1)}…` : para;
}
