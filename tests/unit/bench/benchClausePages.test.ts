import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seedSentences } from '../../../scripts/bench/corpus.ts';
import {
  chineseNumeral,
  clauseDocNumber,
  clauseDocument,
  clausePageHtml,
  pageShell,
} from '../../../scripts/bench/clausePages.ts';
import { pageFacts, type QueryableDocument } from '../../../src/lib/search/build/pageFacts';
import { pageRecords } from '../../../src/lib/search/build/records';
import { docNumberKey } from '../../../src/lib/search/query/docNumberQuery';
import { ownDocNumberToken } from '../../../src/lib/search/query/docNumberToken';
import { FIXTURE_SEEDS_DIR } from '../../fixtures/site';

const sentences = seedSentences(FIXTURE_SEEDS_DIR);

// The chrome of a built policy page, cut down: the title and URL appear outside the article too.
const TEMPLATE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>旧通知标题 - 科普益阳</title><link rel="canonical" href="https://kepu.example.cn/policies/old-slug/"></head>
<body><header><nav>首页 政策文件 搜索</nav></header>
<nav class="breadcrumb"><span aria-current="page">旧通知标题</span></nav>
<main id="main"><article class="policy" data-pagefind-body data-astro-cid-x><h1>旧通知标题</h1><h2 id="s1">旧条款</h2><p>旧正文</p></article></main>
<footer>页脚文字</footer></body></html>`;
const shell = pageShell(TEMPLATE, '旧通知标题', '/policies/old-slug/');

function indexed(html: string, url: string) {
  const { document } = parseHTML(html);
  const facts = pageFacts(document as unknown as QueryableDocument, url)!;
  return { facts, records: pageRecords(facts) };
}

describe('clause pages for the search-scale benchmark', () => {
  const doc = clauseDocument(12, 50, sentences);
  const html = clausePageHtml(doc, shell);
  const { facts, records } = indexed(html, doc.url);
  const clauses = doc.parts.flatMap((p) => p.clauses);

  it('numbers the requested clauses in parts, ids unique', () => {
    expect(clauses).toHaveLength(50);
    expect(doc.parts.length).toBeGreaterThanOrEqual(5);
    const ids = [...doc.parts.map((p) => p.id), ...clauses.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(clauses.map((c) => c.heading.split('.')[0])).toEqual(clauses.map((_, k) => String(k + 1)));
    expect(clauseDocument(3, 7, sentences).parts.flatMap((p) => p.clauses)).toHaveLength(7);
  });

  it('gives the indexer one record per clause, linked to its anchor, with its heading and text', () => {
    for (const c of clauses) {
      const own = records.filter((r) => r.meta.link === `${doc.url}#${c.id}`);
      expect(own, c.id).toHaveLength(1);
      expect(own[0]!.url).toBe(`${doc.url}#${c.id}`);
      expect(own[0]!.meta.section).toBe(c.heading);
      // The indexer collapses runs of white space (some seed sentences have them); the last clause
      // also holds the imprint line after it, as on a real page.
      expect(own[0]!.content.split('\n').slice(0, 2)).toEqual([c.heading, c.text.replace(/\s+/g, ' ')]);
    }
    // Besides the clauses: the text before the first heading, the document heading, one per part.
    expect(records).toHaveLength(clauses.length + doc.parts.length + 2);
    expect(records.map((r) => r.meta.link).slice(0, 3)).toEqual([doc.url, `${doc.url}#document`, `${doc.url}#s1`]);
  });

  it('carries the title, 文号, issuer, year and date on every record', () => {
    expect(facts.title).toBe(doc.title);
    expect(facts.filters).toEqual({
      类型: ['政策文件'],
      发文机关: [doc.issuer],
      年份: [String(doc.year)],
      状态: ['正式文件'],
    });
    expect(facts.sort).toEqual({ date: doc.date });
    for (const r of records) {
      expect(r.meta.title).toBe(doc.title);
      expect(r.meta.文号).toBe(doc.docNumber);
      expect(r.meta.date).toBe(doc.date);
      expect(r.meta.page).toBe(doc.url);
    }
    // The page's own 文号 makes the first record findable by it.
    expect(records[0]!.meta.wh).toContain(ownDocNumberToken(doc.docNumber));
    expect(records[0]!.content).toContain(doc.docNumber);
  });

  it('keeps the chrome out of the index and puts this document’s title and URL into it', () => {
    const all = records.map((r) => r.content).join('\n');
    for (const dropped of ['旧', '首页', '页脚', '¶', '目录', '查看原文纯文本']) expect(all).not.toContain(dropped);
    expect(html).not.toContain('旧通知标题');
    expect(html).toContain(`<title>${doc.title} - 科普益阳</title>`);
    expect(html).toContain(`href="https://kepu.example.cn${doc.url}"`);
    expect(html).toContain('<footer>页脚文字</footer>');
  });

  it('is deterministic', () => {
    expect(clausePageHtml(clauseDocument(12, 50, sentences), shell)).toBe(html);
  });

  it('refuses a template without one searchable article', () => {
    expect(() => pageShell('<html><body><main>x</main></body></html>', 'x', '/x/')).toThrow();
    expect(() =>
      pageShell('<article data-pagefind-body>a</article><div data-pagefind-body>b</div>', 'x', '/x/'),
    ).toThrow();
  });
});

describe('clause document numbers', () => {
  it('are valid 文号, one per document', () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => clauseDocNumber(i));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers.slice(0, 400)) expect(docNumberKey(n)).toBe(n);
    expect(clauseDocument(40, 5, sentences).docNumber).toBe(clauseDocNumber(40));
  });

  it('parts are numbered in Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '三十五',
      '九十九',
    ]);
  });
});
