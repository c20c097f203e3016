import { z } from 'astro/zod';
import { refuseHiddenCharacters } from './plainText';
import { projectImage } from './projectImage';
import { inspectAllowSchema } from './inspectAllow';

/** Policy clause ids as the policy importer generates them from heading numbers: s1, s1-2, s1-2-3. */
export const CLAUSE_ID_PATTERN = /^s\d+(?:-\d+)*$/;
/** Policy document slugs: stable ASCII, as in /policies/<slug>/. */
export const POLICY_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 读者对象: the public plus the five key groups of the 全民科学素质行动规划纲要. */
export const AUDIENCES = ['公众', '青少年', '农民', '产业工人', '老年人', '领导干部和公务员'] as const;

/** The parts of Astro's schema context an article needs; injected so unit tests can pass stand-ins. */
export interface ArticleSchemaContext<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  /** Astro's `image()` helper. */
  image: () => I;
  /** Astro's `reference()` helper, used for the topics an article belongs to. */
  reference: (collection: 'topics') => R;
}

/** One policy clause an article relates to; rendered as a link to /policies/<document>/#<clause>. */
export const relatedClauseSchema = z.object({
  /** Policy document slug (the file name in src/content/policies/). */
  document: z.string().regex(POLICY_SLUG_PATTERN, '政策文件 slug 只能用小写字母、数字和连字符'),
  /** Clause anchor id inside that document, e.g. s1-2 for 第一部分第 2 条. */
  clause: z.string().regex(CLAUSE_ID_PATTERN, '条款编号应形如 s1、s1-2、s1-2-3'),
});

/** An embedded 微视频 or 音频 with its captions and full transcript (for deaf readers and for search). */
export const articleMediaSchema = z.object({
  /** 'video' or 'audio'. */
  kind: z.enum(['video', 'audio']),
  /** Root-relative path of the file under public/media/, e.g. /media/cpr.mp4. */
  src: z
    .string()
    .regex(/^\/media\/[a-z0-9._-]+\.(?:mp4|webm|mp3|ogg|m4a)$/, '媒体文件应放在 public/media/ 下，如 /media/cpr.mp4'),
  /** MIME type of the file, e.g. video/mp4. */
  type: z.string().regex(/^(?:video|audio)\/[a-z0-9.+-]+$/),
  /** Root-relative path of the WebVTT captions, e.g. /media/cpr.zh.vtt. */
  captions: z.string().regex(/^\/media\/[a-z0-9._-]+\.vtt$/, '字幕应为 public/media/ 下的 .vtt 文件'),
  /** Short title shown above the player. */
  title: z.string().trim().min(1),
  /** Full text of what is said, shown on the page under the player. */
  transcript: z.string().trim().min(1, '音视频必须附文字稿（transcript）'),
  /** Optional poster image for a video (root-relative, under /media/). */
  poster: z
    .string()
    .regex(/^\/media\/[a-z0-9._-]+\.(?:png|jpg|webp)$/)
    .optional(),
});

/**
 * A 科普 article. One Markdown file per article in src/content/articles/; the file name is the
 * stable ASCII slug (/articles/<slug>/). Front matter is validated here; a missing or bad field
 * stops the build with the file and the field named.
 */
export function articleSchema<I extends z.ZodType, R extends z.ZodType>({
  image,
  reference,
}: ArticleSchemaContext<I, R>) {
  return z
    .object({
      /** Headline, shown as the page's h1 and in feeds. */
      title: z.string({ error: '缺少标题（title）' }).trim().min(1, '标题（title）不能为空'),
      /** One or two sentences for lists, feeds and the meta description. */
      summary: z
        .string({ error: '缺少摘要（summary）' })
        .trim()
        .min(10, '摘要（summary）至少 10 个字')
        .max(200, '摘要（summary）请控制在 200 字以内'),
      /** The 专题 this article belongs to (topic slugs), at least one; the first is its main topic. */
      topics: z.array(reference('topics')).min(1, '至少属于一个专题（topics）'),
      /** 发布日期 (YYYY-MM-DD, Beijing time). */
      publishedAt: z.coerce.date({ error: '发布日期（publishedAt）应为 YYYY-MM-DD' }),
      /** 更新日期, if the article was revised after publication; never before publishedAt. */
      updatedAt: z.coerce.date({ error: '更新日期（updatedAt）应为 YYYY-MM-DD' }).optional(),
      /** 作者: a person or an editorial team. */
      author: z.string({ error: '缺少作者（author）' }).trim().min(1, '作者（author）不能为空'),
      /** 来源: the publishing or originating body. */
      source: z.string({ error: '缺少来源（source）' }).trim().min(1, '来源（source）不能为空'),
      /** Cover illustration, a path relative to this file (e.g. ../../assets/articles/x.png). */
      cover: projectImage(image),
      /** Text alternative for the cover; required, because every image needs alt text. */
      coverAlt: z.string({ error: '缺少封面图片说明（coverAlt）' }).trim().min(1, '封面图片说明（coverAlt）不能为空'),
      /** 读者对象, one or more of the 纲要's key groups. */
      audience: z.array(z.enum(AUDIENCES)).min(1).default(['公众']),
      /** Free keywords for search and related-article matching. */
      tags: z.array(z.string().trim().min(1)).default([]),
      /** Policy clauses this article explains or serves; checked against the policy library at build. */
      relatedClauses: z.array(relatedClauseSchema).default([]),
      /** Optional embedded 微视频 / 音频 with captions and transcript. */
      media: articleMediaSchema.optional(),
      /** 置顶: the home page leads with the newest pinned article (else with the newest article). */
      pinned: z.boolean().default(false),
      /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
      inspectAllow: inspectAllowSchema,
      /** Demonstration content: shows a visible 示例 label. */
      example: z.boolean().default(false),
    })
    .refine((a) => !a.updatedAt || a.updatedAt.getTime() >= a.publishedAt.getTime(), {
      message: '更新日期（updatedAt）不能早于发布日期（publishedAt）',
      path: ['updatedAt'],
    })
    .superRefine(refuseHiddenCharacters);
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
