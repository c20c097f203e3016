/**
 * npm run inspect — 网站自查: checks the content (KEPU_CONTENT_DIR or src/content, as the build)
 * and the built site (dist/, or --dist <folder>) the way government-site inspections do, prints the
 * findings grouped 单项否决 / 扣分 / 提示, writes them to <dist>/admin/inspection.json for the
 * 网站自查 panel of /admin/, and exits 1 when a 单项否决 finding exists (2 for bad settings).
 * Usage: node scripts/inspect/inspect.ts [--dist dist] [--external] [--json] [--warn-only]
 * --warn-only reports 单项否决 without failing (the pipelines use it unless INSPECT_BLOCKS_DEPLOY=true).
 * SITE_BUILD_TIME (ISO 8601) fixes "now"; SITE_EXAMPLES=hide checks the site without 示例 entries.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, SEEDS_DIR } from '../../src/lib/build/contentPaths.ts';
import { buildDate } from '../../src/lib/build/buildClock.ts';
import { buildReport, formatReport, REPORT_PATH } from '../../src/lib/inspect/report.ts';
import { parseInspectionSettings } from '../../src/lib/inspect/settings.ts';
import { examplesMode } from '../../src/lib/site/exampleFilter.ts';
import { checkExternalLinks } from './externalLinks.ts';
import { runInspection } from './runInspection.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    external: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'warn-only': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`网站自查无法进行：${message}`);
  process.exit(2);
}

let site: Record<string, unknown>;
try {
  site = JSON.parse(readFileSync(join(root, 'src/config/site.json'), 'utf8')) as Record<string, unknown>;
} catch (error) {
  fail(`src/config/site.json 无法读取（${(error as Error).message}）`);
}
const parsed = parseInspectionSettings(site.inspection);
if (!parsed.ok) fail(`站点设置有误：\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);

let now: Date;
let hideExamples: boolean;
try {
  // The build's one clock: SITE_BUILD_TIME when set, so a check of an old build or a test sees a fixed day.
  now = buildDate();
  hideExamples = examplesMode() === 'hide';
} catch (error) {
  fail((error as Error).message);
}

const dist = values.dist.replace(/\/+$/u, '');
let report = runInspection({
  root,
  contentDir: CONTENT_DIR,
  seedsDir: SEEDS_DIR,
  dist,
  hideExamples,
  now,
  settings: parsed.settings,
  site,
});
const { findings, externalLinks } = report;
if (report.dist && externalLinks.length > 0) {
  const extra = values.external
    ? await checkExternalLinks(externalLinks, report.dist)
    : [
        {
          severity: 'hint' as const,
          rule: 'external-link',
          ruleLabel: '外部链接',
          text: `网站有 ${externalLinks.length} 个外部链接，未检查（见报告的 externalLinks）`,
          fix: '在能访问外网时运行 npm run inspect -- --external 检查',
        },
      ];
  report = buildReport([...findings, ...extra], {
    checkedAt: report.checkedAt,
    contentDir: report.contentDir,
    dist: report.dist,
    externalLinks,
  });
}

if (report.dist) {
  const out = join(root, report.dist, REPORT_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
}
console.log(values.json ? JSON.stringify(report, null, 1) : formatReport(report));
if (report.dist) console.log(`\n报告已写入 ${report.dist}/${REPORT_PATH}（内容管理 /admin/ 的“网站自查”显示它）`);
if (report.failed && values['warn-only']) console.log('（--warn-only：存在单项否决问题，但不以失败结束）');
process.exit(report.failed && !values['warn-only'] ? 1 : 0);
