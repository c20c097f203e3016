// A refused save reads in the editor's words: field labels and entry titles, never a field key,
// a content file path, a 网址名 or clause anchor, or a status code. Each case breaks one of the
// build's rules in a fixture entry and reads the message Decap would show.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { checkSave, entryTitles, SaveRefused } from '../../../cms/entryCheck';
import { readEntryFile } from '../../../cms/entryFile';
import { editorMessage } from '../../../cms/editorMessages';
import { collections } from '../../../cms/collections';
import { clauseLabelsInMarkdown, type PolicyClauseIndex } from '../../../src/lib/policies/clauseRefs';
import { entryId, frontmatterSlug } from '../../../src/lib/build/sourceChecks';
import type { CollectionName } from '../../../src/lib/build/contentPaths';
import type { EntryCatalog } from '../../../src/pages/admin/entries.json';
import { fixtureContent } from '../../fixtures/site';

const collection = (name: string) => collections.find((c) => c.name === name)!;

const clauses: PolicyClauseIndex = new Map(
  readdirSync(fixtureContent('policies')).map((f) => {
    const { data, body } = readEntryFile(readFileSync(fixtureContent('policies', f), 'utf8'));
    return [f.replace(/\.md$/u, ''), { title: String(data.title), clauses: clauseLabelsInMarkdown(body) }];
  }),
);

const entries: EntryCatalog = Object.fromEntries(
  (['articles', 'events'] as CollectionName[]).map((name) => [
    name,
    readdirSync(fixtureContent(name)).map((entry) => {
      const text = readFileSync(fixtureContent(name, entry), 'utf8');
      const slug = frontmatterSlug(text);
      const id = entryId({ file: entry, entry, ...(slug === undefined ? {} : { slug }) });
      return { id, entry, title: String(readEntryFile(text).data.title) };
    }),
  ]),
);

const article = FrontmatterInfer.fromFile(
  readFileSync(fixtureContent('articles', 'laonianren-fang-diedao.md'), 'utf8'),
);

/** The text Decap shows for a save of this article. */
function shown(data: Record<string, unknown>, isNew = false): string {
  const problems = checkSave({ collection: collection('articles'), data, isNew, entries, clauses });
  expect(problems.length).toBeGreaterThan(0);

  return `${new SaveRefused(problems, entryTitles(entries))}`;
}

/** What must never reach the editor: an ASCII field key, a content path, a slug, a clause anchor. */
function expectEditorWords(message: string): void {
  expect(message).not.toMatch(/[A-Za-z]{3,}/u);
  expect(message).not.toMatch(/src\/|\.md\b/u);
  expect(message).not.toMatch(/\bs\d+(-\d+)*\b/u);
}

describe('a refused save, in the editor words', () => {
  it('an update date before the publication date names both fields by label', () => {
    const message = shown({ ...article, publishedAt: '2024-05-01', updatedAt: '2024-04-01' });
    expect(message).toContain('更新日期');
    expect(message).toContain('发布日期');
    expectEditorWords(message);
  });

  it('a missing cover description names the field by label', () => {
    const { coverAlt: _, ...noAlt } = article;
    const message = shown(noAlt);
    expect(message).toContain('封面图片');
    expectEditorWords(message);
  });

  it('a clause the document does not have names the item and the document title', () => {
    const message = shown({
      ...article,
      relatedClauses: [{ document: 'yiyang-kexue-suzhi-2021-2025', clause: 's9-9' }],
    });
    expect(message).toContain('相关政策条款第 1 项');
    expect(message).toContain(clauses.get('yiyang-kexue-suzhi-2021-2025')!.title);
    expectEditorWords(message);
  });

  it('a document that does not exist', () => {
    const message = shown({ ...article, relatedClauses: [{ document: 'no-such-policy-2024', clause: 's1' }] });
    expect(message).toContain('相关政策条款第 1 项');
    expect(message).not.toContain('no-such-policy');
    expectEditorWords(message);
  });

  it('a new entry whose 网址名 another has names that entry by its title', () => {
    const message = shown({ ...article, title: '另一篇文章', slug: 'laonianren-fang-diedao' }, true);
    expect(message).toContain(`《${String(article.title)}》`);
    expect(message).toContain('网址名');
    expectEditorWords(message);
  });

  it('keeps the build text, with keys and paths, for the log', () => {
    const problems = checkSave({
      collection: collection('articles'),
      data: { ...article, publishedAt: '2024-05-01', updatedAt: '2024-04-01' },
      isNew: false,
      entries,
      clauses,
    });
    const error = new SaveRefused(problems);
    expect(String(error.cause)).toContain('updatedAt');
    expect(error.problems).toEqual(problems);
  });

  it('status codes read as 正式 / 草稿', () => {
    expect(editorMessage('状态：状态应为 draft 或 final')).toBe('状态：状态应为 草稿 或 正式');
  });
});
