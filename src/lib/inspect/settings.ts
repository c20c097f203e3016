/**
 * 网站自查 settings, kept in src/config/site.json under `inspection` (the CMS's 站点设置 edits
 * them): the update period of each column, the 单项否决 thresholds, the site's 敏感词 / 禁用词 list
 * and its own additions to the 错别字 list. Every message names the setting as the CMS labels it.
 */
import { z } from 'astro/zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Labels of the settings, as the CMS shows them; messages name the setting with these. */
export const SETTING_LABELS = {
  policies: '政策文件栏目更新周期（天）',
  events: '活动栏目更新周期（天）',
  topics: '专题栏目更新周期（天）',
  home: '首页更新周期（天）',
  topicPeriods: '单个专题的更新周期',
  vetoStaleColumns: '不更新栏目数否决线',
  vetoEmptyColumns: '空白栏目数否决线',
  typoSeverity: '错别字等级',
  sensitiveWords: '敏感词和禁用词',
  extraTypos: '本站补充的错别字',
} as const;

const days = (label: string) =>
  z
    .number({ error: `网站自查设置“${label}”应为数字（天数）` })
    .int(`网站自查设置“${label}”应为整数天数`)
    .min(0, `网站自查设置“${label}”不能为负数（0 表示不检查）`)
    .max(3660, `网站自查设置“${label}”不能超过 3660 天`);

const threshold = (label: string) =>
  z
    .number({ error: `网站自查设置“${label}”应为数字` })
    .int(`网站自查设置“${label}”应为整数`)
    .min(0, `网站自查设置“${label}”不能为负数`);

const word = (label: string, what: string) =>
  z
    .string({ error: `网站自查设置“${label}”的${what}应为文字` })
    .trim()
    .min(1, `网站自查设置“${label}”有一项的${what}为空`)
    .refine((s) => !/[\s]/u.test(s), `网站自查设置“${label}”的${what}不能含空格或换行`);

export const inspectionSettingsSchema = z
  .object({
    /** Days within which each list must have a new item; 0 = not checked. */
    updatePeriodDays: z
      .object({
        policies: days(SETTING_LABELS.policies),
        events: days(SETTING_LABELS.events),
        topics: days(SETTING_LABELS.topics),
        /** 网站不更新: the newest item anywhere on the site (its 首页 lists the newest of each kind). */
        home: days(SETTING_LABELS.home).default(14),
      })
      .strict(),
    /** A 专题's own period, overriding `updatePeriodDays.topics` (0: a historical 专题, not checked). */
    topicPeriods: z
      .array(
        z
          .object({
            topic: z
              .string({ error: `网站自查设置“${SETTING_LABELS.topicPeriods}”的专题应为专题网址名` })
              .regex(SLUG, `网站自查设置“${SETTING_LABELS.topicPeriods}”的专题应为专题网址名，如 shuangtan`),
            days: days(SETTING_LABELS.topicPeriods),
          })
          .strict(),
        { error: `网站自查设置“${SETTING_LABELS.topicPeriods}”应为列表` },
      )
      .default([]),
    /** More stale columns than this fails the inspection (国办秘函〔2019〕19号: more than 5). */
    vetoStaleColumns: threshold(SETTING_LABELS.vetoStaleColumns),
    /** More empty columns than this fails the inspection (more than 5). */
    vetoEmptyColumns: threshold(SETTING_LABELS.vetoEmptyColumns),
    /** 错别字 as 单项否决 (veto, the default: inspectors count a published 错别字 as 严重错误) or 扣分. */
    typoSeverity: z
      .enum(['veto', 'deduct'], { error: `网站自查设置“${SETTING_LABELS.typoSeverity}”应为 veto 或 deduct` })
      .default('veto'),
    /** The site's own 敏感词 (单项否决) and 禁用词 (扣分), matched as whole words. */
    sensitiveWords: z
      .array(
        z
          .object({
            word: word(SETTING_LABELS.sensitiveWords, '词语'),
            kind: z.enum(['敏感词', '禁用词'], {
              error: `网站自查设置“${SETTING_LABELS.sensitiveWords}”的类别应为 敏感词 或 禁用词`,
            }),
            /** What to write instead. */
            fix: z.string().trim().optional(),
            /** Longer correct words that contain it, never reported. */
            except: z.array(word(SETTING_LABELS.sensitiveWords, '例外')).default([]),
          })
          .strict(),
        { error: `网站自查设置“${SETTING_LABELS.sensitiveWords}”应为列表` },
      )
      .default([]),
    /** Misspellings the site adds to the shipped list. */
    extraTypos: z
      .array(
        z
          .object({
            wrong: word(SETTING_LABELS.extraTypos, '错误写法'),
            right: word(SETTING_LABELS.extraTypos, '正确写法'),
          })
          .strict()
          .refine((t) => t.wrong !== t.right, `网站自查设置“${SETTING_LABELS.extraTypos}”的错误写法和正确写法相同`),
        { error: `网站自查设置“${SETTING_LABELS.extraTypos}”应为列表` },
      )
      .default([]),
  })
  .strict();

export type InspectionSettings = z.infer<typeof inspectionSettingsSchema>;

/** The defaults written into site.json: 国办秘函〔2019〕19号's periods and thresholds, 专题 at 3 months. */
export const DEFAULT_INSPECTION: InspectionSettings = {
  updatePeriodDays: { policies: 183, events: 183, topics: 92, home: 14 },
  topicPeriods: [],
  vetoStaleColumns: 5,
  vetoEmptyColumns: 5,
  typoSeverity: 'veto',
  sensitiveWords: [],
  extraTypos: [],
};

/** Settings read from site.json's `inspection` value, or the Chinese messages naming what is wrong. */
export function parseInspectionSettings(
  value: unknown,
): { ok: true; settings: InspectionSettings } | { ok: false; problems: string[] } {
  const result = inspectionSettingsSchema.safeParse(value ?? DEFAULT_INSPECTION);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(
      (i) => `src/config/site.json 字段 inspection.${i.path.map(String).join('.')}：${i.message}`,
    ),
  };
}
