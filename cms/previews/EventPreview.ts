// Event preview: the event page's markup and styles: breadcrumb, kind, title with the 示例 notice,
// when (at the precision written), where, who it is for, the body.
import { createElement as h } from 'react';
import { field, listField, previewBreadcrumb, scoped, type PreviewProps } from './previewHelpers';

/** The written date as the calendar shows it: 2023年、2023年5月、2023年5月20日、… 09:30. */
export function describeWrittenDate(text: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(text.trim());
  if (!m) return text;
  const [, y, mo, d, t] = m;
  let out = `${y}年`;
  if (mo) out += `${Number(mo)}月`;
  if (d) out += `${Number(d)}日`;
  if (t) out += ` ${t}`;
  return out;
}

export function EventPreview(props: PreviewProps) {
  const title = field(props, 'title') || '（未填写活动名称）';
  const start = field(props, 'start');
  const end = field(props, 'end');
  const when = start
    ? end
      ? `${describeWrittenDate(start)} 至 ${describeWrittenDate(end)}`
      : describeWrittenDate(start)
    : '（未填写开始时间）';
  const location = props.entry.getIn(['data', 'location', 'name']);
  const address = props.entry.getIn(['data', 'location', 'address']);
  const example = props.entry.getIn(['data', 'example']) === true;
  const rows: [string, string][] = [
    ['时间', `${when}（北京时间）`],
    ['日期说明', field(props, 'dateNote')],
    ['地点', location ? `${String(location)}${address ? `（${String(address)}）` : ''}` : '地点未公布'],
    ['主办', field(props, 'organizer')],
    ['面向', listField(props, 'audience').join('、')],
    ['报名截止', describeWrittenDate(field(props, 'registrationDeadline'))],
  ];
  // The markup of /events/<slug>/ (src/pages/events/[slug].astro and its facts list), with its scoped styles.
  const inPage = (className: string | null) => scoped(className, 'event-page');
  const inFacts = (className: string | null) => scoped(className, 'event-facts');
  return h(
    'div',
    null,
    h('div', { className: 'container' }, previewBreadcrumb(['首页', '活动日历'], title)),
    h(
      'main',
      { className: 'container' },
      h(
        'article',
        inPage('event-page'),
        h('p', inPage('event-kind'), field(props, 'kind')),
        h('h1', inPage(null), title, example && h('span', inPage('badge badge-example'), '示例')),
        example &&
          h(
            'p',
            { ...inPage('notice event-example-note'), role: 'note' },
            '这是示例活动：日期、地点等安排用于演示，不是真实通知。',
          ),
        h(
          'dl',
          inFacts('event-facts'),
          rows
            .filter(([, v]) => v)
            .map(([label, value]) =>
              h('div', { key: label, ...inFacts(null) }, h('dt', inFacts(null), label), h('dd', inFacts(null), value)),
            ),
        ),
        h('div', inPage('prose'), props.widgetFor('body') as never),
      ),
    ),
  );
}
