import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleMarkdown, eventMarkdown, policyNotice, seedSentences } from '../../../scripts/bench/corpus.ts';
import { marginalMs } from '../../../scripts/bench/report.ts';
import { importDocument } from '../../../src/lib/import/index.ts';
import { checkConservation } from '../../../src/lib/import/conservation.ts';
import { serializeDocument } from '../../../src/lib/import/document.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { FIXTURE_SEEDS_DIR } from '../../fixtures/site';

const sentences = seedSentences(FIXTURE_SEEDS_DIR);
const frontMatter = (text: string) => parse(text.split('---')[1]!) as Record<string, unknown>;

describe('bench corpus', () => {
  it('generates notices the project importer reads with the intended 文号, issuer and date', () => {
    for (const i of [0, 8, 123]) {
      const { fileName, text } = policyNotice(i, sentences);
      const result = importDocument(new TextEncoder().encode(text), fileName);
      const docNumber = /^(\S+〔\d{4}〕\d+号)$/mu.exec(text)![1];
      expect(result.data.docNumber).toBe(docNumber);
      expect(result.data.issuer).toBe(text.split('\n')[0]!.replace(/文件$/u, ''));
      const date = /^(\d{4})年(\d+)月(\d+)日$/mu.exec(text)!;
      expect(result.data.issuedDate).toBe(`${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`);
      expect(checkConservation(text, serializeDocument(result)).ok).toBe(true);
    }
  });

  it('gives every notice its own title and slug', () => {
    const titles = new Set(Array.from({ length: 200 }, (_, i) => policyNotice(i, sentences).text.split('\n')[3]));
    expect(titles.size).toBe(200);
  });

  it('generates events the event schema accepts', () => {
    for (const i of [0, 1, 77]) {
      const parsed = eventSchema.safeParse(frontMatter(eventMarkdown(i, sentences).text));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it('generates articles with a cover, alt text and existing topics', () => {
    const data = frontMatter(
      articleMarkdown(5, sentences, { topics: ['jiankang', 'yingji'], cover: '../../assets/articles/x.png' }).text,
    );
    expect(data.cover).toBe('../../assets/articles/x.png');
    expect(String(data.coverAlt).length).toBeGreaterThan(0);
    expect((data.topics as string[]).every((t) => ['jiankang', 'yingji'].includes(t))).toBe(true);
  });
});

describe('marginalMs', () => {
  const run = (seconds: number, pages: number) => ({
    ok: true,
    seconds,
    pages,
    msPerPage: null,
    peakTreeRssMb: null,
    maxProcessRssMb: null,
  });
  it('is the time per added page between two builds', () => {
    expect(marginalMs(run(10, 100), run(30, 1100))).toBe(20);
  });
  it('is null when no page was added or a build failed', () => {
    expect(marginalMs(run(10, 100), run(12, 100))).toBeNull();
    expect(marginalMs({ ...run(10, 100), ok: false }, run(30, 1100))).toBeNull();
  });
});
