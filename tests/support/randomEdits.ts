/**
 * Seeded random edits of a project's content, as an editor makes them: a field of any collection,
 * a site page (关于我们 …), site.json, a topic, a deletion, a renamed slug, a new article, a new
 * image. Every edit leaves the content valid (nothing another entry refers to is deleted or
 * renamed), so the build must succeed and only its output may change. The same seed gives the same
 * edits on the same content.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface EditContext {
  /** The project's root. */
  root: string;
  random: () => number;
  /** A number unique to this edit, for new titles, slugs and file names. */
  n: number;
}

interface Edit {
  kind: string;
  /** Changes what every page's header or footer shows. */
  siteWide?: true;
  apply(ctx: EditContext): Promise<string | null> | string | null;
}

const content = (root: string, collection: string) => join(root, 'src/content', collection);

function entries(root: string, collection: string): string[] {
  const dir = content(root, collection);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
}

function pick<T>(random: () => number, items: readonly T[]): T | null {
  return items.length === 0 ? null : items[Math.floor(random() * items.length)]!;
}

/** Sets a top-level front-matter field, written as a double-quoted YAML string. */
function setField(text: string, key: string, value: (old: string) => string): string {
  const end = text.indexOf('\n---', 4);
  const front = text.slice(0, end);
  const line = new RegExp(`^${key}: (.*)$`, 'mu');
  const m = line.exec(front);
  if (!m) throw new Error(`no ${key}: in front matter`);
  const raw = m[1]!.trim();
  const old = /^["']/u.test(raw) ? raw.slice(1, -1) : raw;
  return front.replace(line, `${key}: ${JSON.stringify(value(old))}`) + text.slice(end);
}

function editField(root: string, collection: string, key: string, ctx: EditContext, suffix: string): string | null {
  const file = pick(ctx.random, entries(root, collection));
  if (!file) return null;
  const path = join(content(root, collection), file);
  writeFileSync(
    path,
    setField(readFileSync(path, 'utf8'), key, (old) => `${old}${suffix}`),
  );
  return `${collection}/${file}: ${key} += ${suffix}`;
}

/** Slugs other entries name (policies by articles, events and interpretations): never deleted or renamed. */
function referenced(root: string): Set<string> {
  const names = new Set<string>();
  for (const collection of ['articles', 'events', 'interpretations']) {
    for (const file of entries(root, collection)) {
      const text = readFileSync(join(content(root, collection), file), 'utf8');
      for (const m of text.matchAll(/(?:document|policy): ([a-z0-9-]+)/gu)) names.add(m[1]!);
    }
  }
  return names;
}

const EDITS: Edit[] = [
  { kind: 'article title', apply: (c) => editField(c.root, 'articles', 'title', c, `（修订${c.n}）`) },
  {
    kind: 'article body',
    apply: (c) => {
      const file = pick(c.random, entries(c.root, 'articles'));
      if (!file) return null;
      const path = join(content(c.root, 'articles'), file);
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8').trimEnd()}\n\n修订${c.n}时补充的一段说明：洗手、通风和按时作息。\n`,
      );
      return `articles/${file}: body`;
    },
  },
  {
    kind: 'new article',
    apply: (c) => {
      const file = pick(c.random, entries(c.root, 'articles'));
      if (!file) return null;
      const text = readFileSync(join(content(c.root, 'articles'), file), 'utf8');
      const slug = `xinwen-${c.n}`;
      writeFileSync(
        join(content(c.root, 'articles'), `${slug}.md`),
        setField(text, 'title', () => `新增文章${c.n}：科学用电小常识`),
      );
      return `articles/${slug}.md: new, from ${file}`;
    },
  },
  {
    kind: 'article deleted',
    apply: (c) => {
      const files = entries(c.root, 'articles');
      if (files.length < 6) return null;
      const file = pick(c.random, files)!;
      rmSync(join(content(c.root, 'articles'), file));
      return `articles/${file}: deleted`;
    },
  },
  {
    kind: 'article slug renamed',
    apply: (c) => {
      const file = pick(c.random, entries(c.root, 'articles'));
      if (!file) return null;
      const to = `${file.replace(/\.md$/u, '')}-v${c.n}.md`;
      renameSync(join(content(c.root, 'articles'), file), join(content(c.root, 'articles'), to));
      return `articles/${file} → ${to}`;
    },
  },
  {
    kind: 'new image',
    apply: async (c) => {
      const file = pick(c.random, entries(c.root, 'articles'));
      if (!file) return null;
      const name = `tupian-${c.n}.png`;
      const colour = () => Math.floor(c.random() * 256);
      await sharp({
        create: { width: 96, height: 64, channels: 3, background: { r: colour(), g: colour(), b: colour() } },
      })
        .png()
        .toFile(join(c.root, 'src/assets/articles', name));
      const path = join(content(c.root, 'articles'), file);
      writeFileSync(
        path,
        setField(readFileSync(path, 'utf8'), 'cover', () => `../../assets/articles/${name}`),
      );
      return `articles/${file}: cover → ${name} (new file)`;
    },
  },
  { kind: 'event title', apply: (c) => editField(c.root, 'events', 'title', c, `（调整${c.n}）`) },
  {
    kind: 'event deleted',
    apply: (c) => {
      const files = entries(c.root, 'events');
      if (files.length < 4) return null;
      const file = pick(c.random, files)!;
      rmSync(join(content(c.root, 'events'), file));
      return `events/${file}: deleted`;
    },
  },
  { kind: 'policy title', apply: (c) => editField(c.root, 'policies', 'title', c, `（第${c.n}次修订）`) },
  {
    kind: 'policy deleted',
    apply: (c) => {
      const used = referenced(c.root);
      const file = pick(
        c.random,
        entries(c.root, 'policies').filter((f) => !used.has(f.replace(/\.md$/u, ''))),
      );
      if (!file) return null;
      rmSync(join(content(c.root, 'policies'), file));
      return `policies/${file}: deleted`;
    },
  },
  { kind: 'interpretation title', apply: (c) => editField(c.root, 'interpretations', 'title', c, `（更新${c.n}）`) },
  { kind: 'topic name', apply: (c) => editField(c.root, 'topics', 'name', c, `${c.n}`) },
  { kind: 'topic description', apply: (c) => editField(c.root, 'topics', 'description', c, `（${c.n}）`) },
  { kind: 'site page title', siteWide: true, apply: (c) => editField(c.root, 'pages', 'title', c, `（${c.n}）`) },
  {
    kind: 'site.json',
    siteWide: true,
    apply: (c) => {
      const path = join(c.root, 'src/config/site.json');
      const site = JSON.parse(readFileSync(path, 'utf8')) as {
        name: string;
        description: string;
        contact: { phone: string };
      };
      const field = pick(c.random, ['name', 'description', 'phone'] as const)!;
      if (field === 'phone') site.contact.phone = `0737-${String(1000000 + c.n).slice(-7)}`;
      else site[field] = `${site[field]}${c.n}`;
      writeFileSync(path, `${JSON.stringify(site, null, 2)}\n`);
      return `site.json: ${field}`;
    },
  },
];

/**
 * Makes `count` random edits (a kind that finds nothing to edit is drawn again); returns what each
 * did. `siteWide: false` leaves site.json and the site pages alone.
 */
export async function randomEdits(
  root: string,
  random: () => number,
  count: number,
  { first = 1, siteWide = true }: { first?: number; siteWide?: boolean } = {},
): Promise<string[]> {
  const kinds = EDITS.filter((e) => siteWide || !e.siteWide);
  const done: string[] = [];
  for (let tries = 0; done.length < count && tries < count * 20; tries++) {
    const edit = pick(random, kinds)!;
    const said = await edit.apply({ root, random, n: first + done.length });
    if (said) done.push(said);
  }
  return done;
}

/** The "关于我们" edit the incremental build must get right: a page every footer names. */
export function renameSitePage(root: string, slug: string, title: string): void {
  const path = join(content(root, 'pages'), `${slug}.md`);
  writeFileSync(
    path,
    setField(readFileSync(path, 'utf8'), 'title', () => title),
  );
}
