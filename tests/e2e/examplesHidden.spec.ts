// SITE_EXAMPLES=hide, the production setting: the fixture site is built without its 示例 content
// and every file of the output (pages, feeds, calendars, sitemap, search records) is scanned for
// any example article, event or 解读, by URL and by title. Then a person browses it.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { createStaticServer } from '../../scripts/serve/staticServer.mjs';
import { FIXTURE_CONTENT_DIR, FIXTURE_SEEDS_DIR, fixtureContent } from '../fixtures/site';

test.describe.configure({ mode: 'serial' });

interface Item {
  url: string;
  title: string;
  example: boolean;
}

/** Every article, event and 解读 of the fixture content, with its URL and title. */
function items(): Item[] {
  const out: Item[] = [];
  for (const [collection, section] of [
    ['articles', 'articles'],
    ['events', 'events'],
    ['interpretations', 'interpretations'],
  ] as const) {
    for (const file of readdirSync(fixtureContent(collection)).filter((f) => /\.mdx?$/.test(f))) {
      const data = parse(readFileSync(fixtureContent(collection, file), 'utf8').split(/^---$/m)[1]!) as {
        title: string;
        example?: boolean;
      };
      out.push({
        url: `/${section}/${file.replace(/\.mdx?$/, '')}/`,
        title: data.title,
        example: data.example === true,
      });
    }
  }
  return out;
}

/** The text of every file a visitor or a feed reader can fetch; Pagefind's records are gzipped. */
function readableFiles(dir: string): [string, string][] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const out: [string, string][] = [];
  for (const d of files) {
    const path = join(d.parentPath, d.name);
    const name = path.slice(dir.length);
    // iCalendar folds long lines (RFC 5545 §3.1): unfold before searching.
    if (/\.(html|xml|json|ics|txt|csv)$/.test(d.name))
      out.push([name, readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '')]);
    else if (/\.pf_(fragment|meta|index)$/.test(d.name))
      out.push([name, gunzipSync(readFileSync(path)).toString('utf8')]);
    // Emitted images are named after their source file: an example's cover would give it away.
    out.push([`${name} (file name)`, name]);
  }
  return out;
}

let out: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(400_000);
  out = mkdtempSync(join(tmpdir(), 'kepu-noexamples-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    KEPU_CONTENT_DIR: FIXTURE_CONTENT_DIR,
    KEPU_SEEDS_DIR: FIXTURE_SEEDS_DIR,
    SITE_EXAMPLES: 'hide',
  };
  execFileSync('npx', ['astro', 'build', '--outDir', out], { env, stdio: 'pipe', timeout: 380_000 });
  execFileSync(process.execPath, ['scripts/build/indexSearch.ts', '--dist', out], { env, stdio: 'pipe' });
  server = createStaticServer({ root: out }) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (out) rmSync(out, { recursive: true, force: true });
});

test('no page, feed, calendar, sitemap entry or search record names or links an example', () => {
  const all = items();
  const examples = all.filter((i) => i.example);
  expect(examples.length, 'the fixtures hold examples to hide').toBeGreaterThan(0);
  const found: string[] = [];
  const files = readableFiles(out);
  for (const [name, text] of files) {
    for (const e of examples) {
      const slug = e.url.split('/')[2]!;
      if (
        text.includes(e.url) ||
        text.includes(e.title) ||
        (name.endsWith('(file name)') && text.includes(`/${slug}.`))
      )
        found.push(`${name}: ${e.url} ${e.title}`);
    }
  }
  expect(found).toEqual([]);
  // The real entries are still published, in pages and in the feeds.
  const real = all.filter((i) => !i.example);
  expect(real.length).toBeGreaterThan(0);
  for (const r of real)
    expect(
      files.some(([name]) => name === `${r.url}index.html`),
      r.url,
    ).toBe(true);
  const calendar = files.find(([name]) => name === '/events.ics')![1];
  for (const r of real.filter((i) => i.url.startsWith('/events/'))) expect(calendar, r.url).toContain(r.url);
});

test('a visitor finds the real events and no 示例 badge on the home page or the calendar', async ({ page }) => {
  const example = items().find((i) => i.example && i.url.startsWith('/events/'))!;
  for (const path of ['/', '/events/']) {
    await page.goto(`${origin}${path}`);
    await expect(page.locator('.badge-example')).toHaveCount(0);
    await expect(page.locator(`a[href="${example.url}"]`)).toHaveCount(0);
  }
  const response = await page.goto(`${origin}${example.url}`);
  expect(response?.status()).toBe(404);
});
