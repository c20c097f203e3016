/**
 * Synthetic policy pages for the search-scale benchmark (`npm run bench:search-scale`): built HTML in
 * the shape of /policies/<slug>/ — the hidden search-meta block, title, metadata table, table of
 * contents, then the body with one heading per part (一、…) and one per clause (1.…), each with its
 * id and ¶ link — so the project's indexer makes one search record per clause, as it does for a real
 * 实施方案. The page chrome (head, header, footer) comes from a real built policy page, whose article
 * is replaced. Clause text is the seeds' own sentences; everything is deterministic for a given index.
 */
import { prng } from './corpus.ts';

const ISSUERS = [
  { name: '示例市科学技术协会', prefix: '示例科协', region: '示例市' },
  { name: '示例市东湖区科学技术协会', prefix: '示东科协', region: '东湖区' },
  { name: '示例市西山区科学技术协会', prefix: '示西科协', region: '西山区' },
  { name: '示例县科学技术协会', prefix: '示县科协', region: '示例县' },
  { name: '南岭县科学技术协会', prefix: '南岭科协', region: '南岭县' },
  { name: '北湖市科学技术协会', prefix: '北湖科协', region: '北湖市' },
  { name: '示例市教育局', prefix: '示教发', region: '示例市' },
] as const;
const FIRST_YEAR = 2000;
const YEARS = 26;

const THEMES = [
  { title: '全民科学素质行动实施方案', kind: '实施方案' },
  { title: '科普工作要点', kind: '工作要点' },
  { title: '青少年科技教育实施意见', kind: '实施意见' },
  { title: '基层科普能力提升行动方案', kind: '行动方案' },
  { title: '科普基础设施建设规划', kind: '规划' },
];
const PART_HEADINGS = [
  '总体要求',
  '重点任务',
  '提升基层科普能力',
  '加强青少年科技教育',
  '推进科普信息化',
  '加强科普人才队伍建设',
  '完善科普基础设施',
  '强化组织保障',
  '营造良好氛围',
];
const VERBS = ['加强', '推进', '深化', '完善', '实施', '健全', '拓展', '提升'];
const OBJECTS = [
  '科普阵地建设',
  '青少年科技教育',
  '科普人才队伍建设',
  '基层科普服务',
  '科普信息化',
  '科学家精神宣传',
  '应急科普',
  '社区科普',
  '学会科普',
  '农村科普',
  '科普场馆运行管理',
  '科技志愿服务',
];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as part headings are numbered (一、 十二、). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/**
 * The 文号 of document `i` (示例科协〔2019〕7号): issuer, year and serial vary, and no two documents
 * share one (i ↦ issuer, year, serial is one-to-one).
 */
export function clauseDocNumber(i: number): string {
  const issuer = ISSUERS[i % ISSUERS.length]!;
  const year = FIRST_YEAR + (Math.floor(i / ISSUERS.length) % YEARS);
  const serial = Math.floor(i / (ISSUERS.length * YEARS)) + 1;
  return `${issuer.prefix}〔${year}〕${serial}号`;
}

export interface Clause {
  /** Element id of the clause heading, e.g. s2-7 (parts and clauses numbered as the real pages are). */
  id: string;
  heading: string;
  text: string;
}

export interface ClausePart {
  id: string;
  heading: string;
  clauses: Clause[];
}

