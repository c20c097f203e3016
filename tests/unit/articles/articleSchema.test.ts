import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../../src/schemas/article';
import { topicSchema } from '../../../src/schemas/topic';
import { formatZodIssues } from '../../../src/lib/build/zodErrors';
import { CONTENT_SETS, contentFiles } from '../../fixtures/site';

// Stand-ins for Astro's image() and reference(): the rules under test are the schema's own.
const image = () => z.string().min(1);
const reference = (collection: 'topics') => z.string().transform((id) => ({ id, collection }));
const schema = articleSchema({ image, reference });

const valid = {
  title: '生熟分开',
  summary: '家庭厨房的食品安全五要点。',
  topics: ['shipin-anquan'],
  publishedAt: '2023-05-05',
  author: '编辑部',
  source: '益阳市科学技术协会',
  cover: '../../assets/articles/x.png',
  coverAlt: '两块砧板',
  example: true,
};

function errorsOf(data: unknown): string {
  const r = schema.safeParse(data);
  expect(r.success).toBe(false);
  return formatZodIssues(r.error!.issues);
}

describe('article schema', () => {
  it('accepts a complete article and fills defaults', () => {
    const r = schema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data!.audience).toEqual(['公众']);
    expect(r.data!.relatedClauses).toEqual([]);
    expect(r.data!.topics).toEqual([{ id: 'shipin-anquan', collection: 'topics' }]);
  });

  it('rejects an article without cover alt text, naming the field', () => {
    const { coverAlt: _drop, ...noAlt } = valid;
    expect(errorsOf(noAlt)).toContain('字段 coverAlt：缺少封面图片说明');
  });

  it('rejects blank alt text', () => {
    expect(errorsOf({ ...valid, coverAlt: '   ' })).toContain('字段 coverAlt：封面图片说明（coverAlt）不能为空');
  });

  it('rejects a missing cover, source and topic list', () => {
    const { cover: _c, source: _s, ...rest } = valid;
    const text = errorsOf({ ...rest, topics: [] });
    expect(text).toContain('字段 cover');
    expect(text).toContain('字段 source');
    expect(text).toContain('字段 topics');
  });

  it('rejects malformed clause ids and policy slugs', () => {
    const text = errorsOf({ ...valid, relatedClauses: [{ document: 'Yi Yang', clause: '1.2' }] });
    expect(text).toContain('字段 relatedClauses.0.document');
    expect(text).toContain('字段 relatedClauses.0.clause');
    expect(
      schema.safeParse({ ...valid, relatedClauses: [{ document: 'yiyang-2023', clause: 's1-2-3' }] }).success,
    ).toBe(true);
  });

  it('rejects an update date before the publication date', () => {
    expect(errorsOf({ ...valid, updatedAt: '2023-05-01' })).toContain('字段 updatedAt');
  });

  it('requires a transcript with embedded media', () => {
    const media = {
      kind: 'audio',
      src: '/media/a.mp3',
      type: 'audio/mpeg',
      captions: '/media/a.zh.vtt',
      title: '音频',
      transcript: '',
    };
    expect(errorsOf({ ...valid, media })).toContain('字段 media.transcript');
  });
});

describe('topic schema', () => {
  const topic = topicSchema({ image });
  it('rejects a non-ASCII slug and a missing cover alt', () => {
    const r = topic.safeParse({
      name: '双碳',
      slug: '双碳',
      description: '碳达峰与碳中和的科普专题。',
      cover: 'x.png',
      order: 1,
    });
    expect(r.success).toBe(false);
    const text = formatZodIssues(r.error!.issues);
    expect(text).toContain('字段 slug');
    expect(text).toContain('字段 coverAlt');
  });
});

describe.each(CONTENT_SETS)('articles in %s', (contentDir) => {
  const dir = join(contentDir, 'articles');
  const files = contentFiles(contentDir, 'articles');
  const front = (f: string) =>
    parseYaml(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
  const topicSlugs = contentFiles(contentDir, 'topics').map((f) => f.replace(/\.md$/, ''));

  it('every article passes the schema and cites existing topics', () => {
    for (const f of files) {
      const r = schema.safeParse(front(f));
      expect(r.success, `${f}\n${r.success ? '' : formatZodIssues(r.error.issues)}`).toBe(true);
      for (const t of r.data!.topics) expect(topicSlugs, `${f} → ${t.id}`).toContain(t.id);
    }
  });
});
