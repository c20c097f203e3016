// The clause files the build emits for the CMS (/admin/clauses/<slug>.json, one per policy
// document) and the CMS's reading of them: the writer's files hold exactly their document's
// clauses, the save check fetches only the documents an entry names, and a document without a file
// is refused with the build's message for a missing document.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import {
  clauseLabelsInMarkdown,
  findBrokenClauseRefs,
  type PolicyClauseIndex,
} from '../../../src/lib/policies/clauseRefs';
import { clauseDocuments, clauseFilePath, type ClauseDocument } from '../../../src/lib/policies/clauseFiles';
import { loadClauseIndex, referencedDocuments } from '../../../cms/clauseCheck';
import { checkSave } from '../../../cms/entryCheck';
import { collections } from '../../../cms/collections';
import { loadCorpus } from '../../support/policyCorpus';
import { fixtureContent } from '../../fixtures/site';
import { readFileSync } from 'node:fs';

/** The fixture policies' clause index, as src/lib/policies/policyClauseIndex.ts builds it. */
const library: PolicyClauseIndex = new Map(
  loadCorpus().map((d) => [d.slug, { title: d.data.title, clauses: clauseLabelsInMarkdown(d.body) }]),
);

vi.mock('../../../src/lib/policies/policyClauseIndex', () => ({ loadPolicyClauseIndex: async () => library }));

/** What the build writes: URL path → file text, from the endpoint itself. */
async function emittedFiles(): Promise<Map<string, string>> {
  const { getStaticPaths, GET } = await import('../../../src/pages/admin/clauses/[document].json');
  const files = new Map<string, string>();
  for (const { params, props } of await getStaticPaths()) {
    const response = await GET({ params, props } as unknown as Parameters<typeof GET>[0]);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    files.set(`/admin/clauses/${params.document}.json`, await response.text());
  }
  return files;
}

/** A static server of the emitted files (404 for anything else), recording what was asked. */
function serve(files: ReadonlyMap<string, string>, status?: number): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path);
    if (status) return new Response('', { status });
    const body = files.get(path);
    return body === undefined ? new Response('Not Found', { status: 404 }) : new Response(body);
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const articles = collections.find((c) => c.name === 'articles')!;
const article = FrontmatterInfer.fromFile(
  readFileSync(fixtureContent('articles', 'laonianren-fang-diedao.md'), 'utf8'),
);

describe('the clause files the build emits', () => {
  it("one file per policy document, holding exactly that document's title and clauses", async () => {
    const files = await emittedFiles();
    expect([...files.keys()].sort()).toEqual([...library.keys()].map((slug) => `/admin/clauses/${slug}.json`).sort());
    for (const [slug, doc] of library) {
      const file = JSON.parse(files.get(`/admin/clauses/${slug}.json`)!) as ClauseDocument;
      expect(file).toEqual({
        slug,
        title: doc.title,
        clauses: [...doc.clauses].map(([id, label]) => ({ id, label })),
      });
      expect(file.clauses.length).toBeGreaterThan(0);
    }
  });

  it('is named only by a policy slug: anything else has no file, and stops the build', () => {
    expect(clauseFilePath('yiyang-kexie-kepu-yaodian-2023')).toBe('/admin/clauses/yiyang-kexie-kepu-yaodian-2023.json');
    for (const bad of ['', '../entries', 'a/b', 'A-b', 'a b', 'a%2Fb', 'a.json', '-a', '科普'])
      expect(clauseFilePath(bad), bad).toBeUndefined();
    const odd: PolicyClauseIndex = new Map([['../entries', { title: 'x', clauses: new Map([['s1', '一']]) }]]);
    expect(() => clauseDocuments(odd)).toThrow(/「\.\.\/entries」的 slug 不合规/u);
  });
});

describe('the save check reads the files of the documents the entry names', () => {
  const [slug, doc] = [...library][0]!;
  const real = [...doc.clauses.keys()].at(-1)!;

  it('fetches those files only, and passes a clause the document has', async () => {
    const asked = serve(await emittedFiles());
    const data = {
      ...article,
      relatedClauses: [
        { document: slug, clause: real },
        { document: slug, clause: [...doc.clauses.keys()][0] },
      ],
    };
    expect(referencedDocuments('articles', data)).toEqual([slug]);
    const clauses = await loadClauseIndex(referencedDocuments('articles', data));
    expect(asked).toEqual([`/admin/clauses/${slug}.json`]);
    expect([...clauses!.keys()]).toEqual([slug]);
    expect(checkSave({ collection: articles, data, isNew: false, entries: {}, clauses })).toEqual([]);
  });

  it('refuses a clause of a document that has no file, with the message the build gives for a missing document', async () => {
    const asked = serve(await emittedFiles());
    const data = {
      ...article,
      relatedClauses: [
        { document: slug, clause: real },
        { document: 'bu-cunzai-de-wenjian', clause: 's1' },
      ],
    };
    const clauses = await loadClauseIndex(referencedDocuments('articles', data));
    expect(asked.sort()).toEqual([`/admin/clauses/${slug}.json`, '/admin/clauses/bu-cunzai-de-wenjian.json'].sort());
    const problems = checkSave({ collection: articles, data, isNew: false, entries: {}, clauses });
    const build = findBrokenClauseRefs([{ file: 'x.md', field: 'relatedClauses', refs: data.relatedClauses }], library);
    expect(build).toEqual(['x.md：字段 relatedClauses.1.document：政策文件「bu-cunzai-de-wenjian」不存在']);
    expect(problems).toEqual(['相关政策条款第 2 项：政策文件「bu-cunzai-de-wenjian」不存在，请从列表中选择']);
  });

  it('a document name that is not a slug is not fetched, and is missing', async () => {
    const asked = serve(await emittedFiles());
    const clauses = await loadClauseIndex(['../entries']);
    expect(asked).toEqual([]);
    expect(clauses!.size).toBe(0);
  });

  it('skips the clause check when a file cannot be read (not a 404)', async () => {
    serve(new Map(), 500);
    expect(await loadClauseIndex([slug])).toBeUndefined();
    const data = { ...article, relatedClauses: [{ document: slug, clause: 's9-9' }] };
    expect(checkSave({ collection: articles, data, isNew: false, entries: {}, clauses: undefined })).toEqual([]);
  });
});
