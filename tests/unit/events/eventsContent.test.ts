import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { eventSchema } from '../../../src/schemas/event';
import { toEventRecord } from '../../../src/lib/events/eventRecord';
import { formatZodIssues } from '../../../src/lib/build/zodErrors';
import { CONTENT_SETS, FIXTURE_CONTENT_DIR, contentFiles, fixtureSeed } from '../../fixtures/site';

const SEED = readFileSync(fixtureSeed('004_0ef9af080690b7b8.txt'), 'utf8').replace(/\s+/g, '');

/** Every event of a content set, validated (an invalid one throws, naming the file). */
function loadEntries(contentDir: string) {
  const dir = join(contentDir, 'events');
  return contentFiles(contentDir, 'events').map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const result = eventSchema.safeParse(parseYaml(front));
    if (!result.success) throw new Error(`${dir}/${file}:\n${formatZodIssues(result.error.issues)}`);
    return {
      file,
      record: toEventRecord(file.replace(/\.md$/, ''), result.data),
      body: text.slice(text.indexOf('\n---', 3) + 4),
    };
  });
}

/** The fixture events: the behaviour below is checked on content the tests own. */
const entries = loadEntries(FIXTURE_CONTENT_DIR);

/** The events the 2023 工作要点 names, and the numbered item that names each. */
const NAMED_IN_2023_PLAN: [title: RegExp, item: number][] = [
  [/第44届益阳市青少年科技创新大赛/, 6],
  [/第4届益阳市青少年机器人竞赛/, 6],
  [/科技活动周/, 5],
  [/全国科普日/, 5],
  [/青少年高校科学营湖南营/, 6],
  [/流动科技馆/, 8],
];

describe.each(CONTENT_SETS)('events in %s', (contentDir) => {
  it('every file validates against the schema', () => {
    expect(() => loadEntries(contentDir)).not.toThrow();
  });

  it('puts every 全国科普月 in September, as the 2024 revised 科普法 provides', () => {
    for (const e of loadEntries(contentDir).filter((x) => x.record.kind === '全国科普月'))
      expect(e.record.start.month, e.file).toBe(9);
  });
});

describe('event content (fixtures)', () => {
  it('the fixture set holds the events the checks below need', () => {
    expect(entries.filter((e) => e.record.kind === '全国科普月').length).toBeGreaterThan(0);
  });

  it('has an entry for each event the 2023 工作要点 names, no more precise than the document, citing its clause', () => {
    for (const [title, item] of NAMED_IN_2023_PLAN) {
      const hit = entries.find((e) => e.record.start.year === 2023 && title.test(e.record.title));
      expect(hit, String(title)).toBeDefined();
      // The document gives no month or day for any of them.
      expect(hit!.record.start.precision).toBe('year');
      expect(hit!.record.example).toBe(false);
      expect(hit!.record.relatedClause?.label).toContain(`第${item}条`);
      expect(hit!.record.relatedClause?.clause).toMatch(new RegExp(`-${item}$`));
    }
  });

  it('quotes the 工作要点 faithfully where a 2023 entry quotes it', () => {
    let checked = 0;
    for (const e of entries.filter((x) => x.record.relatedClause)) {
      for (const quote of e.body.matchAll(/提出：([^。]+)/g)) {
        expect(SEED, `${e.file}: ${quote[1]}`).toContain(quote[1]!.replace(/\s+/g, ''));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});
