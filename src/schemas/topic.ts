import { z } from 'astro/zod';
import { refuseHiddenCharacters } from './plainText';
import { projectImage } from './projectImage';
import { inspectAllowSchema } from './inspectAllow';

/** Stable ASCII slug: lower-case letters, digits and single hyphens (pinyin or short English). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The parts of Astro's schema context a topic needs; injected so unit tests can pass stand-ins. */
export interface TopicSchemaContext<I extends z.ZodType = z.ZodType> {
  /** Astro's `image()` helper (resolves a path relative to the entry into an image asset). */
  image: () => I;
}

/**
 * A 专题 column (聚焦二十大, 双碳 …). One Markdown file per topic in src/content/topics/;
 * the front matter is the data, the body is unused.
 */
export function topicSchema<I extends z.ZodType>({ image }: TopicSchemaContext<I>) {
  return z
    .object({
      /** Display name, e.g. 「双碳」 or 「反诈防骗（智慧助老）」. */
      name: z.string().trim().min(1, '专题名称不能为空'),
      /** URL slug (/topics/<slug>/); stable ASCII, never changed once published. Also the entry id. */
      slug: z.string().regex(SLUG_PATTERN, 'slug 只能用小写字母、数字和连字符，例如 shuangtan'),
      /** One paragraph shown on the topic page and in the 专题 list. */
      description: z.string().trim().min(10, '专题简介至少 10 个字').max(300, '专题简介请控制在 300 字以内'),
      /** Cover illustration, a path relative to this file (e.g. ../../assets/topics/shuangtan.png). */
      cover: projectImage(image),
      /** Text alternative for the cover; required, because every image needs alt text. */
      coverAlt: z.string({ error: '缺少封面图片说明（coverAlt）' }).trim().min(1, '封面图片说明（coverAlt）不能为空'),
      /** Position in the 专题 strip and list, ascending. */
      order: z.number().int().min(0),
      /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
      inspectAllow: inspectAllowSchema,
    })
    .superRefine(refuseHiddenCharacters);
}
