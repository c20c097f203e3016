/**
 * Synthetic corpus for the build benchmark: N policy notices (plain text, to be run through the
 * project's own importer), N articles and N events. Deterministic for a given N (seeded PRNG), so
 * two runs build the same site. Every generated entry carries `example: true` where the schema has
 * it; none of this content is ever committed to the project.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: tiny deterministic PRNG, enough to vary titles and dates reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function pad(n: number, width = 5): string {
  return String(n).padStart(width, '0');
}

/**
 * Sentences of the seed documents: each seed's hard-wrapped lines joined back together and split
 * at 。 — plain prose only (no tables, tags or list numbers), 20–140 characters long.
 */
export function seedSentences(seedsDir: string): string[] {
  const out: string[] = [];
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedsDir, file), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.includes('\t') && !l.includes('<'))
      .join('');
    for (const raw of text.split('。')) {
      const s = raw.replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/u, '').trim();
      if (
        s.length >= 20 &&
        s.length <= 140 &&
        !/[〔〕]|第[一二三四五六七八九十]+[章条]|^[一二三四五六七八九十]+、/u.test(s)
      )
        out.push(`${s}。`);
    }
  }
  if (out.length < 50) throw new Error(`种子文件中可用的句子太少（${out.length}）：${seedsDir}`);
  return out;
}

const ISSUERS = [
  { name: '益阳市科学技术协会', prefix: '益科协', region: '益阳市' },
  { name: '益阳市赫山区科学技术协会', prefix: '赫科协', region: '赫山区' },
  { name: '益阳市资阳区科学技术协会', prefix: '资科协', region: '资阳区' },
  { name: '南县科学技术协会', prefix: '南科协', region: '南县' },
  { name: '桃江县科学技术协会', prefix: '桃科协', region: '桃江县' },
  { name: '安化县科学技术协会', prefix: '安科协', region: '安化县' },
  { name: '沅江市科学技术协会', prefix: '沅科协', region: '沅江市' },
] as const;

const THEMES = [
  '科普工作要点',
  '全民科学素质行动实施方案',
  '青少年科技教育工作要点',
  '基层科普能力提升方案',
  '科普宣传周活动方案',
  '学会科普工作意见',
];
const SECTION_HEADINGS = [
  '总体要求',
  '重点任务',
  '提升基层科普能力',
  '加强青少年科技教育',
  '推进科普信息化',
  '强化组织保障',
  '营造良好氛围',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

export interface PolicyNotice {
  fileName: string;
  text: string;
}

/** One plain-text notice shaped like the seeds' 印发通知: masthead, 文号, title, addressee, body, date. */
export function policyNotice(i: number, sentences: readonly string[]): PolicyNotice {
  const rand = prng(1000 + i);
  const issuer = ISSUERS[i % ISSUERS.length]!;
  const year = 2000 + (i % 27);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const theme = THEMES[Math.floor(i / ISSUERS.length) % THEMES.length]!;
  // The document number makes every title unique, as real series do (第N批, 第N号).
  const docTitle = `${issuer.region}${year}年${theme}（第${i + 1}号）`;
  const lines = [
    `${issuer.name}文件`,
    // Serials from 901: the importer refuses a 文号 the library already has, and real ones (益科协〔2023〕12号) are small.
    `${issuer.prefix}〔${year}〕${(i % 97) + 901}号`,
    '',
    `${issuer.name}关于印发《${docTitle}》的通知`,
    '',
    '各区县市科协，市级所属学会，机关各部室：',
    '',
    `现将《${docTitle}》印发给你们，请结合实际认真贯彻落实。`,
    '',
    issuer.name,
    '',
    `${year}年${month}月${day}日`,
    '',
    docTitle,
    '',
    `${year}年，${pick(rand, sentences)}`,
    '',
  ];
  const sections = 3 + Math.floor(rand() * 3);
  let item = 1;
  for (let s = 0; s < sections; s++) {
    lines.push(`${NUMERALS[s]}、${SECTION_HEADINGS[(s + i) % SECTION_HEADINGS.length]}`, '');
    const items = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < items; k++) {
      const para = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, sentences)).join('');
      lines.push(`${item++}.${para}`, '');
    }
  }
  lines.push(`${issuer.name}办公室 ${year}年${month}月${day}日印发`, '');
  return { fileName: `bench-policy-${pad(i)}.txt`, text: lines.join('\n') };
}

