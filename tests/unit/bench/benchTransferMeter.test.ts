import { describe, expect, it } from 'vitest';
import { classifyTransfer } from '../../../scripts/bench/transferMeter';

const at = (path: string) => classifyTransfer(`http://127.0.0.1:4419${path}`);

describe('what a query transfer counts as', () => {
  it('counts index, filter and fragment chunks of the main bundle and of every merged part as the query', () => {
    for (const path of [
      '/pagefind/index/zh-cn_1a2b3c.pf_index',
      '/pagefind/fragment/zh-cn_4d5e6f.pf_fragment',
      '/pagefind/filter/zh-cn_7a8b9c.pf_filter',
      '/pagefind/parts/policies-3/index/zh-cn_1a2b3c.pf_index',
      '/pagefind/parts/articles/fragment/zh-cn_4d5e6f.pf_fragment',
      '/pagefind/doc-numbers.json',
    ])
      expect(at(path), path).toBe('query');
  });

  it('counts the engine, the parts list and each part’s metadata once per visit, and the rest as the page', () => {
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.zh-cn_6e7e654eeda23.pf_meta',
      '/pagefind/parts.json',
      '/pagefind/parts/policies-3/pagefind-entry.json',
      '/pagefind/parts/policies-3/pagefind.zh-cn_6e7e654eeda23.pf_meta',
      '/pagefind/common-words.json',
    ])
      expect(at(path), path).toBe('engine');
    expect(at('/search/?q=%E7%A7%91%E6%99%AE')).toBe('page');
    expect(at('/_astro/SearchApp.js')).toBe('page');
  });
});
