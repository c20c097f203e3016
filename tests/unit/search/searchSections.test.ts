import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chunkLines, splitSections } from '../../../src/lib/search/build/sections';
import { pageFacts, urlForFile, type QueryableDocument } from '../../../src/lib/search/build/pageFacts';
import { pageRecords, MAX_RECORD_CHARS } from '../../../src/lib/search/build/records';
import { docNumberToken, ownDocNumberToken } from '../../../src/lib/search/query/docNumberToken';

const html = `<!doctype html><html lang="zh-CN"><head><title>T</title></head><body>
<nav>首页 政策文件</nav>
<main><article data-pagefind-body>
  <h1>益阳市科协 2023 年科普工作要点</h1>
  <div hidden class="search-meta"><span data-pagefind-filter="类型">政策文件</span><span data-pagefind-filter="专题">双碳</span>
    <span data-pagefind-meta="文号">益科协（2023）12号</span><span data-pagefind-meta="date">2023-04-07</span><span data-pagefind-sort="date">2023-04-07</span></div>
  <p>各区县市科协：</p>
  <h2 id="yi">一、深入学习贯彻 <a href="#yi" data-pagefind-ignore>¶</a></h2><p>推动<strong>党的二十大</strong>精神深入人心。</p>
  <h3>（一）无 id 的小标题</h3><p>仍属上一节。</p>
  <h2 id="er">二、加强协同</h2><p>重点宣传“双碳”。</p>
  <script>var x = "不应被索引";</script>
  <p data-pagefind-ignore>编辑备注</p>
</article></main><footer>页脚文字</footer></body></html>`;

describe('sections of a content page', () => {
  const { document } = parseHTML(html);
  const facts = pageFacts(document as unknown as QueryableDocument, '/policies/yaodian-2023/')!;

  it('starts a section at every heading with an id, keeping all body text and nothing else', () => {
    expect(facts.sections.map((s) => [s.anchor, s.heading])).toEqual([
      [null, ''],
      ['yi', '一、深入学习贯彻'],
      ['er', '二、加强协同'],
    ]);
    const all = facts.sections.map((s) => s.text).join('\n');
    for (const kept of [
      '益阳市科协 2023 年科普工作要点',
      '各区县市科协：',
      '推动党的二十大精神深入人心。',
      '（一）无 id 的小标题',
      '仍属上一节。',
      '重点宣传“双碳”。',
    ]) {
      expect(all).toContain(kept);
    }
    for (const dropped of ['首页', '页脚', '不应被索引', '编辑备注', '益科协（2023）12号'])
      expect(all).not.toContain(dropped);
  });

  it('reads filters, meta and title from the page', () => {
    expect(facts.title).toBe('益阳市科协 2023 年科普工作要点');
    expect(facts.language).toBe('zh-cn');
    expect(facts.filters).toEqual({ 类型: ['政策文件'], 专题: ['双碳'] });
    expect(facts.meta).toEqual({ 文号: '益科协（2023）12号', date: '2023-04-07' });
  });

  it('gives each section a record linking to its anchor, naming its page, with only the page’s own filters', () => {
    const records = pageRecords(facts);
    expect(records.map((r) => r.meta.link)).toEqual([
      '/policies/yaodian-2023/',
      '/policies/yaodian-2023/#yi',
      '/policies/yaodian-2023/#er',
    ]);
    expect(records.every((r) => r.meta.page === '/policies/yaodian-2023/')).toBe(true);
    // No filter value per page or per 文号: those filter chunks would grow with the site.
    expect(
      records.every((r) => JSON.stringify(r.filters) === JSON.stringify({ 类型: ['政策文件'], 专题: ['双碳'] })),
    ).toBe(true);
    expect(records[1]!.meta.section).toBe('一、深入学习贯彻');
    expect(records[0]!.sort).toEqual({ date: '2023-04-07' });
    // The page's own 文号 is searchable by its 文号 word even though only the hidden meta shows it.
    expect(records[0]!.meta.wh).toBe(
      `${ownDocNumberToken('益科协〔2023〕12号')} ${docNumberToken('益科协〔2023〕12号')}`,
    );
    expect(records[1]!.meta.wh).toBeUndefined();
  });

  it('cuts long sections into parts with unique record URLs and no lost text', () => {
    const body = parseHTML(
      `<div data-pagefind-body><h2 id="a">甲</h2><p>${'一二三四五。'.repeat(400)}</p></div>`,
    ).document.querySelector('[data-pagefind-body]')!;
    const page = {
      url: '/x/',
      language: 'zh-cn',
      title: 'X',
      filters: {},
      meta: {},
      sort: {},
      sections: splitSections(body as never),
    };
    const records = pageRecords(page);
    expect(records.length).toBeGreaterThan(1);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(records.every((r) => r.content.length <= MAX_RECORD_CHARS && r.meta.link === '/x/#a')).toBe(true);
    expect(
      records
        .map((r) => r.content)
        .join('')
        .replace(/\n/g, ''),
    ).toBe(`甲${'一二三四五。'.repeat(400)}`);
  });

  it('splits at sentence ends, not inside a sentence', () => {
    const parts = chunkLines('第一句很长。第二句也长。第三句。', 7);
    expect(parts).toEqual(['第一句很长。', '第二句也长。', '第三句。']);
  });

  it('pages without data-pagefind-body are not indexed', () => {
    const { document: other } = parseHTML('<html><body><main><h1>搜索</h1></main></body></html>');
    expect(pageFacts(other as unknown as QueryableDocument, '/search/')).toBeNull();
  });

  it('maps built files to URLs', () => {
    expect(urlForFile('policies/a/index.html')).toBe('/policies/a/');
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('404.html')).toBe('/404.html');
  });
});
