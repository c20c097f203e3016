// The CMS's save check refuses what the build would refuse, with the build's message: each rule is
// broken once in an entry the CMS would save, and the same file is put through the build's own
// checks (the collection loader's source checks on a folder, the collection schema) for comparison.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { checkSave, fieldLabel, SaveRefused } from '../../../cms/entryCheck';
import { entryFileText, readEntryFile } from '../../../cms/entryFile';
import { entrySchema } from '../../../cms/entrySchemas';
import { collections } from '../../../cms/collections';
import type { CmsCollection } from '../../../cms/types';
import {
  clauseLabelsInMarkdown,
  findBrokenClauseRefs,
  type PolicyClauseIndex,
} from '../../../src/lib/policies/clauseRefs';
import { collectionProblems } from '../../../src/lib/build/checkedGlob';
import { entryId, frontmatterSlug } from '../../../src/lib/build/sourceChecks';
import { COLLECTION_GLOBS, type CollectionName } from '../../../src/lib/build/contentPaths';
import type { EntryCatalog } from '../../../src/pages/admin/entries.json';
import { CONTENT_SETS, contentFiles, fixtureContent } from '../../fixtures/site';
import { omitEmptyOptional } from '../../../cms/omitEmpty';

const collection = (name: string): CmsCollection => collections.find((c) => c.name === name)!;

/** The fixture policies' clauses, as the build indexes them. */
const clauses: PolicyClauseIndex = new Map(
  readdirSync(fixtureContent('policies')).map((f) => {
    const { data, body } = readEntryFile(readFileSync(fixtureContent('policies', f), 'utf8'));
    return [f.replace(/\.md$/u, ''), { title: String(data.title), clauses: clauseLabelsInMarkdown(body) }];
  }),
);

/** Ids and files of the fixture entries, as /admin/entries.json lists them. */
const entries: EntryCatalog = Object.fromEntries(
  (['articles', 'events', 'topics'] as CollectionName[]).map((name) => [
    name,
    readdirSync(fixtureContent(name)).map((entry) => {
      const slug = frontmatterSlug(readFileSync(fixtureContent(name, entry), 'utf8'));
      return { id: entryId({ file: entry, entry, ...(slug === undefined ? {} : { slug }) }), entry };
    }),
  ]),
);

/** A fixture entry as the CMS holds it after opening the file (Decap's own parser). */
function opened(name: string, file: string): Record<string, unknown> {
  return FrontmatterInfer.fromFile(readFileSync(fixtureContent(name, file), 'utf8'));
}

function check(name: string, data: Record<string, unknown>, isNew = false): string[] {
  return checkSave({ collection: collection(name), data, isNew, entries, clauses });
}

/** What the build's collection loader reports for this entry, saved as the CMS would save it. */
async function buildSourceProblems(
  name: CollectionName,
  data: Record<string, unknown>,
  file = 'entry.md',
): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-save-check-'));
  writeFileSync(join(dir, file), entryFileText(data, collection(name).fields!));
  return collectionProblems({ pattern: COLLECTION_GLOBS[name], base: dir });
}

