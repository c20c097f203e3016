/**
 * Where one build's time goes, read from its log: Astro's own phase timers (start-up with content
 * sync, bundling, rendering the pages, images), the CMS bundle, the search index (reading the
 * pages, waiting for Pagefind, writing the index), and the rendering time summed by route, so a
 * kind of page that costs more than the others shows up by name.
 */
export interface BuildProfile {
  /** Seconds per phase, in build order; null when the log did not show it. */
  phases: {
    startupAndContentSync: number | null;
    contentSync: number | null;
    bundle: number | null;
    render: number | null;
    images: number | null;
    cmsBundle: number | null;
    search: number | null;
    searchRead: number | null;
    searchAdd: number | null;
    searchWrite: number | null;
  };
  /** Rendering seconds summed by route family (/policies/[slug]/, /articles/[slug]/ …), largest first, with page counts. */
  renderByRoute: { route: string; pages: number; seconds: number }[];
}

// Astro colours its log; the patterns must see plain text.
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/gu, '');

function duration(text: string): number {
  const m = /(?:(\d+)m\s*)?([\d.]+)(ms|s)?/u.exec(text);
  if (!m) return NaN;
  const minutes = m[1] ? Number(m[1]) : 0;
  const value = Number(m[2]);
  return minutes * 60 + (m[3] === 'ms' ? value / 1000 : value);
}

const clock = (line: string): number | null => {
  const m = /^(\d\d):(\d\d):(\d\d)/u.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};

/** Route family of an output file: dynamic segments folded, so 2,400 notice pages are one row. */
export function routeOf(
  file: string,
  dynamic: (segment: string, depth: number, parts: readonly string[]) => boolean = defaultDynamic,
): string {
  const parts = file
    .replace(/^\//u, '')
    .replace(/index\.html$/u, '')
    .split('/')
    .filter(Boolean);
  return `/${parts.map((p, i) => (dynamic(p, i, parts) ? '*' : p)).join('/')}${parts.length ? '/' : ''}`;
}

/** A segment below a section (/policies/x/, /articles/x/, /events/x/ …) that is not one of the section's own fixed pages. */
const FIXED = new Set([
  'page',
  'lineage',
  'targets',
  'compare',
  'cited',
  'tasks',
  'source.txt',
  'tasks.csv',
  'event.ics',
  'rss.xml',
  'feed.json',
]);
function defaultDynamic(segment: string, depth: number): boolean {
  return depth > 0 && !FIXED.has(segment);
}

export function profileBuild(log: string): BuildProfile {
  const lines = strip(log).split('\n');
  const completed = lines
    .filter((l) => /✓ Completed in/u.test(l))
    .map((l) => duration(l.slice(l.indexOf('Completed in') + 13)));
  /** The first "Completed in" after the line matching `start`: Astro's timer of that phase. */
  const after = (start: RegExp): number | null => {
    const i = lines.findIndex((l) => start.test(l));
    const done = i < 0 ? undefined : lines.slice(i + 1).find((l) => /✓ Completed in/u.test(l));
    return done ? duration(done.slice(done.indexOf('Completed in') + 13)) : null;
  };
  const at = (pattern: RegExp) => {
    const line = lines.find((l) => pattern.test(l));
    return line ? clock(line) : null;
  };
  const syncing = at(/\[content\] Syncing content/u);
  const synced = at(/\[content\] Synced content/u);
  const cms = lines.map((l) => /CMS 已打包：.*?(\d+) ms/u.exec(l)).find(Boolean);
  const search = lines
    .map((l) =>
      /\[search\].*?共 ([\d.]+) s（读取分节 ([\d.]+) s，Pagefind 收录 ([\d.]+) s，写入索引 ([\d.]+) s）/u.exec(l),
    )
    .find(Boolean);
  const byRoute = new Map<string, { pages: number; seconds: number }>();
  for (const l of lines) {
    const m = /[├└]─ (\/\S+) \(\+([^)]+)\)/u.exec(l);
    if (!m) continue;
    const route = routeOf(m[1]!);
    const row = byRoute.get(route) ?? { pages: 0, seconds: 0 };
    row.pages++;
    row.seconds += duration(m[2]!);
    byRoute.set(route, row);
  }
  return {
    phases: {
      startupAndContentSync: completed[0] ?? null,
      contentSync: syncing !== null && synced !== null ? synced - syncing : null,
      bundle: completed[1] ?? null,
      render: after(/ generating static routes /u),
      images: after(/ generating optimized images /u),
      cmsBundle: cms ? Number(cms[1]) / 1000 : null,
      search: search ? Number(search[1]) : null,
      searchRead: search ? Number(search[2]) : null,
      searchAdd: search ? Number(search[3]) : null,
      searchWrite: search ? Number(search[4]) : null,
    },
    renderByRoute: [...byRoute].map(([route, r]) => ({ route, ...r })).sort((a, b) => b.seconds - a.seconds),
  };
}

/** One line per phase and the costliest routes, for the console. */
export function formatProfile(p: BuildProfile, routes = 8): string {
  const s = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} s`);
  const ph = p.phases;
  return [
    `  启动与内容同步 ${s(ph.startupAndContentSync)}（其中内容同步 ${s(ph.contentSync)}），打包 ${s(ph.bundle)}，渲染页面 ${s(ph.render)}，图片 ${s(ph.images)}，CMS 打包 ${s(ph.cmsBundle)}，` +
      `搜索索引 ${s(ph.search)}（读取分节 ${s(ph.searchRead)}，Pagefind 收录 ${s(ph.searchAdd)}，写入 ${s(ph.searchWrite)}）`,
    ...p.renderByRoute
      .slice(0, routes)
      .map(
        (r) =>
          `    ${r.route.padEnd(32)} ${String(r.pages).padStart(6)} 页  ${r.seconds.toFixed(1)} s  ${((r.seconds * 1000) / r.pages).toFixed(1)} ms/页`,
      ),
  ].join('\n');
}
