import { z } from 'astro/zod';
import { refuseHiddenCharacters } from '../schemas/plainText';

/**
 * Site identity: the one file a county 科协 edits to fork the portal.
 * Every page reads identity from here; no identity string is hard-coded elsewhere.
 */
export const siteSchema = z.object({
  /** 网站名称, shown in the header, <title> and the SiteName meta tag. */
  name: z.string().min(1),
  /** Short name for narrow screens and feeds. */
  shortName: z.string().min(1),
  /** 主办单位: the 科协's full name (发文机关 of its own documents). */
  organization: z.string().min(1),
  /** The 科协's usual short name (e.g. 益阳市科协). */
  organizationShort: z.string().min(1),
  /** Region the 科协 serves, in full (湖南省益阳市). */
  region: z.string().min(1),
  /** 行政区划代码 of the region; used for feed identifiers. */
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
  /** Public base URL (no trailing slash); canonical URLs, feeds and the sitemap use it. */
  baseUrl: z.url().refine((u) => !u.endsWith('/'), '末尾不要加 /'),
  /** One-sentence description for the home page and feeds. */
  description: z.string().min(1),
  /** 联系方式 shown in the footer; an empty string hides that line. */
  contact: z.object({
    /** 通讯地址 */
    address: z.string(),
    /** 联系电话 */
    phone: z.string(),
    /** 电子邮箱 */
    email: z.string(),
    /** 邮政编码 */
    postcode: z.string(),
  }),
  /** ICP 备案号 (e.g. 湘ICP备xxxx号); empty renders nothing. */
  icp: z.string(),
  /** 公安机关备案号; empty renders nothing. */
  publicSecurityRecord: z.string(),
  /** 政府网站标识码; empty renders nothing. */
  govSiteCode: z.string(),
}).superRefine(refuseHiddenCharacters);

export type SiteConfig = z.infer<typeof siteSchema>;