/** What the build's schema reports for this entry, read back from the file as Astro reads it. */
function buildSchemaMessages(name: CollectionName, data: Record<string, unknown>): { path: string; message: string }[] {
  const parsed = readEntryFile(entryFileText(data, collection(name).fields!)).data;
  const result = entrySchema(name)!.safeParse(parsed);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const article = opened('articles', 'laonianren-fang-diedao.md');
const event = opened('events', 'chuangxin-dasai-2027.md');

describe('entries the build accepts are saved', () => {
  // Every entry either content set holds, opened in the CMS and saved unchanged (after the CMS drops
  // empty optional fields), is one the build accepts: the save check refuses none of them.
  for (const set of CONTENT_SETS) {
    it.each(['articles', 'events', 'topics', 'policies', 'interpretations'])(
      `${set}: every %s entry saved unchanged passes`,
      (name) => {
        const folder = join(set, name);
        const index: PolicyClauseIndex = new Map(
          contentFiles(set, 'policies').map((f) => {
            const { data, body } = readEntryFile(readFileSync(join(set, 'policies', f), 'utf8'));
            return [f.replace(/\.md$/u, ''), { title: String(data.title), clauses: clauseLabelsInMarkdown(body) }];
          }),
        );
        const refused = contentFiles(set, name).flatMap((f) => {
          const data = omitEmptyOptional(
            FrontmatterInfer.fromFile(readFileSync(join(folder, f), 'utf8')),
            collection(name).fields!,
          );
          const problems = checkSave({ collection: collection(name), data, isNew: false, entries: {}, clauses: index });
          return problems.length ? [`${f}: ${problems.join('；')}`] : [];
        });
        expect(refused).toEqual([]);
      },
    );
  }

  it('an unchanged article and event pass, new or edited', () => {
    expect(check('articles', article)).toEqual([]);
    expect(check('events', event)).toEqual([]);
    expect(check('articles', { ...article, slug: 'xin-wenzhang-ceshi' }, true)).toEqual([]);
  });
});

describe('what the build refuses, the CMS refuses with the same message', () => {
  it('a zero-width space in the title', () => {
    const data = { ...article, title: `老年人防跌倒\u200b从家里做起` };
    const build = buildSchemaMessages('articles', data);
    expect(build.map((b) => b.path)).toEqual(['title']);
    expect(check('articles', data)).toEqual([`标题：${build[0]!.message}`]);
    expect(build[0]!.message).toContain('U+200B');
  });

  it('a right-to-left override and a line separator in nested fields', () => {
    const data = { ...event, location: { name: '科技馆\u202e' }, organizer: `益阳\u2028科协` };
    const problems = check('events', data);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('地点 › 场所名称：'))).toContain('U+202E');
    expect(problems.find((p) => p.startsWith('主办单位：'))).toContain('U+2028');
  });

  it('an impossible date', async () => {
    const data = { ...event, start: '2027-02-30', end: '2027-03-01' };
    const build = await buildSourceProblems('events', data);
    const line = build.find((p) => p.includes('字段 start：'));
    expect(line).toBeDefined();
    const message = line!.slice(line!.indexOf('字段 start：') + '字段 start：'.length);
    expect(message).toContain('2027-02-30');
    expect(check('events', data)).toContain(`开始：${message}`);
  });

  it('a body image without alt text', async () => {
    const data = { ...article, body: `${String(article.body)}\n\n![](../../assets/articles/x.png)\n` };
    const build = await buildSourceProblems('articles', data);
    expect(build).toHaveLength(1);
    const message = build[0]!.replace(/^.* 第 \d+ 行：/u, '');
    expect(check('articles', data)).toEqual([`正文：${message}`]);
  });

  it('a clause the policy does not have', () => {
    const data = { ...article, relatedClauses: [{ document: 'yiyang-kexue-suzhi-2021-2025', clause: 's9-9' }] };
    const build = findBrokenClauseRefs([{ file: 'x.md', field: 'relatedClauses', refs: data.relatedClauses }], clauses);
    expect(build).toHaveLength(1);
    const problems = check('articles', data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^相关政策条款第 1 项：/u);
    expect(problems[0]).toContain(build[0]!.replace(/^.*：/u, '').split('，')[0]);
  });

  it('a new entry whose 网址名 another entry has', async () => {
    const data = { ...article, title: '另一篇文章', slug: 'laonianren-fang-diedao' };
    const problems = check('articles', data, true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^网址名：/u);
    // The build, with both files in one folder, names the same clash.
    const dir = mkdtempSync(join(tmpdir(), 'kepu-save-dup-'));
    copyFileSync(fixtureContent('articles', 'laonianren-fang-diedao.md'), join(dir, 'laonianren-fang-diedao.md'));
    writeFileSync(join(dir, 'laonianren-fang-diedao-1.md'), entryFileText(data, collection('articles').fields!));
    const build = await collectionProblems({ pattern: COLLECTION_GLOBS.articles, base: dir });
    expect(build).toHaveLength(1);
    const tail = (p: string) => p.slice(p.indexOf(' 的网址名'));
    expect(tail(problems[0]!)).toBe(tail(build[0]!));
    // Editing the existing entry is no clash.
    expect(check('articles', { ...article, slug: 'laonianren-fang-diedao' })).toEqual([]);
  });

  it('a new article beside an .mdx of the same name', () => {
    const withMdx: EntryCatalog = {
      ...entries,
      articles: [...entries.articles!, { id: 'shuang-ming', entry: 'shuang-ming.mdx' }],
    };
    const problems = checkSave({
      collection: collection('articles'),
      data: { ...article, slug: 'shuang-ming' },
      isNew: true,
      entries: withMdx,
      clauses,
    });
    expect(problems.join('\n')).toContain('同名（只是扩展名不同）');
  });

  it('a missing required field and a value outside the enum', () => {
    const { coverAlt: _, ...noAlt } = article;
    const build = buildSchemaMessages('articles', noAlt);
    expect(build.map((b) => b.path)).toEqual(['coverAlt']);
    expect(check('articles', noAlt)).toEqual([`封面图片替代文字：${build[0]!.message}`]);

    const wrongKind = { ...event, kind: '音乐会' };
    const enumBuild = buildSchemaMessages('events', wrongKind);
    expect(enumBuild.map((b) => b.path)).toEqual(['kind']);
    expect(check('events', wrongKind)).toEqual([`活动类型：${enumBuild[0]!.message}`]);
  });

  it('a value that changes on the way through the file: an unquoted time of day', () => {
    // Decap writes the string plainly; YAML then reads a timestamp, which the event schema refuses.
    const data = { ...event, datePrecision: 'datetime', start: '2027-03-20T09:30:00Z', end: '2027-03-20T11:30:00Z' };
    const file = entryFileText(data, collection('events').fields!);
    expect(readEntryFile(file).data.start).toBeInstanceOf(Date);
    expect(check('events', data).some((p) => p.startsWith('开始：'))).toBe(true);
  });
});

describe('how the refusal reads', () => {
  it('names the field by its label and nested position', () => {
    const fields = collection('articles').fields!;
    expect(fieldLabel(fields, ['relatedClauses', 1, 'clause'])).toBe('相关政策条款 第 2 项 › 条款');
    expect(fieldLabel(fields, ['media', 'transcript'])).toBe('微视频 / 音频 › 文字稿');
  });

  it('Decap shows the message itself, starting with 无法保存', () => {
    const error = new SaveRefused(['标题：不能为空', '摘要：太短']);
    expect(`${error}`).toBe('无法保存：标题：不能为空；摘要：太短');
  });
});
