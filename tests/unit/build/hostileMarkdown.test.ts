// Hostile Markdown bodies: what an intruder with CMS access (or a careless paste) could put in
// an article to change the page around it, forge search results or track readers.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { markdownSanitizePlugin } from '../../../src/lib/build/markdownSanitize';
import { policyBodyHtmlPlugin } from '../../../src/lib/policies/policyBodyHtml';
import { CONTENT_DIR } from '../../../src/lib/build/contentPaths';
import site from '../../../src/config/site.json' with { type: 'json' };

function render(md: string): string {
  return markdownToHtml(md, { hastPlugins: [markdownSanitizePlugin as never], features: { rawHtml: true } }).html;
}

describe('hostile Markdown bodies', () => {
  it('cannot forge Pagefind metadata, filters or sort keys', async () => {
    const html = render(
      '<div data-pagefind-meta="title:伪造标题" data-pagefind-filter="文号:益科协〔2023〕12号" data-pagefind-sort="date:2099-01-01" data-pagefind-body data-x-evil="1">正文</div>\n\n<span data-pagefind-ignore="all">隐藏</span>',
    );
    expect(html).not.toMatch(/data-/);
    expect(html).toContain('正文');
    expect(html).toContain('隐藏');
  });

  it('keeps the data-* the importer writes (document parts and table slots) and nothing else', async () => {
    const html = render(
      '<div class="doc-part doc-part-notice" data-part="notice" data-pagefind-weight="10">\n\n通知\n\n</div>\n\n<div class="policy-table-slot" data-table="0"></div>',
    );
    expect(html).toContain('<div class="doc-part doc-part-notice" data-part="notice">');
    expect(html).toContain('<div class="policy-table-slot" data-table="0"></div>');
    expect(html).not.toContain('data-pagefind');
  });

  it('drops style (no full-screen overlay)', async () => {
    const html = render(
      '<div style="position:fixed;inset:0;z-index:9999;background:#fff">假公告</div>\n\n<span style="color:red">红字</span>\n\n<pre style="x"><code style="y">code</code></pre>',
    );
    expect(html).not.toMatch(/style=/);
    expect(html).toContain('假公告');
  });

  it('loads no resource from another origin, but keeps links to other sites', async () => {
    const html = render(
      '![像素](https://tracker.example/p.gif)\n\n<img src="//tracker.example/q.gif" alt="q">\n\n<img src="/\\tracker.example/r.gif" alt="r">\n\n<img src="http://tracker.example/s.gif" alt="s" srcset="https://tracker.example/t.gif 2x">\n\n' +
        `<img src="/images/own.png" alt="自有">\n\n<img src="${site.baseUrl}/images/abs.png" alt="本站绝对地址">\n\n[外部链接](https://www.gov.cn/)`,
    );
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('<img src="/images/own.png" alt="自有">');
    expect(html).toContain(`${site.baseUrl}/images/abs.png`);
    expect(html).toContain('<a href="https://www.gov.cn/">外部链接</a>');
  });

  it('prefixes ids and names so they cannot collide with the page (#main, forms)', async () => {
    const html = render(
      '<div id="main">伪主体</div>\n\n<a name="search">x</a>\n\n<a href="/x/" aria-describedby="main">y</a>',
    );
    expect(html).not.toMatch(/id="main"|name="search"/);
    expect(html).toContain('id="user-content-main"');
    expect(html).toContain('aria-describedby="user-content-main"');
  });

  it('leaves policy clause anchors to the policy body step after it, unprefixed', () => {
    const md = '## 一、总体要求 {#s1}\n\n（一）第一条。 {#s1-1}';
    const fileURL = pathToFileURL(resolve(CONTENT_DIR, 'policies', 'hostile.md'));
    const html = markdownToHtml(md, {
      hastPlugins: [markdownSanitizePlugin as never, policyBodyHtmlPlugin as never],
      features: { rawHtml: true },
      fileURL,
    }).html;
    expect(html).toMatch(/<h2 id="s1" class="clause-heading">/);
    expect(html).toMatch(/<p id="s1-1" class="clause">/);
  });
});
