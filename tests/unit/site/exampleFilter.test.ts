import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { applyExamplesMode, examplesMode, isExample, withoutExamples } from '../../../src/lib/site/exampleFilter';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** A loader that stores the given entries, and a store that records what it keeps. */
async function run(loader: (inner: Loader) => Loader, entries: Entry[], already: Entry[] = []): Promise<string[]> {
  const kept = new Map(already.map((e) => [e.id, e]));
  const store = {
    set: (e: Entry) => {
      kept.set(e.id, e);
      return true;
    },
    delete: (id: string) => void kept.delete(id),
    get: (id: string) => kept.get(id),
    keys: () => [...kept.keys()],
  };
  const inner: Loader = {
    name: 'fake',
    load: async ({ store: s }: LoaderContext) => {
      for (const e of entries) s.set(e as never);
      // A loader may call other store methods; they reach the real store.
      expect(s.keys()).toEqual([...kept.keys()]);
    },
  };
  await loader(inner).load({ store } as unknown as LoaderContext);
  return [...kept.keys()].sort();
}

const entries: Entry[] = [
  { id: 'real', data: { title: '真实文章', example: false } },
  { id: 'demo', data: { title: '示例文章', example: true } },
  { id: 'plain', data: { title: '没有 example 字段' } },
];

describe('publishing without examples', () => {
  it('keeps every entry unless it is marked example: true', async () => {
    expect(await run(withoutExamples, entries)).toEqual(['plain', 'real']);
  });

  it('removes an example already in the store (a cached entry from an earlier build)', async () => {
    expect(await run(withoutExamples, [entries[1]!], [entries[1]!, entries[0]!])).toEqual(['real']);
  });

  it('leaves the loader untouched when examples are shown', async () => {
    expect(await run((l) => applyExamplesMode(l, 'show'), entries)).toEqual(['demo', 'plain', 'real']);
    expect(await run((l) => applyExamplesMode(l, 'hide'), entries)).toEqual(['plain', 'real']);
  });

  it('reads SITE_EXAMPLES: show by default, hide on request, anything else is an error naming the values', () => {
    expect(examplesMode({})).toBe('show');
    expect(examplesMode({ SITE_EXAMPLES: 'show' })).toBe('show');
    expect(examplesMode({ SITE_EXAMPLES: 'hide' })).toBe('hide');
    expect(() => examplesMode({ SITE_EXAMPLES: 'no' })).toThrow(/SITE_EXAMPLES.*“no”.*show.*hide/);
  });

  it('treats only a literal true as an example', () => {
    expect(isExample({ example: true })).toBe(true);
    expect(isExample({ example: 'true' })).toBe(false);
    expect(isExample(null)).toBe(false);
  });
});
