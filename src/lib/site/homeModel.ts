/**
 * The home page's model: everything its sections show, built once from the collections and the
 * build clock. The sections (src/components/home/) render it and load nothing themselves.
 */
import { getCatalog, type Catalog, type CatalogArticle } from '../articles/articleCatalog';
import { buildNow } from '../build/buildClock';
import type { EventRecord } from '../events/eventRecord';
import { loadEvents } from '../events/loadEvents';
import type { PolicyFacts } from '../policies/library';
import { factsOf, loadLibrary } from '../policies/load';
import { eventsGoingAhead, leadArticle } from './homeSelection';

const LATEST_ARTICLES = 5;
const SHOWN_EVENTS = 3;
const LATEST_POLICIES = 4;

export interface HomeModel {
  /** 头条: the newest pinned article, else the newest one. */
  lead: CatalogArticle | undefined;
  /** 最新文章 after the lead, each once. */
  latest: CatalogArticle[];
  /** The next events going ahead at the build's time. */
  events: EventRecord[];
  /** The newest policy documents, as in the library. */
  policies: PolicyFacts[];
  /** How many documents the library holds. */
  policyCount: number;
  /** Every topic, and each topic's articles (the strip shows how many). */
  topics: Pick<Catalog, 'topics' | 'articlesByTopic'>;
}

export async function loadHomeModel(): Promise<HomeModel> {
  const [catalog, events, { entries }] = await Promise.all([getCatalog(), loadEvents(), loadLibrary()]);
  const lead = leadArticle(catalog.articles);
  return {
    lead,
    latest: catalog.articles.filter((a) => a !== lead).slice(0, LATEST_ARTICLES),
    events: eventsGoingAhead(
      events.map((l) => l.record),
      buildNow(),
      SHOWN_EVENTS,
    ),
    policies: entries.slice(0, LATEST_POLICIES).map(factsOf),
    policyCount: entries.length,
    topics: { topics: catalog.topics, articlesByTopic: catalog.articlesByTopic },
  };
}
