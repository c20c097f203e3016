import { z } from 'astro/zod';
import { inspectAllowSchema } from './inspectAllow';

/**
 * A fixed site page (关于我们, 联系我们, 版权声明): one Markdown file per page in src/content/pages/,
 * served at /<file name>/ and linked from the footer in `order`. Editors change the text in the
 * CMS (站点页面); the set of pages is fixed so the footer links never break.
 */
export const sitePageSchema = z.object({
  /** Page title, also the footer link text. */
  title: z.string().trim().min(1, '页面标题不能为空'),
  /** One sentence for the description meta tag. */
  description: z.string().trim().min(1, '页面简介不能为空'),
  /** Position in the footer links, ascending. */
  order: z.number().int().min(0),
  /** 最后更新 shown on the page. */
  updated: z.coerce.date({ error: '更新日期（updated）应为 YYYY-MM-DD' }),
  /** Text not yet confirmed by the 科协 (placeholder contact data …): the page shows 示例. */
  example: z.boolean().default(false),
  /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
  inspectAllow: inspectAllowSchema,
});