export interface ClauseDocument {
  slug: string;
  /** Root-relative URL of the page. */
  url: string;
  /** The notice's title: X关于印发《Y》的通知. */
  title: string;
  /** The document's own title (Y). */
  docTitle: string;
  docNumber: string;
  issuer: string;
  year: number;
  /** yyyy-mm-dd */
  date: string;
  kind: string;
  lead: string;
  parts: ClausePart[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Document `i` with `clauses` clauses in parts of 5–10, clause text from `sentences`. */
export function clauseDocument(i: number, clauses: number, sentences: readonly string[]): ClauseDocument {
  const rand = prng(20_000 + i);
  const pick = () => sentences[Math.floor(rand() * sentences.length)]!;
  const issuer = ISSUERS[i % ISSUERS.length]!;
  const year = FIRST_YEAR + (Math.floor(i / ISSUERS.length) % YEARS);
  const theme = THEMES[Math.floor(i / ISSUERS.length) % THEMES.length]!;
  const date = `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
  const docTitle = `${issuer.region}${year}年${theme.title}（第${i + 1}号）`;
  const parts: ClausePart[] = [];
  let n = 0;
  while (n < clauses) {
    const size = Math.min(clauses - n, 5 + Math.floor(rand() * 6));
    const p = parts.length + 1;
    const part: ClausePart = {
      id: `s${p}`,
      heading: `${chineseNumeral(Math.min(p, 99))}、${PART_HEADINGS[(p - 1 + i) % PART_HEADINGS.length]}`,
      clauses: [],
    };
    for (let k = 0; k < size; k++) {
      n++;
      const verb = VERBS[Math.floor(rand() * VERBS.length)]!;
      const object = OBJECTS[Math.floor(rand() * OBJECTS.length)]!;
      part.clauses.push({
        id: `s${p}-${n}`,
        heading: `${n}.${verb}${object}。`,
        text: Array.from({ length: 1 + Math.floor(rand() * 3) }, pick).join(''),
      });
    }
    parts.push(part);
  }
  const slug = `bench-clauses-${pad(i, 5)}`;
  return {
    slug,
    url: `/policies/${slug}/`,
    title: `${issuer.name}关于印发《${docTitle}》的通知`,
    docTitle,
    docNumber: clauseDocNumber(i),
    issuer: issuer.name,
    year,
    date,
    kind: theme.kind,
    lead: `${year}年，${pick()}`,
    parts,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const clauseLink = (id: string) =>
  ` <a class="clause-link" href="#${id}" aria-label="本条链接" title="复制本条链接" data-pagefind-ignore>¶</a>`;

/** The page's `<article data-pagefind-body>`, shaped as src/pages/policies/[slug] renders it. */
export function clauseArticleHtml(doc: ClauseDocument): string {
  const t = esc(doc.title);
  const time = `<time datetime="${doc.date}">${chineseDate(doc.date)}</time>`;
  const meta = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const toc = doc.parts
    .map(
      (p) =>
        `<li><a href="#${p.id}">${esc(p.heading)}</a><ol>${p.clauses
          .map((c) => `<li><a href="#${c.id}">${esc(c.heading)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('\n');
  const body = doc.parts
    .map((p) =>
      [
        `<h3 id="${p.id}" class="clause-heading">${esc(p.heading)}${clauseLink(p.id)}</h3>`,
        ...p.clauses.map(
          (c) =>
            `<h4 id="${c.id}" class="clause-heading">${esc(c.heading)}${clauseLink(c.id)}</h4>\n<p>${esc(c.text)}</p>`,
        ),
      ].join('\n'),
    )
    .join('\n');
  return `<article class="policy" data-pagefind-body>
<div hidden class="search-meta"><span data-pagefind-filter="类型">政策文件</span><span data-pagefind-filter="发文机关">${esc(doc.issuer)}</span><span data-pagefind-filter="年份">${doc.year}</span><span data-pagefind-filter="状态">正式文件</span><span data-pagefind-meta="title">${t}</span><span data-pagefind-meta="文号">${esc(doc.docNumber)}</span><span data-pagefind-meta="机关">${esc(doc.issuer)}</span><span data-pagefind-meta="date">${doc.date}</span><span data-pagefind-sort="date">${doc.date}</span><span data-pagefind-meta="类型">政策文件</span></div>
<header class="policy-header"><p class="policy-masthead">${esc(doc.issuer)}文件</p><h1>${t}</h1></header>
<dl class="policy-meta">${meta('发文机关', esc(doc.issuer))}${meta('发文字号', `<span class="doc-number">${esc(doc.docNumber)}</span>`)}${meta('成文日期', time)}${meta('类型', doc.kind)}${meta('状态', '正式文件')}</dl>
<p class="policy-actions" data-pagefind-ignore><a href="${doc.url}source.txt" type="text/plain">查看原文纯文本</a></p>
<nav class="policy-toc" aria-labelledby="policy-toc-title" data-pagefind-ignore><details open><summary><h2 id="policy-toc-title">目录</h2></summary><ol><li><a href="#document">${esc(doc.docTitle)}</a><ol>
${toc}
</ol></li></ol></details></nav>
<div class="policy-body"><div class="prose">
<div class="doc-part doc-part-notice" data-part="notice"><p class="doc-addressee">各区县市科协，市级所属学会，机关各部室：</p><p>现将《${esc(doc.docTitle)}》印发给你们，请结合实际认真贯彻落实。</p><p class="doc-signature">${esc(doc.issuer)}</p><p class="doc-date">${time}</p></div>
<h2 id="document" class="clause-heading">${esc(doc.docTitle)}${clauseLink('document')}</h2>
<p>${esc(doc.lead)}</p>
${body}
<div class="doc-part doc-part-imprint" data-part="imprint"><p class="doc-imprint">${esc(doc.issuer)}办公室 ${chineseDate(doc.date)}印发</p></div>
</div></div>
</article>`;
}

/** A built page cut around its `<article … data-pagefind-body>`, to wrap generated articles in. */
export interface PageShell {
  /** The text before and after the article, split wherever the template's title and URL appeared. */
  before: string[];
  after: string[];
  /** Which of title / URL each split point stood for, in order. */
  slots: ('title' | 'url')[][];
}

/**
 * Cut `html` (a built policy page whose title is `title` and URL `url`) around its searchable
 * article; fails when the page has no such article or another searchable element beside it.
 */
export function pageShell(html: string, title: string, url: string): PageShell {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body\b/);
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) throw new Error('模板页面没有 <article data-pagefind-body>');
  const outside = [html.slice(0, start), html.slice(end + '</article>'.length)];
  if (outside.some((part) => part.includes('data-pagefind-body')))
    throw new Error('模板页面在正文以外还有 data-pagefind-body');
  const split = (part: string) => {
    const pieces: string[] = [];
    const slots: ('title' | 'url')[] = [];
    const marks = [
      { text: esc(title), slot: 'title' as const },
      { text: url, slot: 'url' as const },
    ];
    let rest = part;
    for (;;) {
      const next = marks
        .map((m) => ({ ...m, at: rest.indexOf(m.text) }))
        .filter((m) => m.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      pieces.push(rest.slice(0, next.at));
      slots.push(next.slot);
      rest = rest.slice(next.at + next.text.length);
    }
    pieces.push(rest);
    return { pieces, slots };
  };
  const before = split(outside[0]!);
  const after = split(outside[1]!);
  return { before: before.pieces, after: after.pieces, slots: [before.slots, after.slots] };
}

/** The whole page of `doc`: the shell's chrome with this document's title and URL, and its article. */
export function clausePageHtml(doc: ClauseDocument, shell: PageShell): string {
  const fill = (pieces: string[], slots: ('title' | 'url')[]) =>
    pieces.map((p, k) => (k < slots.length ? p + (slots[k] === 'title' ? esc(doc.title) : doc.url) : p)).join('');
  return fill(shell.before, shell.slots[0]!) + clauseArticleHtml(doc) + fill(shell.after, shell.slots[1]!);
}
