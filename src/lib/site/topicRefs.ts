/**
 * Cross-file checks on articles that Zod cannot make on one file alone: every listed 专题 exists
 * and the file name is a stable ASCII slug. Pure: returns one message per problem, naming the file.
 */
import { SLUG_PATTERN } from '../../schemas/topic';

export function findArticleRefProblems(
  articles: ReadonlyArray<{ file: string; slug: string; topics: readonly string[] }>,
  topicSlugs: ReadonlySet<string>,
): string[] {
  const errors: string[] = [];
  for (const a of articles) {
    if (!SLUG_PATTERN.test(a.slug)) errors.push(`${a.file}：文件名（slug）「${a.slug}」只能用小写字母、数字和连字符`);
    a.topics.forEach((t, i) => {
      if (!topicSlugs.has(t))
        errors.push(`${a.file}：字段 topics.${i}：专题「${t}」不存在（可选：${[...topicSlugs].join('、')}）`);
    });
  }
  return errors;
}
