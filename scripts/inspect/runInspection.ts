/**
 * 网站自查 of one site: its content (KEPU_CONTENT_DIR or src/content, as the build) and, when built,
 * its dist folder. Returns the report; `npm run inspect` prints and writes it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEventDate, endInstant, type DatePrecision } from '../../src/lib/events/eventDate.ts';
import { shanghaiDayKey } from '../../src/lib/site/calendarDays.ts';
import { checkEntryText } from '../../src/lib/inspect/entryChecks.ts';
import { buildReport, type InspectionReport } from '../../src/lib/inspect/report.ts';
import { brokenLinkFindings } from '../../src/lib/inspect/rules/brokenLinks.ts';
import { columnFindings, homeFindings, type Column } from '../../src/lib/inspect/rules/columns.ts';
import { govMetaFindings } from '../../src/lib/inspect/rules/govMetaTags.ts';
import {
  interpretationLinkFindings,
  policySourceFindings,
  type InterpretationPair,
  type PolicySource,
} from '../../src/lib/inspect/rules/policyLinks.ts';
import { examplePagesFinding, filingFindings } from '../../src/lib/inspect/rules/siteIdentity.ts';
import { upcomingEventFindings, upcomingSlugs, type ListedEvent } from '../../src/lib/inspect/rules/upcomingEvents.ts';
import { SETTING_LABELS, type InspectionSettings } from '../../src/lib/inspect/settings.ts';
import type { Finding } from '../../src/lib/inspect/types.ts';
import { readBuiltSite, type BuiltSite } from './builtSite.ts';
import { dayOf, loadContent, newestDay, type ContentEntry } from './siteContent.ts';

export interface InspectionInput {
  root: string;
  contentDir: string;
  seedsDir: string;
  /** The built site's folder, relative to root; null or missing: content only. */
  dist: string | null;
  hideExamples: boolean;
  now: Date;
  settings: InspectionSettings;
  /** site.json's values (filing fields, baseUrl). */
  site: Record<string, unknown>;
}

const ref = (e: ContentEntry) => ({ collection: e.collection, slug: e.slug });

function allowOf(e: ContentEntry): string[] {
  const allow = e.data.inspectAllow;
  return Array.isArray(allow) ? allow.filter((a): a is string => typeof a === 'string') : [];
}

function columnsOf(entries: readonly ContentEntry[], settings: InspectionSettings): Column[] {
  const of = (c: string) => entries.filter((e) => e.collection === c);
  const periods = settings.updatePeriodDays;
  const topicPeriod = new Map(settings.topicPeriods.map((t) => [t.topic, t.days]));
  const articles = of('articles');
  const columns: Column[] = of('topics').map((topic) => {
    const slug = typeof topic.data.slug === 'string' ? topic.data.slug : topic.slug;
    const items = articles.filter((a) => Array.isArray(a.data.topics) && a.data.topics.includes(slug));
    return {
      name: `专题“${String(topic.data.name ?? slug)}”`,
      url: `/topics/${slug}/`,
      count: items.length,
      newest: newestDay(items.map((a) => dayOf(a.data.updatedAt) ?? dayOf(a.data.publishedAt))),
      periodDays: topicPeriod.get(slug) ?? periods.topics,
      periodSetting: topicPeriod.has(slug) ? SETTING_LABELS.topicPeriods : SETTING_LABELS.topics,
      file: topic.file,
      entry: ref(topic),
    };
  });
  const policies = of('policies');
  columns.push({
    name: '“政策文件”栏目',
    url: '/policies/',
    count: policies.length,
    newest: newestDay(
      policies.flatMap((p) => {
        const manual = (p.data.manual ?? {}) as Record<string, unknown>;
        return [dayOf(p.data.issuedDate), dayOf(p.data.printedDate), dayOf(manual.publishedDate)];
      }),
    ),
    periodDays: periods.policies,
    periodSetting: SETTING_LABELS.policies,
  });
  const events = of('events');
  columns.push({
    name: '“活动”栏目',
    url: '/events/',
    count: events.length,
    newest: newestDay(events.map((e) => dayOf(e.data.updated))),
    periodDays: periods.events,
    periodSetting: SETTING_LABELS.events,
  });
  return columns;
}

/** When an event is over, from its written dates; null when they cannot be read (the build refuses those). */
function eventEnd(e: ContentEntry): { at: number; text: string } | null {
  const precision = e.data.datePrecision as DatePrecision;
  const written = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : null);
  const text = written(e.data.end) ?? written(e.data.start);
  if (!text) return null;
  try {
    return { at: endInstant(parseEventDate(text, precision)), text };
  } catch {
    return null;
  }
}

function upcomingListed(entries: readonly ContentEntry[], built: BuiltSite): ListedEvent[] {
  const events = new Map(entries.filter((e) => e.collection === 'events').map((e) => [e.slug, e]));
  const listed: ListedEvent[] = [];
  for (const [page, html] of built.htmlOf) {
    if (!page.startsWith('/events/')) continue;
    for (const slug of upcomingSlugs(html)) {
      const e = events.get(slug);
      const end = e && eventEnd(e);
      if (!e || !end) continue;
      listed.push({
        title: String(e.data.title ?? slug),
        page,
        endsAt: end.at,
        endText: end.text,
        file: e.file,
        entry: ref(e),
      });
    }
  }
  return listed;
}

