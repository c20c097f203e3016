import { z } from 'astro/zod';
import { refuseHiddenCharacters } from './plainText';
import { inspectAllowSchema } from './inspectAllow';

/** 解读形式: how the document is explained (government sites list these separately). */
export const INTERPRETATION_KINDS = ['文字解读', '图文解读', '专家解读', '问答解读'] as const;

/**
 * 政策解读: an explanation of one 政策文件, published next to it.
 * Government-site rules expect a document page to list its 解读 and each 解读 to link back
 * to its document, so `policy` is required and checked against the policy collection at build.
 */
export const interpretationSchema = z
  .object({
    /** 解读标题, e.g. 《……》政策解读. */
    title: z.string().min(1),
    /** Id (slug) of the 政策文件 this explains; must name an existing entry in src/content/policies/. */
    policy: z.string().min(1),
    /** 发布日期 (Asia/Shanghai calendar date). */
    pubDate: z.coerce.date(),
    /** 解读机关 / 来源: who explains the document (shown as ContentSource). */
    source: z.string().min(1),
    /** 解读人 (person or office), when the 解读 names one. */
    author: z.string().min(1).optional(),
    /** 解读形式. */
    kind: z.enum(INTERPRETATION_KINDS),
    /** One- or two-sentence summary for lists and the meta description. */
    summary: z.string().min(1),
    /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
    inspectAllow: inspectAllowSchema,
    /** Demonstration content: shows 示例 on the page. */
    example: z.boolean().default(false),
  })
  .superRefine(refuseHiddenCharacters);

export type InterpretationData = z.infer<typeof interpretationSchema>;
