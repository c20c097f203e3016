import { describe, expect, it } from 'vitest';
import { PartKeyCollector } from '../../../src/lib/search/build/partKeys';
import { docNumberKey } from '../../../src/lib/search/query/docNumberQuery';
import { docNumberToken, docNumberTokens, ownDocNumberToken } from '../../../src/lib/search/query/docNumberToken';
import { containsAll } from '../../../src/lib/search/query/match';
import {
  decodeParts,
  encodeParts,
  KEYS_PER_SHARD,
  lookupKeys,
  MAX_LOOKUP_KEYS,
  PART_KEYS_DIR,
  PartKeys,
  termKeys,
} from '../../../src/lib/search/query/partKeys';
import { IndexParts, PARTS_FILE } from '../../../src/lib/search/query/indexParts';
import { prepareQuery } from '../../../src/lib/search/query/query';

interface Rec {
  part: number;
  content: string;
  /** The record's 文号 words, as the indexer writes them (records.ts). */
  words?: string;
}

/** A key map built from `records`, served from memory; counts the shard downloads. */
function mapOf(records: readonly Rec[]) {
  const collector = new PartKeyCollector();
  for (const r of [...records].sort((a, b) => a.part - b.part)) collector.add(r.part, r.content, r.words);
  const shards = collector.shards();
  const fetched: string[] = [];
  const keys = new PartKeys('/pagefind/', { shards: shards.length }, async (url) => {
    fetched.push(url);
    const n = Number(/\/(\d+)\.json$/.exec(url)?.[1]);
    return shards[n] ? new Response(JSON.stringify(shards[n])) : new Response('', { status: 404 });
  });
  return { keys, shards, fetched, collector };
}

/** The parts where some page really holds every term (one record per page here). */
function partsHolding(records: readonly Rec[], terms: readonly string[]): Set<number> {
  return new Set(records.filter((r) => containsAll(r.content, terms)).map((r) => r.part));
}

const SENTENCES = [
  '夏季高温，老年人要预防中暑，多喝水。',
  '科普讲座走进社区，讲解食品安全知识。',
  '全民科学素质行动规划纲要提出，到2025年公民具备科学素质的比例超过15%。',
  '青少年科技创新大赛在益阳市举行，中小学生踊跃参加。',
  '湿地观鸟活动：周末到南洞庭湖湿地观察候鸟。',
  '双碳目标：节能减排从身边做起，绿色出行。',
  '全国科普日期间，各县市区科协组织科普志愿者开展活动。',
  '科技活动周以“弘扬科学家精神”为主题。',
];

/** Records spread over `parts` parts, each sentence in some of them. */
function library(parts: number): Rec[] {
  const records: Rec[] = [];
  SENTENCES.forEach((s, i) => {
    for (let p = 0; p < parts; p++) if ((i + p) % 3 !== 0) records.push({ part: p, content: `${p}号稿：${s}` });
  });
  return records;
}