export interface ArticleContext {
  /** Topic slugs present in the project. */
  topics: readonly string[];
  /** Cover path relative to src/content/articles/, e.g. ../../assets/articles/x.png. */
  cover: string;
}

/** One article with complete, valid front matter; the body is 4–8 paragraphs of seed prose under headings. */
export function articleMarkdown(
  i: number,
  sentences: readonly string[],
  ctx: ArticleContext,
): { fileName: string; text: string } {
  const rand = prng(5000 + i);
  const t1 = pick(rand, ctx.topics);
  const t2 = pick(rand, ctx.topics);
  const topics = t1 === t2 ? [t1] : [t1, t2];
  const year = 2015 + (i % 12);
  const date = `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
  const lead = pick(rand, sentences);
  const tags = Array.from(
    new Set([
      pick(rand, ['科普', '科学素质', '青少年', '健康', '安全', '农业', '双碳', '反诈']),
      pick(rand, ['社区', '学校', '乡村', '老年人', '科技馆']),
    ]),
  );
  const body: string[] = [];
  const paras = 4 + Math.floor(rand() * 5);
  for (let p = 0; p < paras; p++) {
    if (p % 2 === 0) body.push(`## ${pick(rand, SECTION_HEADINGS)}（${p / 2 + 1}）`, '');
    body.push(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, sentences)).join(''), '');
  }
  const text = [
    '---',
    `title: ${JSON.stringify(`基准测试文章第${i + 1}篇：${lead.slice(0, 18)}`)}`,
    `summary: ${JSON.stringify(lead.length >= 10 ? lead.slice(0, 120) : `${lead}（基准测试用的示例摘要）`)}`,
    `topics: [${topics.join(', ')}]`,
    `publishedAt: ${date}`,
    'author: 基准测试',
    'source: 基准测试语料',
    `cover: ${ctx.cover}`,
    'coverAlt: 基准测试复用的封面插图',
    `tags: [${tags.join(', ')}]`,
    'example: true',
    '---',
    '',
    ...body,
  ].join('\n');
  return { fileName: `bench-article-${pad(i)}.md`, text };
}

const EVENT_KINDS = ['全国科普日', '科技活动周', '青少年科技创新大赛', '流动科技馆巡展', '科普讲座', '其他'];
const EVENT_AUDIENCES = ['小学', '初中', '高中', '教师', '公众', '老年人'];
const VENUES = ['益阳市科学技术馆', '益阳市图书馆', '赫山区青少年活动中心', '桃江县文化馆', '安化县科技馆'];

/** One event (day precision) with valid front matter; dates spread over 2015–2027. */
export function eventMarkdown(i: number, sentences: readonly string[]): { fileName: string; text: string } {
  const rand = prng(9000 + i);
  const year = 2015 + (i % 13);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 20);
  const start = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  const end = `${year}-${pad(month, 2)}-${pad(day + Math.floor(rand() * 5), 2)}`;
  const kind = pick(rand, EVENT_KINDS);
  const a1 = pick(rand, EVENT_AUDIENCES);
  const a2 = pick(rand, EVENT_AUDIENCES);
  const audience = a1 === a2 ? [a1] : [a1, a2];
  const text = [
    '---',
    `title: 基准测试活动第${i + 1}场（${kind}）`,
    `kind: ${kind}`,
    'datePrecision: day',
    `start: '${start}'`,
    `end: '${end}'`,
    'dateNote: 示例：基准测试生成的活动，不是真实通知。',
    'location:',
    `  name: ${pick(rand, VENUES)}`,
    'organizer: 益阳市科学技术协会',
    `audience: [${audience.join(', ')}]`,
    `updated: ${start}`,
    'example: true',
    '---',
    '',
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, sentences)).join(''),
    '',
  ].join('\n');
  return { fileName: `bench-event-${pad(i)}.md`, text };
}
