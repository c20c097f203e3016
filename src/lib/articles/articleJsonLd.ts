/** schema.org Article JSON-LD for an article page (pure; the page serialises it into <head>). */
import { absoluteUrl } from '../site/url';
import { isoDateTime } from '../site/dates';

export interface ArticleJsonLdInput {
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author: string;
  publisher: string;
  imagePath?: string | undefined;
  keywords: readonly string[];
  topicNames: readonly string[];
}

export function articleJsonLd(a: ArticleJsonLdInput, base?: string): Record<string, unknown> {
  const url = absoluteUrl(a.path, base);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: isoDateTime(a.publishedAt),
    dateModified: isoDateTime(a.updatedAt ?? a.publishedAt),
    author: { '@type': 'Organization', name: a.author },
    publisher: { '@type': 'Organization', name: a.publisher },
    ...(a.imagePath ? { image: [absoluteUrl(a.imagePath, base)] } : {}),
    keywords: a.keywords.join(','),
    articleSection: a.topicNames.join(','),
    inLanguage: 'zh-CN',
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text cannot close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
