import { describe, expect, it } from 'vitest';
import { basisTree, buildLineage, findCitations, type LineageInput } from '../../../src/lib/policies/intel/lineage';
import { slugForDocNumber, slugForTitle, uniqueSlugs } from '../../../src/lib/policies/intel/citedSlug';
import { levelOfTitle, titleKey } from '../../../src/lib/policies/titleKey';
import { markedBlocks } from '../../../src/lib/policies/bodyFormat';
import { lineageInputs } from '../../support/policyCorpus';

function doc(slug: string, body: string, over: Partial<LineageInput> = {}): LineageInput {
  return {
    slug,
    title: `${slug}实施方案`,
    documentTitle: null,
    docNumber: null,
    docNumberIncomplete: false,
    body,
    ...over,
  };
}

describe('citation recognition', () => {
  it('reads a 文号 with a mismatched bracket and pairs it with the title printed before it', () => {
    const [c] = findCitations(
      doc('a', '根据国务院《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021）9号）精神，制定本方案。'),
    );
    expect(c?.number?.normalized).toBe('国发〔2021〕9号');
    expect(c?.title).toBe('全民科学素质行动规划纲要（2021-2035年）');
    expect(c?.kind).toBe('basis');
  });

  it('reads half-width and square-bracket variants as the same 文号', () => {
    const cs = findCitations(doc('a', '按照《甲》(湘政办发[2021]74号)和乙(湘政办发（2021）74号)要求，制定本方案。'));
    expect(cs.map((c) => c.number?.normalized)).toEqual(['湘政办发〔2021〕74号', '湘政办发〔2021〕74号']);
  });

  it('treats a title inside a longer cited title as its abbreviation, not another document', () => {
    const cs = findCitations(
      doc('a', '落实《全民科学素质行动规划纲要（2021-2035年）》。\n\n加强《纲要》实施机制建设。'),
    );
    expect(cs.map((c) => c.title)).toEqual(['全民科学素质行动规划纲要（2021-2035年）']);
  });

  it('gives one key to the spellings of one title, including the notice that issued it and a lost bracket', () => {
    const k = titleKey('全民科学素质行动规划纲要（2021-2035年）');
    expect(titleKey('全民科学素质行动规划纲要2021-2035年）')).toBe(k);
    expect(titleKey('全民科学素质行动规划纲要（2021－2035年）')).toBe(k);
    expect(titleKey('国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知')).toBe(k);
    expect(titleKey('湖南省全民科学素质行动规划纲要实施方案（2021-2025年）')).not.toBe(k);
  });

  it('marks citations outside the preamble as mentions', () => {
    const body = '根据《甲纲要》，制定本方案。\n\n## 一、总体要求 {#s1}\n\n贯彻落实《干部教育培训工作条例》。';
    expect(findCitations(doc('a', body)).map((c) => [c.title, c.kind, c.anchor])).toEqual([
      ['甲纲要', 'basis', null],
      ['干部教育培训工作条例', 'mention', 's1'],
    ]);
  });
});

describe('the graph', () => {
  const docs = [
    doc(
      'county',
      '为贯彻落实《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号）和《某省实施方案（2021-2025年）》（某政办发〔2021〕5号），制定本实施方案。',
      { title: '某县全民科学素质实施方案' },
    ),
    doc(
      'city',
      '根据《全民科学素质行动规划纲要（2021－2035年）》《某省实施方案（2021-2025年）》，制定本方案。\n\n## 一、目标 {#s1}\n\n按照《某县全民科学素质实施方案》执行。',
      { title: '某市全民科学素质实施方案' },
    ),
  ];
  const g = buildLineage(docs);

  it('joins a title-only citation to the 文号 another text prints with that title', () => {
    expect(g.up('city').map((e) => [e.to, e.kind])).toEqual([
      ['gf-2021-9', 'basis'],
      ['mzbf-2021-5', 'basis'],
      ['county', 'mention'],
    ]);
    expect(g.nodes.get('gf-2021-9')?.docNumber).toBe('国发〔2021〕9号');
  });

  it('links both ways: what a document cites and who cites it, with the place of the citation', () => {
    expect(
      g
        .down('gf-2021-9')
        .map((e) => e.from)
        .sort(),
    ).toEqual(['city', 'county']);
    expect(g.down('county')).toEqual([
      expect.objectContaining({
        from: 'city',
        kind: 'mention',
        href: `/policies/city/#s1:~:text=${encodeURIComponent('某县全民科学素质实施方案')}`,
      }),
    ]);
  });

  it('puts library documents under the documents they name as their basis', () => {
    const tree = basisTree(g);
    const gf = tree.find((t) => t.node.key === 'gf-2021-9');
    expect(gf?.children.map((c) => c.node.key).sort()).toEqual(['city', 'county']);
  });
});

