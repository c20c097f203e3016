/**
 * The importer on the five seed documents. Expected facts come from seeds/README.md (the documents
 * themselves), not from the importer's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, type ImportResult } from '../../../src/lib/import/index';
import { serializeDocument, parseDocument } from '../../../src/lib/import/document';
import { checkConservation } from '../../../src/lib/import/conservation';
import { PAGE_NUMBER_LINE } from '../../../src/lib/import/rawLines';
import { findCitations } from '../../../src/lib/policies/intel/lineage';
import { FIXTURE_CONTENT_DIR, FIXTURE_SEEDS_DIR } from '../../fixtures/site';

const ROOT = join(import.meta.dirname, '../../..');
/** The named seed facts below are checked on the fixture copy of the source documents. */
const SEEDS = join(ROOT, FIXTURE_SEEDS_DIR);

function run(file: string): ImportResult {
  return importDocument(readFileSync(join(SEEDS, file)), file);
}

/** Heading lines of the body: [level, id, text]. */
function headings(body: string): Array<[number, string, string]> {
  return [...body.matchAll(/^(#{1,6}) (.+) \{#([A-Za-z0-9_-]+)\}$/gmu)].map((m) => [
    m[1]?.length ?? 0,
    m[3] ?? '',
    m[2] ?? '',
  ]);
}

describe('seed metadata (facts from seeds/README.md)', () => {
  const cases = [
    {
      file: '000_30834764c3306fba.txt',
      title: '益阳市全民科学素质行动规划纲要实施方案（2021－2025年）',
      docNumber: null,
      incomplete: false,
      issuer: null,
      issuedDate: null,
      status: 'final',
      docType: '规划实施方案',
      cites: [],
    },
    {
      file: '001_4a8949c94c9b5243.txt',
      title: '岳阳市南湖新区管委会办公室关于印发《南湖新区全民科学素质行动规划纲要实施方案（2022－2025年）》的通知',
      docNumber: '岳南管办发〔2022〕 号',
      incomplete: true,
      issuer: '岳阳市南湖新区管委会办公室',
      issuedDate: null,
      status: 'final',
      docType: '规划实施方案',
      cites: ['国发〔2021〕9号'],
    },
    {
      file: '002_f37b634a5a2ac432.txt',
      title: '湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知',
      docNumber: '湛府〔2022〕40号',
      incomplete: false,
      issuer: '湛江市人民政府',
      issuedDate: '2022-06-02',
      status: 'final',
      docType: '规划实施方案',
      cites: ['国发〔2021〕9号', '粤府〔2021〕76号'],
    },
    {
      file: '003_bd9e85829581677d.txt',
      title: '澧县全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）',
      docNumber: null,
      incomplete: false,
      issuer: null,
      issuedDate: null,
      status: 'draft',
      docType: '规划实施方案',
      cites: ['国发〔2021〕9号', '湘政办发〔2021〕74号', '常政办发〔2022〕22号'],
    },
    {
      file: '004_0ef9af080690b7b8.txt',
      title: '益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知',
      docNumber: '益科协〔2023〕12号',
      incomplete: false,
      issuer: '益阳市科学技术协会',
      issuedDate: '2023-04-07',
      status: 'final',
      docType: '工作要点',
      cites: [],
    },
  ] as const;

  it.each(cases)('$file', (c) => {
    const { data, body } = run(c.file);
    expect(data.title).toBe(c.title);
    expect(data.docNumber).toBe(c.docNumber);
    expect(data.docNumberIncomplete).toBe(c.incomplete);
    expect(data.issuer).toBe(c.issuer);
    expect(data.issuedDate).toBe(c.issuedDate);
    expect(data.status).toBe(c.status);
    expect(data.docType).toBe(c.docType);
    // Cited 文号 come from the citation graph's reading of the imported text.
    const cited = findCitations({ ...data, body }).flatMap((x) => (x.number ? [x.number.normalized] : []));
    expect([...new Set(cited)]).toEqual(c.cites);
    expect(data.source).toBe(c.file);
  });

  it('keeps the title a citing text gives a cited document', () => {
    const { data, body } = run('002_f37b634a5a2ac432.txt');
    const cited = findCitations({ ...data, body }).find((c) => c.number?.normalized === '国发〔2021〕9号');
    expect(cited?.title).toBe('国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知');
  });
});

describe('seed structure', () => {
  it('益阳 plan: 五项提升行动 and 四项重点工程 as numbered headings with hierarchical ids', () => {
    const { body } = run('000_30834764c3306fba.txt');
    const h = headings(body);
    const top = h.filter(([level]) => level === 2).map(([, id, text]) => [id, text]);
    expect(top).toEqual([
      ['s1', '一、指导思想和目标'],
      ['s2', '二、提升行动'],
      ['s3', '三、重点工程'],
      ['s4', '四、组织实施'],
    ]);
    const actions = h.filter(([, id]) => /^s2-\d+$/u.test(id)).map(([, , text]) => text);
    expect(actions).toHaveLength(5);
    expect(actions[0]).toContain('青少年科学素质提升行动');
    expect(actions[4]).toContain('领导干部和公务员科学素质提升行动');
    expect(h.filter(([, id]) => /^s3-\d+$/u.test(id))).toHaveLength(4);
    // （一） → 1． → （1）: four levels deep.
    expect(h.map(([, id]) => id)).toContain('s2-1-2-1');
  });

  it('湛江 notice: notice part with addressee, signature and date, then the plan with six 重点工程', () => {
    const { body } = run('002_f37b634a5a2ac432.txt');
    expect(body).toContain('<p class="doc-addressee">各县（市、区）人民政府（管委会），市有关单位：</p>');
    expect(body).toContain('<p class="doc-signature">湛江市人民政府</p>');
    expect(body).toContain('<time datetime="2022-06-02">2022年6月2日</time>');
    const h = headings(body);
    expect(h[0]).toEqual([2, 'document', '湛江市全民科学素质行动规划纲要实施方案（2021-2025年）']);
    expect(h.filter(([, id]) => /^s4-\d+$/u.test(id))).toHaveLength(6);
  });

  it('澧县 draft: 1、 and 2、 before 三、 are top-level sections', () => {
    const h = headings(run('003_bd9e85829581677d.txt').body);
    expect(h.filter(([level]) => level === 2).map(([, id]) => id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('澧县 draft: blanks left in the original stay visible', () => {
    const { body } = run('003_bd9e85829581677d.txt');
    expect(body).toMatch(/培训达<span class="doc-blank" role="img" aria-label="空白">\u00a0{3,}<\/span>人次/u);
  });

  it('工作要点: twelve numbered 要点 under three sections', () => {
    const h = headings(run('004_0ef9af080690b7b8.txt').body);
    const points = h.filter(([, id]) => /^s\d-\d+$/u.test(id));
    expect(points.map(([, id]) => id.split('-')[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
  });

  it('reflows hard wraps without inventing spaces between CJK characters', () => {
    const { body } = run('000_30834764c3306fba.txt');
    expect(body).toContain(
      '根据《全民科学素质行动规划纲要（2021－2035年）》《湖南省全民科学素质行动规划纲要实施方案（2021－2025年）》《益阳市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》和市第七次党代会精神，为实现我市2025年全民科学素质工作目标，结合我市实际，制定本方案。',
    );
  });
});

describe('湛江 appendix 工作任务清单', () => {
  const { data, body } = run('002_f37b634a5a2ac432.txt');
  const [table] = data.tables;

  it('rebuilds 61 task rows under two header groups, the repeated header dropped', () => {
    expect(data.tables).toHaveLength(1);
    expect(table?.rows).toHaveLength(61);
    expect(table?.headers.map((h) => h[0])).toEqual(['五大提升行动', '六大重点工程']);
    expect(table?.headers[0]).toEqual(['五大提升行动', '主要工作任务', '具体措施', '牵头单位', '责任单位', '完成时限']);
    expect(table?.rows.every((r) => r.cells.length === 6)).toBe(true);
    expect(body.match(/policy-table-slot/gu)).toHaveLength(1);
  });

  it('fills blank 提升行动 / 主要工作任务 cells from the row above', () => {
    const second = table?.rows[1];
    expect(second?.cells[0]).toBe('一、实施青少年科学素质提升行动');
    expect(second?.cells[1]).toBe('1.将弘扬科学精神贯穿于育人全链条');
    expect(second?.inherited).toEqual([0, 1]);
    expect(table?.rows.every((r) => r.cells[0] !== '' && r.cells[1] !== '')).toBe(true);
  });

  it('merges continuation rows into their cell and removes <p> tags', () => {
    expect(table?.rows[1]?.cells[2]).toMatch(/营造崇尚科学的校园文化氛围。$/u);
    expect(JSON.stringify(table)).not.toMatch(/<\/?p>/u);
    const elderly = table?.rows.find((r) => r.cells[0] === '四、实施老年人科学素质提升行动');
    expect(elderly?.cells[1]).toBe('1.实施智慧助老行动');
  });

  it('removes PDF spaces inside cells but keeps the space between two organisation names', () => {
    const cells = table?.rows.flatMap((r) => r.cells) ?? [];
    expect(cells).toContain('市委组织部、市委宣传部、市文明办');
    expect(cells).toContain('市科技局、市人力资源和社会保障局、市科协 团市委');
    expect(cells).toContain('市教育局 市科协');
    expect(cells.filter((c) => c === '2025年底').length).toBeGreaterThan(20);
    expect(cells.some((c) => /\d 年/u.test(c))).toBe(false);
  });

  it('splits the groups: 30 rows of 提升行动 tasks and 31 of 重点工程 tasks', () => {
    const inGroup = (g: number) => table?.rows.filter((r) => r.group === g).length;
    expect((inGroup(0) ?? 0) + (inGroup(1) ?? 0)).toBe(61);
    expect(table?.rows.filter((r) => r.group === 1).every((r) => /工程$/u.test(r.cells[0] ?? ''))).toBe(true);
    expect(table?.rows.filter((r) => r.group === 0).every((r) => /行动$/u.test(r.cells[0] ?? ''))).toBe(true);
  });
});

/** Source store and content set pairs: the site's own, and the fixtures. */
const STORES = [
  { seeds: join(ROOT, 'seeds'), content: join(ROOT, 'src/content/policies') },
  { seeds: SEEDS, content: join(ROOT, FIXTURE_CONTENT_DIR, 'policies') },
];

describe.each(STORES)('conservation: nothing lost ($seeds)', ({ seeds, content }) => {
  const seedFiles = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const run = (file: string) => importDocument(readFileSync(join(seeds, file)), file);

  it.each(seedFiles)('%s: every source character is in the output, in order', (file) => {
    const source = readFileSync(join(seeds, file), 'utf8');
    const result = checkConservation(source, serializeDocument(run(file)));
    expect(result).toEqual({ ok: true });
  });

  it.each(seedFiles)('%s: the committed page source is what the importer produces now', (file) => {
    const committed = readdirSync(content)
      .map((f) => readFileSync(join(content, f), 'utf8'))
      .find((md) => parseDocument(md).data.source === file);
    expect(committed, `no document in ${content} has source ${file}`).toBeDefined();
    const { data, body } = parseDocument(committed ?? '');
    const fresh = run(file);
    expect(body).toBe(fresh.body);
    const { slug: _slug, manual: _manual, ...rest } = data;
    const { slug: _s, ...freshRest } = fresh.data;
    expect(JSON.parse(JSON.stringify(rest))).toEqual(JSON.parse(JSON.stringify(freshRest)));
    expect(checkConservation(readFileSync(join(seeds, file), 'utf8'), committed ?? '')).toEqual({ ok: true });
  });
});

describe('page numbers', () => {
  it('page-number lines are recognised in each printed style, and content lines are not', () => {
    for (const l of ['— 3 —', '- 4 -', '－5－', ' –12– ', '~6~', '第 3 页', '第3页 共12页', '3/12'])
      expect(PAGE_NUMBER_LINE.test(l), l).toBe(true);
    for (const l of ['2025', '（3）', '3.', '——加强组织领导。', '— 这是破折号 —', '- 4 -项任务', '1/2以上'])
      expect(PAGE_NUMBER_LINE.test(l), l).toBe(false);
  });
});
