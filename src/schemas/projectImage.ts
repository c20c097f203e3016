import { z } from 'astro/zod';

/**
 * Why an image path (as written in front matter) does not name a file inside the project, or
 * undefined. Astro's `image()` reads whatever file a path names, so an absolute path or one that
 * climbs out of the project would publish any image on the machine. An entry sits in
 * src/content/<collection>/ (tests/fixtures/content/<collection>/ for the fixtures), so two `..`
 * reach src/ (its assets/ folder); more would leave the content's parent.
 */
export function imagePathProblem(path: string): string | undefined {
  const hint = '请用从内容文件所在目录算起的相对路径，如 ../../assets/uploads/图片.png';
  if (/^[a-z][a-z0-9+.-]*:/iu.test(path) || path.startsWith('/') || path.startsWith('~') || path.includes('\\'))
    return `图片路径“${path}”不在项目里（不能用绝对路径或网址）；${hint}`;
  let depth = 0;
  for (const part of path.split('/')) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < -2) return `图片路径“${path}”超出了项目的内容目录；${hint}`;
  }
  return undefined;
}

/** Astro's `image()` for a path inside the project only (see imagePathProblem). */
export function projectImage<I extends z.ZodType>(image: () => I) {
  return z.preprocess((value, ctx) => {
    const problem = typeof value === 'string' ? imagePathProblem(value) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return value;
  }, image());
}
