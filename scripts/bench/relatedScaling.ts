/**
 * `node scripts/bench/relatedScaling.ts [sizes]`: times src/lib/related.ts computeRelated() against
 * the indexed version proposed in bench/proposals/related.ts on synthetic articles (8 topics, 13
 * tags, like the bench corpus) and checks both give the same related lists.
 */
import { deepStrictEqual } from 'node:assert';
import { computeRelated } from '../../src/lib/related.ts';
import { computeRelatedIndexed } from '../../bench/proposals/related.ts';
import { prng } from './corpus.ts';

const TOPICS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const TAGS = ['科普', '科学素质', '青少年', '健康', '安全', '农业', '双碳', '反诈', '社区', '学校', '乡村', '老年人', '科技馆'];
const sizes = (process.argv[2] ?? '100,500,2000').split(',').map(Number);
const OLD_LIMIT = 2000;

for (const n of sizes) {
  const r = prng(n);
  const articles = Array.from({ length: n }, (_, i) => ({
    slug: `a${i}`,
    topics: [TOPICS[i % 8]!, TOPICS[Math.floor(r() * 8)]!],
    tags: r() < 0.2 ? [] : [TAGS[Math.floor(r() * 13)]!, TAGS[Math.floor(r() * 13)]!],
    publishedAt: new Date(Date.UTC(2015 + Math.floor(r() * 3), Math.floor(r() * 2), 1)),
  }));
  let t = performance.now();
  const fast = computeRelatedIndexed(articles);
  const fastS = (performance.now() - t) / 1000;
  if (n > OLD_LIMIT) {
    console.log(`${n} 篇：索引版 ${fastS.toFixed(2)} s（现行版超过 ${OLD_LIMIT} 篇不测，太慢）`);
    continue;
  }
  t = performance.now();
  const current = computeRelated(articles);
  const currentS = (performance.now() - t) / 1000;
  deepStrictEqual(fast, current);
  console.log(`${n} 篇：现行版 ${currentS.toFixed(2)} s，索引版 ${fastS.toFixed(2)} s，结果相同`);
}
