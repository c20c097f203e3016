import raw from './site.json';
import { siteSchema, type SiteConfig } from './siteSchema';
import { formatZodIssues } from '../lib/build/zodErrors';
import { FILING_FIELDS } from '../lib/site/filingFields';

/** Validated site identity. A bad value stops the build with the field named. */
function load(): SiteConfig {
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`src/config/site.json 有误：\n${formatZodIssues(result.error.issues)}`);
  }
  return result.data;
}

export const site: SiteConfig = load();

/** A 文号 of the 科协's own, for examples in search boxes and hints: 益科协〔2023〕12号. */
export function exampleDocNumber(config: Pick<SiteConfig, 'docNumberPrefix'> = site): string {
  return `${config.docNumberPrefix}〔2023〕12号`;
}

export { FILING_FIELDS };

/** Filing fields left empty, as warnings that name the field (the footer then leaves the line out). */
export function missingFilingWarnings(config: SiteConfig): string[] {
  return FILING_FIELDS.filter(([key]) => !config[key].trim()).map(
    ([key, label]) => `src/config/site.json：字段 ${key}（${label}）为空，页脚不显示这一项；网站上线前请填写。`,
  );
}
