import { describe, expect, it } from 'vitest';
import { extractLinks, linkTarget, pagePathOf, resolvePath } from '../../../src/lib/inspect/htmlLinks';
import { missingGovMeta } from '../../../src/lib/inspect/rules/govMetaTags';

const BASE = 'https://kepu.example.cn';
const files = new Set(['index.html', 'topics/x/index.html', 'policies/p/source.txt', 'logo.svg', '404.html']);

describe('页面链接', () => {
  it('reads href and src, decoding entities', () => {
    expect(extractLinks('<a href="/a/?x=1&amp;y=2">a</a><img src="/logo.svg" alt="">')).toEqual([
      '/a/?x=1&y=2',
      '/logo.svg',
    ]);
  });

  it('classifies links: internal (relative, root, own base URL), external, other', () => {
    expect(linkTarget('../y/#s1', '/topics/x/', BASE)).toEqual({ kind: 'internal', path: '/topics/y/' });
    expect(linkTarget(`${BASE}/topics/x/`, '/', BASE)).toEqual({ kind: 'internal', path: '/topics/x/' });
    expect(linkTarget('/search/?q=%E7%A7%91', '/', BASE)).toEqual({ kind: 'internal', path: '/search/' });
    expect(linkTarget('https://www.gov.cn/', '/', BASE)).toEqual({ kind: 'external', url: 'https://www.gov.cn/' });
    expect(linkTarget('mailto:a@b.cn', '/', BASE).kind).toBe('other');
    expect(linkTarget('#main', '/', BASE).kind).toBe('other');
  });

  it('resolves a path to the built file that serves it, or null', () => {
    expect(resolvePath('/', files)).toBe('index.html');
    expect(resolvePath('/topics/x/', files)).toBe('topics/x/index.html');
    expect(resolvePath('/topics/x', files)).toBe('topics/x/index.html');
    expect(resolvePath('/policies/p/source.txt', files)).toBe('policies/p/source.txt');
    expect(resolvePath('/topics/gone/', files)).toBeNull();
    expect(pagePathOf('topics/x/index.html')).toBe('/topics/x/');
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('404.html')).toBe('/404.html');
  });

  it('names the 政府网站 meta tags a page lacks', () => {
    const head =
      '<head><meta name="SiteName" content="科普"><meta name="SiteDomain" content="kepu.example.cn"><meta name="ColumnName" content="专题"></head>';
    expect(missingGovMeta(head)).toEqual(['SiteIDCode']);
    expect(missingGovMeta('<head></head><body><meta name="SiteName" content="x"></body>')).toContain('SiteName');
  });
});
