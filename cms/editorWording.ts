// Decap's Simplified Chinese phrases, with the few the editors here read differently: the top search
// box says what it searches (every collection, any part of the text), collections are 栏目.
// The search box is found by its placeholder (cms/search/substringSearch.ts), so it is defined here once.
import type CMS from 'decap-cms-app';

export const SEARCH_PLACEHOLDER = '搜索全部内容…';

type Phrases = Record<string, unknown>;

/** `base` with `over` merged in, key by key, at every depth. */
function merged(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const inner = out[key];
    out[key] =
      value && typeof value === 'object' && inner && typeof inner === 'object'
        ? merged(inner as Phrases, value as Phrases)
        : value;
  }
  return out;
}

const WORDING: Phrases = {
  collection: {
    sidebar: { collections: '栏目', allCollections: '所有栏目', searchAll: SEARCH_PLACEHOLDER, searchIn: '搜索范围' },
    collectionTop: { searchResults: '搜索“%{searchTerm}”的结果（所有栏目）' },
    entries: { noEntries: '没有找到内容' },
  },
};

export function registerEditorWording(cms: typeof CMS): void {
  const registry = cms as unknown as {
    getLocale(locale: string): Phrases | undefined;
    registerLocale(locale: string, phrases: Phrases): void;
  };
  registry.registerLocale('zh_Hans', merged(registry.getLocale('zh_Hans') ?? {}, WORDING));
}
