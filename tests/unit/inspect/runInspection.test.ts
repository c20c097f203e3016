// The whole inspection on a copy of the fixture content with planted problems: the 错别字 an
// editor might type, a 身份证号 in an event (and a look-alike with a wrong check digit), a small
// built site with a dead link, a 解读 not linked back and a page without the meta tags.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInspection } from '../../../scripts/inspect/runInspection';
import { formatReport, type InspectionReport } from '../../../src/lib/inspect/report';
import { DEFAULT_INSPECTION } from '../../../src/lib/inspect/settings';
import { FIXTURE_CONTENT_DIR, FIXTURE_SEEDS_DIR } from '../../fixtures/site';

const ROOT = join(import.meta.dirname, '../../..');
const VALID_ID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';
const META =
  '<meta name="SiteName" content="科普"><meta name="SiteDomain" content="kepu.example.cn"><meta name="SiteIDCode" content="4309000001"><meta name="ColumnName" content="栏目">';

let root: string;
let report: InspectionReport;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kepu-inspect-'));
  cpSync(join(ROOT, FIXTURE_CONTENT_DIR), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, FIXTURE_SEEDS_DIR), join(root, 'seeds'), { recursive: true });
  const article = join(root, 'content/articles/kexue-xishou.md');
  writeFileSync(
    article,
    `${readFileSync(article, 'utf8')}\n希望大家再接再励，按装好洗手池。既使很忙，也要一股作气洗完，不要迫不急待地吃东西。\n`,
  );
  const event = join(root, 'content/events/xingkong-jiangzuo-2026-12.md');
  writeFileSync(event, `${readFileSync(event, 'utf8')}\n报名联系人身份证号 ${VALID_ID}，备用 ${WRONG_CHECK}。\n`);
  // A small built site: the home page links to a missing page; a 解读 whose document does not link back.
  write(
    'dist/index.html',
    `<html><head>${META}</head><body><a href="/topics/gone/">专题</a><a href="/a/">a</a></body></html>`,
  );
  write('dist/a/index.html', '<html><head></head><body><a href="/">首页</a></body></html>');
  write(
    'dist/interpretations/kepu-gongzuo-yaodian-2023-jiedu/index.html',
    `<html><head>${META}</head><body><a href="/policies/yiyang-kexie-kepu-yaodian-2023/">文件</a></body></html>`,
  );
  write('dist/policies/yiyang-kexie-kepu-yaodian-2023/index.html', `<html><head>${META}</head><body></body></html>`);
  report = runInspection({
    root,
    contentDir: 'content',
    seedsDir: 'seeds',
    dist: 'dist',
    hideExamples: false,
    now: new Date('2026-12-08T09:00:00+08:00'),
    settings: DEFAULT_INSPECTION,
    site: {
      baseUrl: 'https://kepu.example.cn',
      icp: '湘ICP备00000000号',
      govSiteCode: '4309000001',
      publicSecurityRecord: '',
    },
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const of = (rule: string) => report.findings.filter((f) => f.rule === rule);

describe('npm run inspect on a site with planted problems', () => {
  it('fails, naming each planted 错别字 with the article’s file and the fix', () => {
    expect(report.failed).toBe(true);
    const typos = of('typo');
    expect(typos.map((f) => f.text).sort()).toEqual(['一股作气', '再接再励', '按装', '既使', '迫不急待'].sort());
    for (const f of typos) {
      expect(f.file).toBe('content/articles/kexue-xishou.md');
      expect(f.severity).toBe('veto');
      expect(f.field).toBe('正文');
    }
    expect(typos.find((f) => f.text === '迫不急待')?.fix).toBe('“迫不急待”应为“迫不及待”');
  });

  it('names the 专题 columns not updated within their period', () => {
    const stale = of('column-stale').map((f) => f.field);
    expect(stale).toEqual(expect.arrayContaining(['/topics/shuangtan/', '/topics/jiankang/']));
    expect(of('column-stale').every((f) => f.severity === 'veto')).toBe(true);
  });

  it('reports the valid 身份证号 with its file, masked, and not the one with a wrong check digit', () => {
    expect(of('personal-data').map((f) => [f.file, f.text])).toEqual([
      ['content/events/xingkong-jiangzuo-2026-12.md', '110105********002X'],
    ]);
  });

  it('reports the dead link, the 解读 not linked back, the page without meta tags and the empty filing field', () => {
    expect(of('broken-link').map((f) => f.text)).toEqual(['链接 /topics/gone/ 打不开']);
    const planted = of('interpretation-link').filter((f) => f.entry?.slug === 'kepu-gongzuo-yaodian-2023-jiedu');
    expect(planted.map((f) => f.field)).toEqual(['/policies/yiyang-kexie-kepu-yaodian-2023/']);
    expect(of('gov-meta').map((f) => [f.file, f.text])).toContainEqual([
      'dist/a/',
      '1 个页面缺少 <meta name="SiteName">',
    ]);
    expect(of('filing').map((f) => f.field)).toEqual(['publicSecurityRecord']);
  });

  it('prints the groups in the order 单项否决, 扣分, 提示', () => {
    const text = formatReport(report);
    expect(text.indexOf('【单项否决】')).toBeLessThan(text.indexOf('【扣分】'));
    expect(text).toContain('content/articles/kexue-xishou.md:');
  });
});
