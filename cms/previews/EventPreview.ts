// Event preview: title, kind, when (at the precision written), where, who it is for.
import { createElement as h } from 'react';
import { field, listField, type PreviewProps } from './previewHelpers';

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
    ['活动类型', field(props, 'kind')],
    ['时间', `${when}（北京时间）`],
    ['日期说明', field(props, 'dateNote')],
    ['地点', location ? `${String(location)}${address ? `（${String(address)}）` : ''}` : '地点未公布'],
    ['主办单位', field(props, 'organizer')],
    ['面向对象', listField(props, 'audience').join('、')],
    ['报名截止', describeWrittenDate(field(props, 'registrationDeadline'))],
  ];
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      null,
      example && h('p', null, h('span', { className: 'badge badge-example' }, '示例'), ' 演示用的活动。'),
      h('h1', null, field(props, 'title') || '（未填写活动名称）'),
      h(
        'dl',
        { className: 'meta' },
        rows
          .filter(([, v]) => v)
          .map(([label, value]) => h('div', { key: label }, h('dt', null, label), h('dd', null, value))),
      ),
      h('div', { className: 'prose' }, props.widgetFor('body') as never),
    ),
  );
}
