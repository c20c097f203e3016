import raw from './site.json';
import { siteSchema, type SiteConfig } from './siteSchema';
import { formatZodIssues } from '../lib/zodErrors';

/** Validated site identity. A bad value stops the build with the field named. */
function load(): SiteConfig {
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`src/config/site.json 有误：\n${formatZodIssues(result.error.issues)}`);
  }
  return result.data;
}

export const site: SiteConfig = load();
