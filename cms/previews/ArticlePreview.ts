// Article preview: the markup of /articles/<slug>/ (src/pages/articles/[slug].astro) with the page's
// own classes and scoped styles (previewHelpers.ts scoped), so editors see what residents will:
// the breadcrumb, the 示例 notice, the headline and summary, the dates and 专题 by name, the 朗读
// buttons, the cover with its alt text, the body, the keywords and 相关政策条款.
import { createElement as h, useEffect, useState } from 'react';
import { loadClauseDocument } from '../clauseCheck';
import type { ClauseDocument } from '../../src/lib/policies/clauseFiles';
import {
  assetUrl,
  chineseDate,
  field,
  listField,
  scoped,
  useEntryNames,
  previewBreadcrumb,
  type PreviewProps,
} from './previewHelpers';

interface ClauseItem {
  document: string;
  clause: string;
}

/** 相关政策条款 as the page lists them (src/components/articles/RelatedClauses.astro): clause heading, then the document's title. */
function RelatedClausesPreview({ refs }: { refs: ClauseItem[] }) {
  const key = refs.map((r) => r.document).join('\n');
  const [documents, setDocuments] = useState<Map<string, ClauseDocument>>(new Map());
  useEffect(() => {
    let current = true;
    const slugs = [...new Set(key.split('\n').filter(Boolean))];
    void Promise.all(slugs.map(loadClauseDocument)).then((found) => {
      if (current) setDocuments(new Map(found.filter((d): d is ClauseDocument => Boolean(d)).map((d) => [d.slug, d])));
    });
    return () => {
      current = false;
    };
  }, [key]);
  if (refs.length === 0) return null;
  return h(
    'section',
    { className: 'related-clauses', 'aria-labelledby': 'related-clauses-heading' },
    h('h2', { id: 'related-clauses-heading' }, '相关政策条款'),
    h(
      'ul',
      null,
      refs.map((ref, i) => {
        const doc = documents.get(ref.document);
        const label = doc?.clauses.find((c) => c.id === ref.clause)?.label ?? '（请选择条款）';
        return h(
          'li',
          { key: i },
          h('a', { href: '#' }, label),
          h('span', { className: 'meta' }, `（${doc?.title ?? '正在读取…'}）`),
        );
      }),
    ),
  );
}

/** The 朗读 group as the page shows it (src/components/articles/ReadAloud.astro); inert in the preview. */
function ReadAloudPreview() {
  const button = (label: string) =>
    h('button', { ...scoped('button', 'read-aloud'), type: 'button', disabled: true }, label);
  return h(
    'div',
    { ...scoped('read-aloud'), role: 'group', 'aria-label': '朗读本文' },
    button('▶ 朗读全文'),
    button('暂停'),
    button('停止'),
  );
}

function clauseRefs(props: PreviewProps): ClauseItem[] {
  const value = props.entry.getIn(['data', 'relatedClauses']) as { toJS?(): unknown } | undefined;
  const list = value?.toJS?.();
  return Array.isArray(list)
    ? list.filter((r): r is ClauseItem => typeof r?.document === 'string' && r.document !== '')
    : [];
}

export function ArticlePreview(props: PreviewProps) {
  const title = field(props, 'title');
  const cover = assetUrl(props, field(props, 'cover'));
  const coverAlt = field(props, 'coverAlt');
  const example = props.entry.getIn(['data', 'example']) === true;
  const topicIds = listField(props, 'topics');
  const topics = useEntryNames('topics', topicIds);
  const tags = listField(props, 'tags');
  const meta: [string, string][] = [
    ['发布日期', chineseDate(field(props, 'publishedAt'))],
    ['更新日期', chineseDate(field(props, 'updatedAt'))],
    ['来源', field(props, 'source')],
    ['作者', field(props, 'author')],
    ['专题', topics.join('、')],
    ['读者对象', listField(props, 'audience').join('、')],
  ];
  const inArticle = (className: string | null) => scoped(className, 'article');
  return h(
    'div',
    null,
    h('div', { className: 'container' }, previewBreadcrumb(['首页', '专题', topics[0]], title || '（未填写标题）')),
    h(
      'main',
      { className: 'container' },
      h(
        'article',
        inArticle('article'),
        h(
          'header',
          inArticle('article-header'),
          example &&
            h(
              'p',
              inArticle('article-example'),
              h('span', inArticle('badge badge-example'), '示例'),
              ' 本文为演示内容，供网站功能展示使用。',
            ),
          h('h1', inArticle(null), title || '（未填写标题）'),
          h('p', inArticle('lead'), field(props, 'summary')),
          h(
            'dl',
            inArticle('article-meta'),
            meta
              .filter(([, value]) => value)
              .map(([label, value]) =>
                h(
                  'div',
                  { key: label, ...inArticle(null) },
                  h('dt', inArticle(null), label),
                  h('dd', inArticle(null), value),
                ),
              ),
          ),
        ),
        h(ReadAloudPreview),
        cover
          ? h('img', { src: cover, alt: coverAlt, className: 'article-cover', width: 800 })
          : h('p', { className: 'meta' }, '（尚未选择封面图片）'),
        cover && !coverAlt && h('p', { role: 'alert', style: { color: '#b3261e' } }, '封面图片还没有替代文字。'),
        h('div', inArticle('prose article-body'), props.widgetFor('body') as never),
        tags.length > 0 && h('p', inArticle('article-tags meta'), `关键词：${tags.join('、')}`),
        h(RelatedClausesPreview, { refs: clauseRefs(props) }),
      ),
    ),
  );
}
