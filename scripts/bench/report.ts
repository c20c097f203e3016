/**
 * The benchmark's tables: one row per N for the mixed archive (notices + articles + events), then one
 * row per N and kind of content built on its own, each with the cost per *added* page compared with
 * the floor site's over the same Markdown (the slope between N = smallest and this N, so fixed
 * start-up cost cancels out). Slopes use CPU time when it was measured (it hardly depends on what
 * else the machine runs), wall time otherwise.
 */
import type { QueryBytes } from './queryTransfer.ts';
import type { BuildProfile } from './profile.ts';

export interface BuildSummary {
  ok: boolean;
  seconds: number;
  pages: number;
  msPerPage: number | null;
  peakTreeRssMb: number | null;
  maxProcessRssMb: number | null;
  /** User + system CPU seconds of the build's process tree. */
  cpuSeconds?: number | null;
}

export type ContentKind = 'notices' | 'articles' | 'events';

export interface KindResult {
  kind: ContentKind;
  build: BuildSummary;
  floor: BuildSummary | null;
  /** The largest HTML page. */
  largestPage: { path: string; kb: number } | null;
  /** KB the /search/ page downloads for 科学素质 (notices only). */
  queryKb: number | null;
  /** One article changed, caches kept (notices only: the archive that grows). */
  incremental: BuildSummary | null;
  profile?: BuildProfile;
}

export interface SizeResult {
  n: number;
  importSeconds: number;
  build: BuildSummary;
  distMb: number;
  pagefindMb: number;
  pagefindFiles: number;
  /** The largest pages and feeds: lists and feeds that grow with every entry show up here. */
  largestPages: { path: string; kb: number }[];
  /** The largest HTML page. */
  largestHtml: { path: string; kb: number } | null;
  queries: QueryBytes[];
  /** Median KB of index/filter/fragment chunks per query, Pagefind API (search + top 10 data()). */
  queryKbApi: number | null;
  /** Median KB of index/filter/fragment chunks per query through the site's /search/ page. */
  queryKbPage: number | null;
  /** A second build with the caches warm (--warm). */
  warm: BuildSummary | null;
  /** `npm run build:incremental` after changing one article, the previous build's caches kept. */
  incremental: BuildSummary | null;
  floor: BuildSummary | null;
  /** The same N of one kind of content at a time (not for the smallest N, which is their common base). */
  kinds: KindResult[];
  /** Where the build's time went, by phase and route (from its log). */
  profile?: BuildProfile;
}

/** ms per added page between two builds (wall time, or CPU time with `measure`); null when there is no added page to divide by. */
export function marginalMs(
  base: BuildSummary | null | undefined,
  run: BuildSummary | null | undefined,
  measure: 'seconds' | 'cpuSeconds' = 'seconds',
): number | null {
  if (!base?.ok || !run?.ok || run.pages <= base.pages) return null;
  const a = base[measure];
  const b = run[measure];
  if (a === null || a === undefined || b === null || b === undefined) return null;
  return ((b - a) * 1000) / (run.pages - base.pages);
}

/** CPU time when both builds have it, else wall time. */
function slope(base: BuildSummary | null | undefined, run: BuildSummary | null | undefined): number | null {
  return marginalMs(base, run, 'cpuSeconds') ?? marginalMs(base, run);
}

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const page = (p: { path: string; kb: number } | null | undefined) =>
  p ? `${p.path.replace(/index\.html$/, '')} ${p.kb.toFixed(0)} KB` : '–';
const ratio = (own: number | null, floor: number | null) =>
  own !== null && floor !== null && floor > 0 ? f(own / floor, 2) : '–';
const queryKb = (r: SizeResult, q: string) => {
  const row = r.queries.find((x) => x.mode === 'page' && x.q === q && !x.error);
  return row ? f(row.queryKb) : '–';
};

function markdownTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function formatTable(results: readonly SizeResult[]): string {
  const base = results.reduce<SizeResult | undefined>(
    (min, r) => (r.build.ok && (!min || r.n < min.n) ? r : min),
    undefined,
  );
  const head = [
    'N',
    'pages',
    'build s',
    'CPU s',
    'ms/added page',
    'floor ms/added page',
    'ratio',
    'peak RSS MB',
    'largest HTML page',
    'one-article rebuild s',
    'dist MB',
    'pagefind MB',
    '科学素质 KB',
    '科普讲座 KB',
    'query KB median (API / /search/)',
  ];
  const rows = results.map((r) => {
    if (!r.build.ok) return [String(r.n), '构建失败', ...head.slice(2).map(() => '–')];
    const own = r === base ? null : slope(base?.build, r.build);
    const floor = r === base ? null : slope(base?.floor, r.floor);
    return [
      String(r.n),
      String(r.build.pages),
      f(r.build.seconds),
      f(r.build.cpuSeconds),
      f(own),
      f(floor),
      ratio(own, floor),
      f(r.build.peakTreeRssMb, 0),
      page(r.largestHtml),
      r.incremental?.ok ? f(r.incremental.seconds) : '–',
      f(r.distMb),
      f(r.pagefindMb),
      queryKb(r, '科学素质'),
      queryKb(r, '科普讲座'),
      `${f(r.queryKbApi)} / ${f(r.queryKbPage)}`,
    ];
  });
  const kindHead = [
    'N',
    'kind alone',
    'pages',
    'build s',
    'CPU s',
    'ms/added page',
    'floor ms/added page',
    'ratio',
    'peak RSS MB',
    'largest HTML page',
    'one-article rebuild s',
    '科学素质 KB',
  ];
  const kindRows = results.flatMap((r) =>
    r.kinds.map((k) => {
      if (!k.build.ok) return [String(r.n), k.kind, '构建失败', ...kindHead.slice(3).map(() => '–')];
      const own = slope(base?.build, k.build);
      const floor = slope(base?.floor, k.floor);
      return [
        String(r.n),
        k.kind,
        String(k.build.pages),
        f(k.build.seconds),
        f(k.build.cpuSeconds),
        f(own),
        f(floor),
        ratio(own, floor),
        f(k.build.peakTreeRssMb, 0),
        page(k.largestPage),
        k.incremental?.ok ? f(k.incremental.seconds) : '–',
        f(k.queryKb),
      ];
    }),
  );
  const tables = [markdownTable(head, rows)];
  if (kindRows.length) tables.push(markdownTable(kindHead, kindRows));
  return tables.join('\n\n');
}

const START = '<!-- bench:build:start -->';
const END = '<!-- bench:build:end -->';

/** The document with the text between the bench markers replaced; null when the markers are missing. */
export function replaceReadmeTable(
  readme: string,
  table: string,
  date: string,
  machine: { cpus: number; totalMemMb: number; node: string; load?: string },
  cold: { n: number; seconds: number } | null,
): string | null {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return null;
  const coldNote = cold ? ` First build with an empty image cache (N = ${cold.n}): ${cold.seconds.toFixed(1)} s.` : '';
  const loadNote = machine.load ? ` Load average at the start and end: ${machine.load}.` : '';
  const body = `\n${table}\n\n_${date.slice(0, 16).replace('T', ' ')} UTC, ${machine.cpus} CPUs, ${Math.round(machine.totalMemMb / 1024)} GB RAM, Node ${machine.node}.${coldNote}${loadNote}_\n`;
  return readme.slice(0, a + START.length) + body + readme.slice(b);
}
