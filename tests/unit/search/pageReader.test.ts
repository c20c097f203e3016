// Pages are read into search records by worker threads, each over its share of the list: the
// pages come back in the order given, the word counts add up over every worker, the record cache
// is used for unchanged pages, and a page that cannot be read is named.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../../scripts/build/pageReader';
import { WordCounter } from '../../../src/lib/search/query/commonWords';

const PAGES = 250;
const TOPICS = ['湿地观鸟', '防暑降温', '节能减排', '食品安全', '航天科普'];

function html(i: number): string {
  const topic = TOPICS[i % TOPICS.length];
  return `<!doctype html><html lang="zh-CN"><head><title>第${i}篇</title></head><body><main data-pagefind-body><h1>第${i}篇：${topic}</h1><h2 id="s1">要点</h2><p>科学素质与${topic}，编号 ${i}。</p></main></body></html>`;
}

let dist: string;
let files: string[];
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'kepu-page-reader-'));
  files = [];
  for (let i = 0; i < PAGES; i++) {
    const file = join(dist, 'articles', `a${String(i).padStart(3, '0')}`, 'index.html');
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, html(i));
    files.push(file);
  }
  await mkdir(join(dist, 'about'), { recursive: true });
  await writeFile(join(dist, 'about', 'index.html'), '<!doctype html><html><body><p>不进索引</p></body></html>');
  files.push(join(dist, 'about', 'index.html'));
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('reading pages in worker threads', () => {
  it('returns every page in the order given, with its own records', async () => {
    const { pages } = await readPages(dist, files);
    expect(pages).toHaveLength(files.length);
    for (let i = 0; i < PAGES; i++) {
      expect(pages[i]!.url).toBe(`/articles/a${String(i).padStart(3, '0')}/`);
      expect(pages[i]!.records.map((r) => r.content).join('\n')).toContain(`编号 ${i}`);
    }
    // A page without data-pagefind-body is read but has nothing to index.
    expect(pages.at(-1)).toMatchObject({ url: '/about/', facts: null, records: [] });
  });

  it('adds up the word counts of every worker as one counter over all records would', async () => {
    const { pages, words } = await readPages(dist, files);
    const single = new WordCounter();
    for (const page of pages) for (const record of page.records) single.add(record.content);
    expect(words.counts().records).toBe(single.counts().records);
    expect(words.counts().records).toBeGreaterThanOrEqual(PAGES);
    expect(words.common()).toEqual(single.common());
    // Every page says 科学素质 in one record: its words are common, counted once per such record.
    expect(Math.max(...Object.values(words.common()))).toBeGreaterThanOrEqual(PAGES);
  });

  it('takes an unchanged page from the record cache', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'kepu-page-cache-'));
    try {
      const first = await readPages(dist, files, cache);
      expect(first.pages.filter((p) => p.cached)).toHaveLength(0);
      await writeFile(files[7]!, html(7).replace('要点', '新的要点'));
      const second = await readPages(dist, files, cache);
      expect(second.pages.filter((p) => !p.cached).map((p) => p.url)).toEqual(['/articles/a007/']);
      expect(second.pages[7]!.records.map((r) => r.content).join('\n')).toContain('编号 7');
      expect(second.pages[8]!.records).toEqual(first.pages[8]!.records);
    } finally {
      await writeFile(files[7]!, html(7));
      await rm(cache, { recursive: true, force: true });
    }
  });

  it('names the page it could not read', async () => {
    const missing = join(dist, 'events', 'gone', 'index.html');
    await expect(readPages(dist, [...files.slice(0, 3), missing])).rejects.toThrow(/events\/gone\/index\.html/);
  });
});
