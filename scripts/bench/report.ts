/**
 * The benchmark's table: one row per N, with the time per *added* page compared with the floor
 * site's (the slope between the smallest N and this one, so fixed start-up cost cancels out).
 */
import type { QueryBytes } from './queryTransfer.ts';

export interface BuildSummary {
  ok: boolean;
  seconds: number;
  pages: number;
  msPerPage: number | null;
  peakTreeRssMb: number | null;
  maxProcessRssMb: number | null;
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
  queries: QueryBytes[];
  /** Median KB of index/filter/fragment chunks per query, Pagefind API (search + top 10 data()). */
  queryKbApi: number | null;
  /** Median KB of index/filter/fragment chunks per query through the site's /search/ page. */
  queryKbPage: number | null;
  /** A second build with the caches warm (--warm). */
  warm: BuildSummary | null;
  floor: BuildSummary | null;
}

/** ms per added page between two builds; null when there is no added page to divide by. */
export function marginalMs(base: BuildSummary | null | undefined, run: BuildSummary | null | undefined): number | null {
  if (!base?.ok || !run?.ok || run.pages <= base.pages) return null;
  return ((run.seconds - base.seconds) * 1000) / (run.pages - base.pages);
}

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '–' : x.toFixed(digits));

export function formatTable(results: readonly SizeResult[]): string {
  const base = results.reduce<SizeResult | undefined>((min, r) => (r.build.ok && (!min || r.n < min.n) ? r : min), undefined);
  const head = [
    'N',
    'pages',
    'build s',
    'ms/page',
    'ms/added page',
    'floor ms/added page',
    'ratio',
    'warm build s',
    'peak RSS MB',
    'dist MB',
    'pagefind MB',
    'query KB (API)',
    'query KB (/search/)',
  ];
  const rows = results.map((r) => {
    if (!r.build.ok) return [String(r.n), '构建失败', ...head.slice(2).map(() => '–')];
    const own = r === base ? null : marginalMs(base?.build, r.build);
    const floor = r === base ? null : marginalMs(base?.floor, r.floor);
    return [
      String(r.n),
      String(r.build.pages),
      f(r.build.seconds),
      f(r.build.msPerPage),
      f(own),
      f(floor),
      own !== null && floor !== null && floor > 0 ? f(own / floor, 2) : '–',
      f(r.warm?.seconds),
      f(r.build.peakTreeRssMb, 0),
      f(r.distMb),
      f(r.pagefindMb),
      f(r.queryKbApi),
      f(r.queryKbPage),
    ];
  });
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const START = '<!-- bench:build:start -->';
const END = '<!-- bench:build:end -->';

/** README with the text between the bench markers replaced; null when the markers are missing. */
export function replaceReadmeTable(
  readme: string,
  table: string,
  date: string,
  machine: { cpus: number; totalMemMb: number; node: string },
  cold: { n: number; seconds: number } | null,
): string | null {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return null;
  const coldNote = cold ? ` First build with an empty image cache (N = ${cold.n}): ${cold.seconds.toFixed(1)} s.` : '';
  const body = `\n${table}\n\n_${date.slice(0, 16).replace('T', ' ')} UTC, ${machine.cpus} CPUs, ${Math.round(machine.totalMemMb / 1024)} GB RAM, Node ${machine.node}.${coldNote}_\n`;
  return readme.slice(0, a + START.length) + body + readme.slice(b);
}
