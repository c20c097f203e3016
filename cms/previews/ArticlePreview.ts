// Article preview: the structure and global classes of /articles/<slug>/, so editors see the
// headline, summary, dates, cover (with its alt text) and body as residents will.
import { createElement as h } from 'react';
import { assetUrl, chineseDate, field, listField, type PreviewProps } from './previewHelpers';

export function ArticlePreview(props: PreviewProps) {
  const title = field(props, 'title');
  const cover = assetUrl(props, field(props, 'cover'));
  const coverAlt = field(props, 'coverAlt');
  const example = props.entry.getIn(['data', 'example']) === true;
  const meta: [string, string][] = [
    ['发布日期', chineseDate(field(props, 'publishedAt'))],
    ['更新日期', chineseDate(field(props, 'updatedAt'))],
    ['来源', field(props, 'source')],
    ['作者', field(props, 'author')],
    ['专题', listField(props, 'topics').join('、')],
    ['读者对象', listField(props, 'audience').join('、')],
  ];
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'article' },
      h(
        'header',
        null,
        example && h('p', null, h('span', { className: 'badge badge-example' }, '示例'), ' 本文为演示内容。'),
        h('h1', null, title || '（未填写标题）'),
        h('p', { className: 'lead' }, field(props, 'summary')),
        h(
          'dl',
          { className: 'meta' },
          meta
            .filter(([, value]) => value)
            .map(([label, value]) => h('div', { key: label }, h('dt', null, label), h('dd', null, value))),
        ),
      ),
      cover
        ? h('img', { src: cover, alt: coverAlt, style: { maxWidth: '100%', height: 'auto' } })
        : h('p', { className: 'meta' }, '（尚未选择封面图片）'),
      cover && !coverAlt && h('p', { role: 'alert', style: { color: '#b3261e' } }, '封面图片还没有替代文字。'),
      h('div', { className: 'prose' }, props.widgetFor('body') as never),
    ),
  );
}