function seedFiles(root: string, seedsDir: string): string[] {
  try {
    return readdirSync(resolve(root, seedsDir))
      .filter((n) => /\.(?:txt|md)$/u.test(n) && n !== 'README.md')
      .sort()
      .map((n) => `${seedsDir}/${n}`);
  } catch {
    return [];
  }
}

export function runInspection(input: InspectionInput): InspectionReport {
  const { root, settings } = input;
  const entries = loadContent(root, input.contentDir, input.hideExamples);
  const findings: Finding[] = [];
  // The entries' own text: 错别字, 敏感词, personal data.
  for (const e of entries) {
    if (e.error) {
      findings.push({
        severity: 'veto',
        rule: 'unreadable',
        ruleLabel: '文件无法读取',
        file: e.file,
        entry: ref(e),
        text: e.error,
        fix: '改正文件开头的 YAML（构建也会拒绝这个文件）',
      });
      continue;
    }
    findings.push(...checkEntryText({ file: e.file, text: e.text, entry: ref(e), allow: allowOf(e) }, settings));
  }
  // The source documents the site serves as 原文: personal data only (their wording is the issuer's).
  for (const file of seedFiles(root, input.seedsDir)) {
    const text = readFileSync(resolve(root, file), 'utf8');
    findings.push(
      ...checkEntryText({ file, text }, { ...settings, extraTypos: [], sensitiveWords: [] }).filter(
        (f) => f.rule === 'personal-data',
      ),
    );
  }
  const today = shanghaiDayKey(input.now.getTime());
  const columns = columnsOf(entries, settings);
  findings.push(...columnFindings(columns, today, settings));
  findings.push(...homeFindings(columns, today, settings.updatePeriodDays.home, SETTING_LABELS.home));
  findings.push(...filingFindings(input.site));

  const externalLinks: InspectionReport['externalLinks'] = [];
  const dist = input.dist && existsSync(join(root, input.dist)) ? input.dist : null;
  if (dist) {
    const interpretations = entries.filter((e) => e.collection === 'interpretations');
    const policies = entries.filter((e) => e.collection === 'policies');
    const wanted = new Set([
      ...interpretations.map((e) => `/interpretations/${e.slug}/`),
      ...interpretations.map((e) => `/policies/${String(e.data.policy)}/`),
    ]);
    const built = readBuiltSite(join(root, dist), typeof input.site.baseUrl === 'string' ? input.site.baseUrl : '', {
      links: (page) => wanted.has(page),
      // The lists with a 即将举行 part: /events/ and /events/upcoming/page/<n>/.
      html: (page) => page === '/events/' || page.startsWith('/events/upcoming/'),
    });
    findings.push(...brokenLinkFindings(built.broken, dist));
    findings.push(...govMetaFindings(built.missingMeta, dist));
    findings.push(...examplePagesFinding(built.examplePages, dist));
    findings.push(...upcomingEventFindings(upcomingListed(entries, built), input.now.getTime()));
    findings.push(
      ...policySourceFindings(
        policies.map(
          (p): PolicySource => ({
            title: String(p.data.title ?? p.slug),
            sourceFile: `${input.seedsDir}/${String(p.data.source)}`,
            sourceExists: existsSync(resolve(root, input.seedsDir, String(p.data.source))),
            download: `/policies/${p.slug}/source.txt`,
            downloadBuilt: built.files.has(`policies/${p.slug}/source.txt`),
            file: p.file,
            entry: ref(p),
          }),
        ),
      ),
    );
    findings.push(
      ...interpretationLinkFindings(
        interpretations.map((i): InterpretationPair => {
          const interpretationUrl = `/interpretations/${i.slug}/`;
          const policyUrl = `/policies/${String(i.data.policy)}/`;
          return {
            title: String(i.data.title ?? i.slug),
            interpretationUrl,
            policyUrl,
            toPolicy: built.linksOf.get(interpretationUrl)?.has(policyUrl) ?? false,
            toInterpretation: built.linksOf.get(policyUrl)?.has(interpretationUrl) ?? false,
            file: i.file,
            entry: ref(i),
          };
        }),
      ),
    );
    for (const [url, page] of built.external) externalLinks.push({ url, page });
  } else {
    findings.push({
      severity: 'hint',
      rule: 'no-build',
      ruleLabel: '未检查网站',
      text: `没有找到构建结果 ${input.dist ?? 'dist'}/，只检查了内容（链接、页面元数据、示例内容未检查）`,
      fix: '先运行 npm run build，再运行 npm run inspect',
    });
  }
  return buildReport(findings, {
    checkedAt: input.now.toISOString(),
    contentDir: input.contentDir,
    dist: dist ?? '',
    externalLinks,
  });
}
