import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../../src/lib/articles/related';
import { clauseHref, clauseLabelsInMarkdown, findBrokenClauseRefs } from '../../../src/lib/policies/clauseRefs';
import { findArticleRefProblems } from '../../../src/lib/site/topicRefs';
import { TOPIC_PAGE_SIZE, topicPagePath } from '../../../src/lib/site/topicPages';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('related articles', () => {
  const articles = [
    { slug: 'a', topics: ['shuangtan'], tags: ['节能'], publishedAt: d('2023-01-01') },
    { slug: 'b', topics: ['shuangtan'], tags: ['节能', '家电'], publishedAt: d('2023-02-01') },
    { slug: 'c', topics: ['shuangtan'], tags: [], publishedAt: d('2023-03-01') },
    { slug: 'd', topics: ['jiankang'], tags: ['节能'], publishedAt: d('2023-04-01') },
    { slug: 'e', topics: ['yingji'], tags: [], publishedAt: d('2023-05-01') },
  ];
  const related = computeRelated(articles, 3);

  it('ranks a shared topic above a shared tag, then by shared tags, then newest', () => {
    expect(related.get('a')).toEqual(['b', 'c', 'd']);
  });

  it('never lists the article itself or articles sharing nothing', () => {
    expect(related.get('e')).toEqual([]);
    expect(related.get('c')).not.toContain('c');
  });

  it('agrees with a brute-force ranking of every pair on a larger random archive', () => {
    // Deterministic pseudo-random corpus, so a failure is reproducible.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const topics = ['t0', 't1', 't2', 't3', 't4'];
    const tags = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    const many = Array.from({ length: 300 }, (_, i) => ({
      slug: `s${rand(1000)}-${i}`,
      topics: [topics[rand(5)]!, ...(rand(3) === 0 ? [topics[rand(5)]!] : [])],
      tags: Array.from({ length: rand(3) }, () => tags[rand(7)]!),
      publishedAt: d(`2023-0${1 + rand(9)}-1${rand(9)}`),
    }));
    const shared = (x: readonly string[], y: readonly string[]) => new Set(y.filter((v) => x.includes(v))).size;
    const brute = (a: (typeof many)[number]) =>
      many
        .filter((b) => b.slug !== a.slug)
        .map((b) => ({ b, s: 3 * shared(a.topics, b.topics) + shared(a.tags, b.tags) }))
        .filter((x) => x.s > 0)
        .sort(
          (x, y) =>
            y.s - x.s || y.b.publishedAt.getTime() - x.b.publishedAt.getTime() || x.b.slug.localeCompare(y.b.slug),
        )
        .slice(0, 3)
        .map((x) => x.b.slug);
    const fast = computeRelated(many, 3);
    for (const a of many) expect(fast.get(a.slug), a.slug).toEqual(brute(a));
  });
});

describe('policy clause references', () => {
  const index = new Map([
    [
      'gongzuo-yaodian-2023',
      { title: '益阳市科协2023年科普工作要点', clauses: new Map([['s1-1', '推动党的二十大精神深入人心']]) },
    ],
  ]);

  it('reports a missing document and a missing clause with file and field', () => {
    const errors = findBrokenClauseRefs(
      [
        {
          file: 'src/content/articles/x.md',
          field: 'relatedClauses',
          refs: [
            { document: 'gongzuo-yaodian-2023', clause: 's1-1' },
            { document: 'gongzuo-yaodian-2023', clause: 's9' },
            { document: 'nope', clause: 's1' },
          ],
        },
      ],
      index,
    );
    expect(errors).toEqual([
      'src/content/articles/x.md：字段 relatedClauses.1.clause：「益阳市科协2023年科普工作要点」中没有条款 s9',
      'src/content/articles/x.md：字段 relatedClauses.2.document：政策文件「nope」不存在',
    ]);
  });

  it('checks the one reference of an event the same way, naming its field without an index', () => {
    const errors = findBrokenClauseRefs(
      [
        {
          file: 'src/content/events/a.md',
          field: 'relatedClause',
          refs: { document: 'gongzuo-yaodian-2023', clause: 's1-1' },
        },
        {
          file: 'src/content/events/b.md',
          field: 'relatedClause',
          refs: { document: 'gongzuo-yaodian-2023', clause: 's2' },
        },
        { file: 'src/content/events/c.md', field: 'relatedClause', refs: { document: 'nope', clause: 's1' } },
        { file: 'src/content/events/d.md', field: 'relatedClause', refs: undefined },
      ],
      index,
    );
    expect(errors).toEqual([
      'src/content/events/b.md：字段 relatedClause.clause：「益阳市科协2023年科普工作要点」中没有条款 s2',
      'src/content/events/c.md：字段 relatedClause.document：政策文件「nope」不存在',
    ]);
  });

  it('links a clause to its anchor on the policy page', () => {
    expect(clauseHref({ document: 'gongzuo-yaodian-2023', clause: 's1-1' })).toBe(
      '/policies/gongzuo-yaodian-2023/#s1-1',
    );
  });
});

describe('topic pagination', () => {
  it('puts 12 articles on a page', () => {
    expect(TOPIC_PAGE_SIZE).toBe(12);
  });

  it('numbers pages after the first in the path', () => {
    expect(topicPagePath('jiankang', 1)).toBe('/topics/jiankang/');
    expect(topicPagePath('jiankang', 2)).toBe('/topics/jiankang/2/');
    expect(() => topicPagePath('jiankang', 0)).toThrow();
  });
});

describe('clause labels from an imported policy body', () => {
  const body = [
    '## 一、深入学习贯彻党的二十大精神 {#s1}',
    '',
    '#### 1.推动党的二十大精神深入人心。 {#s1-1}',
    '',
    '正文段落没有标记。',
    '',
    `（1）${'很长的条款'.repeat(10)} {#s2-1-1-1}`,
  ].join('\n');
  const labels = clauseLabelsInMarkdown(body);

  it('reads every marked heading and clause, without the heading marks or the final 。', () => {
    expect([...labels.keys()]).toEqual(['s1', 's1-1', 's2-1-1-1']);
    expect(labels.get('s1')).toBe('一、深入学习贯彻党的二十大精神');
    expect(labels.get('s1-1')).toBe('1.推动党的二十大精神深入人心');
  });

  it('shortens long clauses to 40 characters and an ellipsis', () => {
    expect(labels.get('s2-1-1-1')).toHaveLength(41);
    expect(labels.get('s2-1-1-1')!.endsWith('…')).toBe(true);
  });
});

describe('article → topic references', () => {
  it('names the file and field of a topic that does not exist, and a non-ASCII file name', () => {
    const errors = findArticleRefProblems(
      [
        { file: 'src/content/articles/ok.md', slug: 'ok', topics: ['shuangtan'] },
        { file: 'src/content/articles/双碳.md', slug: '双碳', topics: ['shuangtan', 'shuang-tan'] },
      ],
      new Set(['shuangtan', 'jiankang']),
    );
    expect(errors).toEqual([
      'src/content/articles/双碳.md：文件名（slug）「双碳」只能用小写字母、数字和连字符',
      'src/content/articles/双碳.md：字段 topics.1：专题「shuang-tan」不存在（可选：shuangtan、jiankang）',
    ]);
  });
});
