import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { markdownSanitizePlugin } from '../../../src/lib/build/markdownSanitize';

/** Renders Markdown the way astro.config.mjs configures the site's processor. */
function render(md: string): string {
  const result = markdownToHtml(md, { hastPlugins: [markdownSanitizePlugin as never], features: { rawHtml: true } });
  return result.html;
}

describe('Markdown from the CMS cannot run scripts', () => {
  it('removes <script>, event handlers, javascript: links and iframes', async () => {
    const html = render(
      '正文<script>alert(1)</script>\n\n<img src="a.png" onerror="alert(2)">\n\n[点我](javascript:alert(3))\n\n<iframe src="https://evil.example"></iframe>\n\n<svg onload="alert(4)"></svg>',
    );
    expect(html).not.toMatch(/<script|alert|onerror|onload|javascript:|<iframe|<svg/i);
    expect(html).toContain('正文');
    expect(html).toContain('<img src="a.png">');
    expect(html).toContain('<a>点我</a>');
  });

  it('keeps harmless HTML; ids get the Markdown prefix and in-body links follow them', async () => {
    const html = render(
      '<table><tr><td id="s2-6" colspan="2">第6条</td></tr></table>\n\n上标 <sup>2</sup> [见第6条](#s2-6)',
    );
    expect(html).toContain('<td id="user-content-s2-6" colspan="2">第6条</td>');
    expect(html).toContain('<a href="#user-content-s2-6">见第6条</a>');
    expect(html).toContain('<sup>2</sup>');
  });

  it('leaves MDX alone (developer-authored, JSX would not survive an HTML allowlist)', () => {
    expect(markdownSanitizePlugin({ sourceFormat: 'mdx' })).toBeNull();
    expect(markdownSanitizePlugin({ sourceFormat: 'markdown' })).not.toBeNull();
  });
});

describe('the policy importer’s HTML survives sanitising', () => {
  it('keeps classes, data-* attributes and <time datetime>', async () => {
    const html = render(
      '<div class="doc-part" data-part="notice">\n\n<p class="doc-date"><time datetime="2023-04-07">2023年4月7日</time></p>\n\n</div>',
    );
    expect(html).toContain('<div class="doc-part" data-part="notice">');
    expect(html).toContain('<time datetime="2023-04-07">2023年4月7日</time>');
  });
});