describe('which parts can hold a query', () => {
  it('writes a set of parts as hex digits and reads it back, for any number of parts', () => {
    for (const parts of [[0], [3], [0, 1, 2, 3], [4], [1, 17, 40], [], Array.from({ length: 150 }, (_, i) => i)]) {
      expect(decodeParts(encodeParts(parts))).toEqual(parts);
    }
    expect(encodeParts([0, 5])).toBe('12');
  });

  it('looks a term up by its character or its pairs of adjacent characters', () => {
    expect(termKeys('暑')).toEqual(['暑']);
    expect(termKeys('中暑')).toEqual(['中暑']);
    expect(termKeys('科普讲座')).toEqual(['科普', '普讲', '讲座']);
    expect(termKeys('𠀋a')).toEqual(['𠀋a']);
  });

  it('looks up a few keys spread over the query, from every term, and a 文号 by its word alone', () => {
    const phrase = lookupKeys(prepareQuery('全民科学素质行动')!);
    expect(phrase).toHaveLength(MAX_LOOKUP_KEYS);
    expect(new Set(phrase).size).toBe(MAX_LOOKUP_KEYS);
    expect(phrase.every((k) => '全民科学素质行动'.includes(k))).toBe(true);

    const two = lookupKeys(prepareQuery('观鸟 中暑')!);
    expect(two).toContain('观鸟');
    expect(two).toContain('中暑');

    // Any writing of the number gives the same word.
    const word = docNumberToken(docNumberKey('益科协〔2023〕12号')!);
    expect(lookupKeys(prepareQuery('益科协〔2023〕12号')!)).toEqual([word]);
    expect(lookupKeys(prepareQuery('益科协[2023]12号')!)).toEqual([word]);
  });

  it('never leaves out a part that holds a result, and leaves out the parts that cannot', async () => {
    const records = library(6);
    const { keys } = mapOf(records);
    const queries = [
      '中暑',
      '科普讲座',
      '科学素质',
      '湿地观鸟',
      '观鸟 绿色',
      '中暑 出行',
      '3号稿',
      '稿',
      '科协组织科普志愿者',
    ];
    for (const q of queries) {
      const query = prepareQuery(q)!;
      const holding = partsHolding(records, query.terms);
      const found = await keys.partsFor(query);
      for (const p of holding) expect(found, `${q}: part ${p}`).toContain(p);
    }
    // 中暑 is in five of the six parts' copies of its sentence but not in part 0's records.
    expect(partsHolding(records, ['中暑']).has(0)).toBe(false);
    expect(await keys.partsFor(prepareQuery('中暑')!)).not.toContain(0);
    // 3号稿 is in part 3 only.
    expect([...(await keys.partsFor(prepareQuery('3号稿')!))!]).toEqual([3]);
  });

  it('finds no part for a phrase whose characters are everywhere but never side by side', async () => {
    const records = library(4);
    const { keys } = mapOf(records);
    // 暑 and 中 are both in the library, 暑中 nowhere.
    expect(records.some((r) => r.content.includes('暑'))).toBe(true);
    expect([...(await keys.partsFor(prepareQuery('暑中')!))!]).toEqual([]);
  });

  it('finds the parts citing a 文号 and its own document, not those holding only its characters', async () => {
    const key = docNumberKey('湘科协〔2024〕7号')!;
    const cited = (part: number, content: string): Rec => ({
      part,
      content,
      words: docNumberTokens(content).join(' '),
    });
    const records: Rec[] = [
      ...library(4),
      // The document bearing the number, which prints it only in its metadata table (records.ts).
      { part: 2, content: '关于印发工作要点的通知', words: `${ownDocNumberToken(key)} ${docNumberToken(key)}` },
      cited(1, '根据湘科协［2024］7号文件要求'),
      // Every pair of the number's characters but one, and another number.
      cited(3, '见湘科协〔2024〕17号'),
      cited(0, '湘科协〔2024〕8号'),
    ];
    const { keys } = mapOf(records);
    expect(records[records.length - 2]!.words).not.toBe('');
    expect([...(await keys.partsFor(prepareQuery('湘科协[2024]7号')!))!].sort()).toEqual([1, 2]);
  });

  it('downloads one shard per key looked up, once per visit, each about KEYS_PER_SHARD keys', async () => {
    const records: Rec[] = Array.from({ length: 400 }, (_, i) => ({
      part: i % 4,
      content: SENTENCES[i % SENTENCES.length]! + String.fromCodePoint(0x4e00 + i * 7, 0x4e00 + i * 13),
    }));
    const { keys, shards, fetched, collector } = mapOf(records);
    expect(shards.length).toBe(Math.ceil(collector.size / KEYS_PER_SHARD));
    expect(shards.length).toBeGreaterThan(1);
    const query = prepareQuery('全民科学素质行动')!;
    await keys.partsFor(query);
    expect(fetched.length).toBeLessThanOrEqual(MAX_LOOKUP_KEYS);
    expect(fetched.every((u) => u.startsWith(`/pagefind/${PART_KEYS_DIR}/`))).toBe(true);
    const before = fetched.length;
    await keys.partsFor(query);
    expect(fetched.length).toBe(before);
  });

  it('gives the same shards for the same records, whatever order the parts’ records come in', () => {
    const records = library(5);
    const once = mapOf(records).shards;
    const reordered = new PartKeyCollector();
    for (let p = 0; p < 5; p++) {
      for (const r of records.filter((x) => x.part === p).reverse()) reordered.add(r.part, r.content, r.words);
    }
    expect(JSON.stringify(reordered.shards())).toBe(JSON.stringify(once));
  });

  it('looks in the main bundle first when it can hold a result, else merges at once only the parts that can', async () => {
    const records = library(6);
    const { shards } = mapOf(records);
    const merged: string[] = [];
    const pf = { mergeIndex: async (path: string) => void merged.push(path) };
    const load = async (url: string) => {
      if (url.endsWith(PARTS_FILE)) {
        const merge = [1, 2, 3, 4, 5].map((n) => `parts/p${n}/`);
        return new Response(JSON.stringify({ merge, keys: { shards: shards.length } }));
      }
      const n = Number(/\/(\d+)\.json$/.exec(url)?.[1]);
      return new Response(JSON.stringify(shards[n]));
    };
    const parts = await IndexParts.open(pf, '/pagefind/', {}, load);
    const plain = { filters: {} };
    // 科普讲座 is in part 0's records: the main bundle may fill the first screen alone.
    expect(partsHolding(records, ['科普讲座']).has(0)).toBe(true);
    expect(await parts.startsInMainPart(prepareQuery('科普讲座')!, undefined, plain)).toBe(true);
    // 中暑 is not: the parts that hold it are merged before the lookup, and only those.
    const heat = prepareQuery('中暑')!;
    expect(await parts.startsInMainPart(heat, undefined, plain)).toBe(false);
    await parts.mergeFor(heat);
    const expected = [...partsHolding(records, ['中暑'])].sort().map((n) => `/pagefind/parts/p${n}/`);
    expect(merged.sort()).toEqual(expected);
    // A filter, date order or 文号 asks for the complete list first.
    const lecture = prepareQuery('科普讲座')!;
    expect(await parts.startsInMainPart(lecture, undefined, { filters: { 类型: '活动' } })).toBe(false);
    expect(await parts.startsInMainPart(lecture, undefined, { filters: {}, sort: 'date' })).toBe(false);
    expect(await parts.startsInMainPart(prepareQuery('益科协〔2023〕12号')!, undefined, plain)).toBe(false);
  });
});
