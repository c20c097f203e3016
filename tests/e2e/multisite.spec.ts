/**
 * Beyond one city: two builds of this portal under two site identities, each with its own search
 * bundle, searched together from one provincial page with Pagefind's mergeIndex
 * (tests/fixtures/multisite/province.html, described in docs/multisite.md). Each city is a scratch
 * copy of the project built with `npm run build`: city A with the project's site.json, city B with
 * another; both get one article they share and one article of their own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleMarkdown, seedSentences } from '../../scripts/bench/corpus.ts';
import { copyProject } from '../../scripts/bench/project.ts';
import { createStaticServer } from '../../scripts/serve/staticServer.mjs';
import { copyFixtureImageCache, useFixtureContent } from '../support/tempProject';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kepu-multisite-'));
const ONLY_IN_A = '资江湿地候鸟观察日';
const ONLY_IN_B = '沅澧萤火虫夜观课堂';
const IN_BOTH = '洞庭湖区防汛避险知识';
const CITY_B = {
  name: '科普示例乙市',
  shortName: '科普乙市',
  organization: '示例乙市科学技术协会',
  organizationShort: '乙市科协',
  docNumberPrefix: '乙科协',
  editorialTeam: '科普乙市编辑部',
  region: '湖南省示例乙市',
  regionCode: '439900',
  baseUrl: 'https://kepu.city-b.example.cn',
  description: '示例乙市科协的科普门户（多站点检索的测试站点）。',
};
/** City A's identity: the project's own site.json. */
const SITE_A = JSON.parse(readFileSync(join(root, 'src/config/site.json'), 'utf8')) as {
  name: string;
  docNumberPrefix: string;
  editorialTeam: string;
};
let server: Server;
let origin = '';

/** A copy of the project under another site identity (`site` overrides site.json fields), with the given articles, built. */
function buildCity(dir: string, site: Record<string, unknown>, articles: Record<string, string>): void {
  copyProject(root, dir);
  // The tests' own content, and the image cache of the fixture build test:e2e just made.
  useFixtureContent(dir);
  copyFixtureImageCache(dir);
  const own = JSON.parse(readFileSync(join(root, 'src/config/site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'src/config/site.json'), `${JSON.stringify({ ...own, ...site }, null, 2)}\n`);
  const topics = readdirSync(join(dir, 'src/content/topics'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/u, ''))
    .sort();
  const cover = readdirSync(join(dir, 'src/assets/articles'))
    .filter((f) => /\.(png|jpe?g|webp)$/u.test(f))
    .sort()[0]!;
  const sentences = seedSentences(join(dir, 'seeds'));
  Object.entries(articles).forEach(([slug, phrase], i) => {
    const article = articleMarkdown(i, sentences, { topics, cover: `../../assets/articles/${cover}` });
    writeFileSync(
      join(dir, 'src/content/articles', `${slug}.md`),
      article.text
        .replace(/^title: .*$/mu, `title: "${phrase}"`)
        .replace(/\n$/u, `\n\n${phrase}：本段为多站点检索测试所写。\n`),
    );
  });
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0)
    throw new Error(`build of ${dir} failed:\n${`${build.stdout}\n${build.stderr}`.split('\n').slice(-30).join('\n')}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(30 * 60_000);
  const cityA = join(work, 'city-a');
  const cityB = join(work, 'city-b');
  buildCity(cityA, {}, { 'multisite-shared': IN_BOTH, 'multisite-only-a': ONLY_IN_A });
  buildCity(cityB, CITY_B, { 'multisite-shared': IN_BOTH, 'multisite-only-b': ONLY_IN_B });
  const siteA = JSON.parse(readFileSync(join(root, 'src/config/site.json'), 'utf8')) as { name: string };

  const a = createStaticServer({ root: join(cityA, 'dist') });
  const b = createStaticServer({ root: join(cityB, 'dist') });
  const province = readFileSync(join(root, 'tests/fixtures/multisite/province.html'));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [prefix, city] of [
      ['/a/', a],
      ['/b/', b],
    ] as const) {
      if (url.startsWith(prefix)) {
        req.url = url.slice(prefix.length - 1);
        city.emit('request', req, res);
        return;
      }
    }
    if (url === '/province/cities.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(
        JSON.stringify([
          { name: siteA.name, bundle: '/a/pagefind/', site: '/a/' },
          { name: CITY_B.name, bundle: '/b/pagefind/', site: '/b/' },
        ]),
      );
      return;
    }
    if (url === '/province/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(province);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  rmSync(work, { recursive: true, force: true });
});

async function search(page: import('@playwright/test').Page, q: string) {
  await page.goto(`${origin}/province/`);
  await expect(page.locator('[data-status]')).toHaveText('已载入 2 个城市的索引。');
  await page.getByLabel('搜索各市的政策文件、科普文章和活动').fill(q);
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('[data-status]')).toContainText('找到');
}

for (const [phrase, prefix, city] of [
  [ONLY_IN_A, '/a/', 'A'],
  [ONLY_IN_B, '/b/', 'B'],
] as const) {
  test(`a document only city ${city} publishes is found from the provincial page, linked into city ${city}`, async ({
    page,
  }) => {
    await search(page, phrase);
    const hits = page.locator('[data-results] a', { hasText: phrase });
    await expect(hits.first()).toBeVisible();
    const hrefs = await hits.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(hrefs).toEqual([`${prefix}articles/multisite-only-${city.toLowerCase()}/`]);
    const name =
      city === 'A'
        ? (JSON.parse(readFileSync(join(root, 'src/config/site.json'), 'utf8')) as { name: string }).name
        : CITY_B.name;
    await expect(page.locator('[data-results] li', { hasText: phrase })).toContainText(`（${name}）`);
  });
}

test('a document both cities publish comes back from each city, each linked into its own site', async ({ page }) => {
  await search(page, IN_BOTH);
  const hrefs = await page
    .locator('[data-results] a', { hasText: IN_BOTH })
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(hrefs.sort()).toEqual(['/a/articles/multisite-shared/', '/b/articles/multisite-shared/']);
});

test('each city shows its own example 文号 on its home and search pages, and its own 编辑部 in its CMS', async ({
  page,
  request,
}) => {
  for (const [prefix, own, other] of [
    ['/a/', SITE_A, CITY_B],
    ['/b/', CITY_B, SITE_A],
  ] as const) {
    await page.goto(`${origin}${prefix}`);
    const home = page.getByLabel('搜索政策文件、文号、科普文章和活动');
    await expect(home).toHaveAttribute('placeholder', new RegExp(`${own.docNumberPrefix}〔2023〕12号`, 'u'));
    expect(await home.getAttribute('placeholder')).not.toContain(other.docNumberPrefix);
    await page.goto(`${origin}${prefix}search/`);
    await expect(page.getByLabel('检索词')).toHaveAttribute(
      'placeholder',
      new RegExp(`${own.docNumberPrefix}〔2023〕12号`, 'u'),
    );
    await expect(page.locator('#search-hint')).toContainText(`${own.docNumberPrefix}2023年12号`);
    await expect(page.locator('#search-hint')).not.toContainText(other.docNumberPrefix);
    // esbuild writes non-ASCII text in the bundle as \uXXXX escapes.
    const cms = await (await request.get(`${origin}${prefix}admin/cms.js`)).text();
    const inBundle = (text: string) =>
      cms.includes(text) ||
      cms.includes(
        [...text]
          .map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c))
          .join(''),
      );
    expect(inBundle(own.editorialTeam)).toBe(true);
    expect(inBundle(other.editorialTeam)).toBe(false);
  }
});
