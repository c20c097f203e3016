import { z } from 'astro/zod';

/**
 * 网站自查允许的词语: words the site's 错别字 / 敏感词 / 个人信息 checks must not report in this
 * entry because they are right here (a quotation, a proper name, a published hotline). Each item is
 * the word as written, or a longer phrase containing it to allow only that occurrence.
 */
export const inspectAllowSchema = z
  .array(z.string({ error: '应为文字' }).trim().min(1, '不能为空'), { error: '应为词语列表' })
  .default([]);
