// A temporary copy of the project whose content is the tests' fixture content set: for e2e tests
// that run the local server (and the CMS writing into src/content/) on a checkout of their own.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_ASSETS_DIR, FIXTURE_CONTENT_DIR, FIXTURE_DIST, FIXTURE_SEEDS_DIR } from '../fixtures/site';

/**
 * Copies the working tree (tracked and new files, not ignored ones), then puts the fixture content,
 * its assets and its source documents where the site's own are, and the built fixture site in dist/.
 * The copy is a git repository with all of that committed on `main`: the local CMS records every
 * change as a commit and works in a worktree of it. `settings` are merged into its site settings.
 */
export function copyProjectWithFixtures(prefix: string, settings: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (file === 'node_modules' || !existsSync(file)) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  useFixtureContent(dir);
  if (Object.keys(settings).length) {
    const site = join(dir, 'src/config/site.json');
    writeFileSync(site, `${JSON.stringify({ ...JSON.parse(readFileSync(site, 'utf8')), ...settings }, null, 2)}\n`);
  }
  commitEverything(dir);
  cpSync(FIXTURE_DIST, join(dir, 'dist'), { recursive: true });
  // node_modules as a folder of links to the real packages, so Astro's caches (node_modules/.astro*)
  // are the copy's own: specs building their copies at the same time share no content store. The
  // fixture build's processed images are copied in, so a rebuild does not redo them.
  const modules = realpathSync('node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!entry.startsWith('.astro')) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  copyFixtureImageCache(dir);
  return dir;
}

/** Makes `dir` a git repository on `main` with every file not ignored in one commit. */
export function commitEverything(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('-c', 'user.name=测试', '-c', 'user.email=test@localhost', 'commit', '--quiet', '--no-verify', '-m', '测试项目');
}

/** Replaces a project copy's content, content images and source documents by the tests' fixtures. */
export function useFixtureContent(dir: string): void {
  rmSync(join(dir, 'src/content'), { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT_DIR, join(dir, 'src/content'), { recursive: true });
  for (const sub of readdirSync(FIXTURE_ASSETS_DIR)) {
    rmSync(join(dir, 'src/assets', sub), { recursive: true, force: true });
    cpSync(join(FIXTURE_ASSETS_DIR, sub), join(dir, 'src/assets', sub), { recursive: true });
  }
  cpSync(FIXTURE_SEEDS_DIR, join(dir, 'seeds'), { recursive: true });
}

/** The fixture build's processed images, so a copy's build does not redo them (keyed by content). */
export function copyFixtureImageCache(dir: string): void {
  const images = join(realpathSync('node_modules'), '.astro-fixture/assets');
  if (existsSync(images)) cpSync(images, join(dir, 'node_modules/.astro/assets'), { recursive: true });
}
