// What /admin/ does for the editor before the build sees an entry: 网址名 from the title, the
// clause picker's document, and the build's clause-reference rule applied on save.
import { describe, expect, it } from 'vitest';
import { slugFromTitle, SLUG_MAX } from '../../../cms/slugFromTitle';
import { clauseProblems } from '../../../cms/clauseCheck';
import { listedDocuments, siblingDocument } from '../../../cms/widgets/ClauseControl';
import { clauseLabelsInMarkdown } from '../../../src/lib/policies/clauseRefs';
import { clauseDocuments, indexOfClauseDocuments } from '../../../src/lib/policies/clauseFiles';
import { corpusDoc } from '../../support/policyCorpus';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('网址名 from the title', () => {
  it('is the toneless pinyin, hyphenated, keeping ASCII letters and digits', () => {
    expect(slugFromTitle('老年人防跌倒')).toBe('lao-nian-ren-fang-die-dao');
    expect(slugFromTitle('AED：3分钟救命')).toBe('aed-3-fen-zhong-jiu-ming');
    expect(slugFromTitle('绿色出行，从我做起！')).toBe('lv-se-chu-xing-cong-wo-zuo-qi');
  });

  it('always satisfies the slug rule, and stays short on a long title', () => {
    for (const title of ['《科普法》第十条解读', '2026年全国科普日·益阳', '“双碳”是什么？', '食品安全 ABC'])
      expect(slugFromTitle(title), title).toMatch(SLUG);
    const long = slugFromTitle('关于印发益阳市全民科学素质行动规划纲要实施方案二〇二一至二〇二五年的通知的政策解读');
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(SLUG);
  });
});

describe('相关政策条款 on save', () => {
  // The document's clause file as the build emits it, made from a fixture document by the build's own code.
  const doc = corpusDoc('yiyang-kexie-kepu-yaodian-2023');
  const [file] = clauseDocuments(
    new Map([[doc.slug, { title: doc.data.title, clauses: clauseLabelsInMarkdown(doc.body) }]]),
  );
  const index = indexOfClauseDocuments([file!]);
  const real = file!.clauses.find((c) => c.id.includes('-'))!.id;

  it('accepts a clause the document has', () => {
    expect(clauseProblems('articles', { relatedClauses: [{ document: doc.slug, clause: real }] }, index)).toEqual([]);
    expect(
      clauseProblems('events', { relatedClause: { document: doc.slug, clause: real, label: 'x' } }, index),
    ).toEqual([]);
    expect(clauseProblems('events', {}, index)).toEqual([]);
  });

  it('refuses a clause the document lacks, or a document that does not exist, naming the item', () => {
    expect(
      clauseProblems(
        'articles',
        {
          relatedClauses: [
            { document: doc.slug, clause: real },
            { document: doc.slug, clause: 's9-9' },
          ],
        },
        index,
      ),
    ).toEqual([`相关政策条款第 2 项：「${doc.data.title}」中没有条款 s9-9，请从列表中选择`]);
    expect(clauseProblems('events', { relatedClause: { document: 'nope', clause: 's1' } }, index)).toEqual([
      '相关政策条款：政策文件「nope」不存在，请从列表中选择',
    ]);
  });

  it('the picker finds the document chosen next to the clause', () => {
    expect(siblingDocument({ relatedClause: { document: 'a', clause: '' } }, '')).toBe('a');
    const items = {
      relatedClauses: [
        { document: 'a', clause: 's1' },
        { document: 'b', clause: '' },
      ],
    };
    expect(siblingDocument(items, 's1')).toBe('a');
    expect(siblingDocument(items, '')).toBe('b');
    expect(siblingDocument({ relatedClauses: [{ document: 'a' }, { document: 'b' }] }, '')).toBeUndefined();
  });

  it("the picker fetches the chosen document's clauses or, when the choice is unclear, the entry's documents only", () => {
    expect(listedDocuments('events', { relatedClause: { document: 'a', clause: '' } }, '')).toEqual(['a']);
    expect(listedDocuments('events', {}, '')).toEqual([]);
    expect(listedDocuments('events', undefined, undefined)).toEqual([]);
    const open = { relatedClauses: [{ document: 'a' }, { document: 'b' }, { document: 'a', clause: 's1' }] };
    expect(listedDocuments('articles', open, 's1')).toEqual(['a']);
    expect(listedDocuments('articles', open, '')).toEqual(['a', 'b']);
  });
});
