// Source checks that stop the build: impossible dates as written, duplicate slugs and .md/.mdx
// twins, body images without alt text. Each message names the file and the field or line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyImageProblems,
  duplicateEntryProblems,
  frontmatterDateProblems,
  impossibleDate,
} from '../../../src/lib/build/sourceChecks';
import { collectionProblems } from '../../../src/lib/build/checkedGlob';
import { COLLECTION_GLOBS, type CollectionName } from '../../../src/lib/build/contentPaths';

describe('dates as written', () => {
  it.each([
    '2023-02-30',
    '2023-13-45',
    '2023-02-29',
    '2024-04-31',
    '2023-00-10',
    '2023-05-20T24:00',
    '2023-05-20T09:60',
    '2023-13',
  ])('refuses %s', (value) => {
    expect(impossibleDate(value)).toBeDefined();
  });
  it.each([
    '2024-02-29',
    '2023-12-31',
    '2023-05-20T09:30',
    '2023-05-20T23:59:59+08:00',
    '2023-05',
    '2023',
    '科技活动周',
    '13-45',
  ])('accepts %s', (value) => {
    expect(impossibleDate(value)).toBeUndefined();
  });

  it('names file and field, quoted or not, at any depth', () => {
    const source =
      '---\ntitle: 讲座\npublishedAt: 2023-02-30\nupdatedAt: \'2023-13-45\'\nlocation:\n  opened: "2023-04-31"\nstart: 2023-05-20\n---\n正文';
    const problems = frontmatterDateProblems('src/content/articles/x.md', source);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^src\/content\/articles\/x\.md：字段 publishedAt：日期“2023-02-30”不存在/);
    expect(problems[1]).toMatch(/字段 updatedAt：日期“2023-13-45”/);
    expect(problems[2]).toMatch(/字段 location\.opened：日期“2023-04-31”/);
  });
});

describe('body images', () => {
  it('stops at Markdown and HTML images without alt text, naming the line', () => {
    const source =
      '---\ntitle: x\n---\n正文\n\n![](../../assets/a.png)\n\n![  ][ref]\n\n<img src="b.png">\n\n<img src="c.png" alt="">\n\n![有说明](d.png)\n\n<img alt="有" src="e.png">\n\n```md\n![](code.png)\n```\n\n`![](inline.png)`';
    const problems = bodyImageProblems('src/content/articles/x.md', source);
    expect(problems).toEqual([
      expect.stringMatching(/^src\/content\/articles\/x\.md 第 6 行：正文图片缺少替代文字/),
      expect.stringMatching(/第 8 行/),
      expect.stringMatching(/第 10 行：正文图片 <img> 缺少替代文字/),
      expect.stringMatching(/第 12 行/),
    ]);
  });
});

describe('duplicate entries', () => {
  it('names both files of a slug clash and of an .md/.mdx pair', () => {
    const problems = duplicateEntryProblems([
      { file: 'a/x.md', entry: 'x.md' },
      { file: 'a/x.mdx', entry: 'x.mdx' },
      { file: 'a/one.md', entry: 'one.md', slug: 'same' },
      { file: 'a/two.md', entry: 'two.md', slug: 'same' },
      { file: 'a/ok.md', entry: 'ok.md' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('a/one.md 与 a/two.md');
    expect(problems.join('\n')).toContain('a/x.md 与 a/x.mdx');
  });

  it('reads a collection folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-collection-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'x.md'), '---\ntitle: a\n---\n');
    writeFileSync(join(dir, 'x.mdx'), '---\ntitle: b\n---\n');
    writeFileSync(join(dir, 'sub', 'y.md'), '---\npublishedAt: 2023-02-30\n---\n![](p.png)\n');
    const problems = await collectionProblems({ pattern: '**/*.{md,mdx}', base: dir });
    expect(problems).toHaveLength(3);
  });
});

describe('the content the site holds', () => {
  it.each(Object.keys(COLLECTION_GLOBS) as CollectionName[])('%s has no source problem', async (name) => {
    expect(await collectionProblems({ pattern: COLLECTION_GLOBS[name], base: `src/content/${name}` })).toEqual([]);
  });
});