describe('the published corpus', () => {
  const g = buildLineage(lineageInputs());

  it('has a node for each 文号 the seeds cite, with the title the citing texts give', () => {
    for (const [slug, num] of [
      ['gf-2021-9', '国发〔2021〕9号'],
      ['yf-2021-76', '粤府〔2021〕76号'],
      ['xzbf-2021-74', '湘政办发〔2021〕74号'],
      ['czbf-2022-22', '常政办发〔2022〕22号'],
    ] as const) {
      expect(g.nodes.get(slug)?.docNumber).toBe(num);
      expect(g.nodes.get(slug)?.inLibrary).toBe(false);
    }
    expect(g.nodes.get('gf-2021-9')?.title).toBe('全民科学素质行动规划纲要（2021-2035年）');
    expect(g.nodes.get('czbf-2022-22')?.title).toBe('常德市全民科学素质行动规划纲要实施方案（2021-2025年）');
  });

  it('sees that the 益阳 plan follows the national 纲要, which it cites by title only', () => {
    const up = g
      .up('yiyang-kexue-suzhi-2021-2025')
      .filter((e) => e.kind === 'basis')
      .map((e) => e.to);
    expect(up).toContain('gf-2021-9');
    expect(up).toContain('xzbf-2021-74');
  });

  it('has all four plans and the 工作要点 under the national 纲要, and 澧县 under 常德', () => {
    expect(
      g
        .down('gf-2021-9')
        .map((e) => e.from)
        .sort(),
    ).toEqual([
      'lixian-kexue-suzhi-2021-2025',
      'nanhu-kexue-suzhi-2022-2025',
      'yiyang-kexie-kepu-yaodian-2023',
      'yiyang-kexue-suzhi-2021-2025',
      'zhanjiang-kexue-suzhi-2021-2025',
    ]);
    expect(g.down('czbf-2022-22').map((e) => e.from)).toEqual(['lixian-kexue-suzhi-2021-2025']);
    expect(g.down('yf-2021-76').map((e) => e.from)).toEqual(['zhanjiang-kexue-suzhi-2021-2025']);
  });

  it('does not count a draft citing its own final title as another document', () => {
    expect(g.up('lixian-kexue-suzhi-2021-2025').some((e) => e.to.startsWith('t-lx'))).toBe(false);
  });

  it('links every citation to an anchor that exists in the citing document', () => {
    const ids = new Map(lineageInputs().map((d) => [d.slug, new Set(markedBlocks(d.body).map((b) => b.id))]));
    for (const e of g.edges) {
      if (e.anchor) expect(ids.get(e.from)?.has(e.anchor), `${e.from}#${e.anchor}`).toBe(true);
    }
  });
});

describe('cited-document slugs', () => {
  it('derives ASCII slugs from the 文号', () => {
    expect(slugForDocNumber('国发', 2021, 9)).toBe('gf-2021-9');
    expect(slugForDocNumber('湘政办发', 2021, 74)).toBe('xzbf-2021-74');
    expect(slugForDocNumber('粤府', 2021, 76)).toBe('yf-2021-76');
    expect(slugForDocNumber('常政办发', 2022, 22)).toBe('czbf-2022-22');
  });

  it('derives title-only slugs from initials and years', () => {
    expect(slugForTitle('岳阳市全民科学素质行动规划纲要实施方案（2022-2025年）')).toBe(
      't-yysqmkxszxdghgyssfa-2022-2025',
    );
    expect(slugForTitle('公务员培训规定')).toBe('t-gwypxgd');
  });

  it('separates collisions independently of input order', () => {
    const a = uniqueSlugs([
      { key: 'b', slug: 'x' },
      { key: 'a', slug: 'x' },
    ]);
    const b = uniqueSlugs([
      { key: 'a', slug: 'x' },
      { key: 'b', slug: 'x' },
    ]);
    expect([...a.entries()].sort()).toEqual([
      ['a', 'x'],
      ['b', 'x-2'],
    ]);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('reads the administrative level from the title', () => {
    expect(levelOfTitle('全民科学素质行动规划纲要（2021-2035年）')).toBe(1);
    expect(levelOfTitle('湖南省全民科学素质行动规划纲要实施方案')).toBe(2);
    expect(levelOfTitle('湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知')).toBe(
      3,
    );
    expect(levelOfTitle('南湖新区全民科学素质行动规划纲要实施方案')).toBe(4);
    expect(levelOfTitle('关于新时代加强社区科普工作的意见')).toBeNull();
  });
});
