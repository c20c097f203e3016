/**
 * `npm run build:incremental` after an edit gives the same dist/ as a clean build of the edited
 * project, byte for byte, while copying unchanged pages from its cache instead of rendering them.
 * Runs on a scratch copy of the project with a few generated articles of its own (tests/fixtures
 * would only duplicate scripts/bench/corpus.ts), so it holds for whatever src/content holds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleMarkdown, eventMarkdown, seedSentences } from '../../../scripts/bench/corpus.ts';
import { copyProject } from '../../../scripts/bench/project.ts';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kepu-incremental-'));
const site = join(work, 'site');

function run(args: string[]): string {
  const r = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  // Astro may colour its log even when asked not to: the checks below read plain text.
  const out = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/gu, '');
  if (r.status !== 0) throw new Error(`npm run ${args.join(' ')} failed:\n${out.split('\n').slice(-30).join('\n')}`);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it(
    'after editing an article and an event equals a clean build, rendering those again and copying the others',
    () => {
      copyProject(root, site);
      const sentences = seedSentences(join(site, 'seeds'));
      const topics = readdirSync(join(site, 'src/content/topics'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.replace(/\.md$/, ''))
        .sort();
      const coverFile = readdirSync(join(site, 'src/assets/articles'))
        .filter((f) => /\.(png|jpe?g|webp)$/.test(f))
        .sort()[0]!;
      const ctx = { topics: topics.slice(0, 1), cover: `../../assets/articles/${coverFile}` };
      // Same topic for all, so they are each other's related articles: a title edit reaches the others' pages.
      const articles = [0, 1, 2, 3].map((i) => articleMarkdown(i, sentences, ctx));
      for (const a of articles) writeFileSync(join(site, 'src/content/articles', a.fileName), a.text);
      // An event of its own too: its page and its 添加到日历 file are keyed by the entry alone.
      const event = eventMarkdown(0, sentences);
      writeFileSync(join(site, 'src/content/events', event.fileName), event.text);

      // Both incremental builds write to the same folder, as the editor's loop does (build into
      // dist-next/, then swap): Astro's page hashes include module paths under the output folder.
      run(['build:incremental', '--', '--out-dir', 'dist-incremental']);

      const edited = articles[0]!;
      const slug = edited.fileName.replace(/\.md$/, '');
      const text = edited.text
        .replace(/^title: "(.*)"$/mu, 'title: "$1（修订）"')
        .replace(/\n$/u, '\n\n修订时补充的一段说明：本段只为检验增量构建。\n');
      expect(text).not.toBe(edited.text);
      writeFileSync(join(site, 'src/content/articles', edited.fileName), text);
      const eventSlug = event.fileName.replace(/\.md$/, '');
      const eventText = event.text.replace(/^title: (.*)$/mu, 'title: $1（改期）');
      expect(eventText).not.toBe(event.text);
      writeFileSync(join(site, 'src/content/events', event.fileName), eventText);

      const log = run(['build:incremental', '--', '--out-dir', 'dist-incremental']);
      const rendered = log.split('\n').filter((l) => /[├└]─ \/\S+\.html/u.test(l));
      const restored = rendered.filter((l) => /\(restored\)/u.test(l));
      expect(rendered.some((l) => l.includes(`/articles/${slug}/index.html`))).toBe(true);
      expect(restored.some((l) => l.includes(`/articles/${slug}/`))).toBe(false);
      expect(restored.length).toBeGreaterThan(0);
      const calendarFile = log.split('\n').filter((l) => l.includes(`/events/${eventSlug}/event.ics`));
      expect(calendarFile.length).toBeGreaterThan(0);
      expect(calendarFile.every((l) => !l.includes('(restored)'))).toBe(true);

      // A clean build: no content store, no incremental cache, plain `npm run build`.
      rmSync(join(site, 'node_modules/.astro/data-store.json'), { force: true });
      rmSync(join(site, 'node_modules/.astro/incremental-build.json'), { force: true });
      rmSync(join(site, 'dist'), { recursive: true, force: true });
      run(['build']);

      const clean = join(site, 'dist');
      const incremental = join(site, 'dist-incremental');
      expect(files(incremental)).toEqual(files(clean));
      const differing = files(clean).filter(
        (f) => !readFileSync(join(clean, f)).equals(readFileSync(join(incremental, f))),
      );
      expect(differing).toEqual([]);
      expect(readFileSync(join(incremental, 'articles', slug, 'index.html'), 'utf8')).toContain('（修订）');
      expect(readFileSync(join(incremental, 'events', eventSlug, 'index.html'), 'utf8')).toContain('（改期）');
    },
    30 * 60_000,
  );
});
