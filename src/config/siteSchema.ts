import { z } from 'astro/zod';
import { refuseHiddenCharacters } from '../schemas/plainText';
import { baseUrlProblem } from '../lib/site/hostName';
import { DEPLOY_TARGET_HINT, DEPLOY_TARGET_PATTERN } from '../lib/deploy/deployTarget';
import { DEFAULT_INSPECTION, inspectionSettingsSchema } from '../lib/inspect/settings';

/**
 * Site identity: the one file a county 科协 edits to fork the portal.
 * Every page reads identity from here; no identity string is hard-coded elsewhere.
 */
export const siteSchema = z
  .object({
    /** 网站名称, shown in the header, <title> and the SiteName meta tag. */
    name: z.string().min(1),
    /** Short name for narrow screens and feeds. */
    shortName: z.string().min(1),
    /** 主办单位: the 科协's full name (发文机关 of its own documents). */
    organization: z.string().min(1),
    /** The 科协's usual short name (e.g. 益阳市科协). */
    organizationShort: z.string().min(1),
    /**
     * 机关代字 of the 科协's own documents (the part of a 文号 before 〔年份〕, e.g. 益科协): example
     * 文号 in the search boxes, search tips and editors' hints are written with it.
     */
    docNumberPrefix: z
      .string()
      .trim()
      .min(1)
      .regex(/^[^\s〔〕[\]()（）【】\d]+$/u, '只写机关代字，如 益科协（不含年份、括号和序号）'),
    /** 编辑部: the team that writes the site's own articles; the CMS fills it in as a new article's 作者. */
    editorialTeam: z.string().trim().min(1),
    /** Region the 科协 serves, in full (湖南省益阳市). */
    region: z.string().min(1),
    /** 行政区划代码 of the region; used for feed identifiers. */
    regionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
    /** Public base URL (no trailing slash); canonical URLs, feeds and the sitemap use it. */
    baseUrl: z
      .url()
      .refine((u) => !u.endsWith('/'), '末尾不要加 /')
      .superRefine((u, ctx) => {
        // Written into the nginx configuration (server_name): a plain host name, nothing else.
        const problem = baseUrlProblem(u);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** One-sentence description for the home page and feeds. */
    description: z.string().min(1),
    /**
     * 网站标志 shown left of the name in the header: a root path of a file in public/ (SVG or PNG,
     * square), e.g. /logo.svg; empty shows the name alone.
     */
    logo: z
      .union([
        z.literal(''),
        z.string().regex(/^\/[\w./-]+\.(?:svg|png|webp)$/u, '应为 public/ 下的图片路径，如 /logo.svg'),
      ])
      .default(''),
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
    /**
     * 我为政府网站找错: where readers report an error on the site, a mailto: or https:// address
     * (for a 政府网站 usually the national 找错 platform's page for this site). Empty hides the link.
     */
    errorReport: z
      .union([z.literal(''), z.string().regex(/^(?:mailto:|https?:\/\/)\S+$/u, '应以 mailto: 或 https:// 开头')])
      .default(''),
    /**
     * 发布目标: where 发布到正式网站 in /admin/ (local editing) publishes the production build, as
     * `npm run deploy` takes it (user@host:/path or a local folder); empty: not set up.
     */
    deployTarget: z
      .union([z.literal(''), z.string().regex(new RegExp(DEPLOY_TARGET_PATTERN, 'iu'), DEPLOY_TARGET_HINT)])
      .default(''),
    /** 网站自查: column update periods, 单项否决 thresholds, 敏感词 and extra 错别字 (src/lib/inspect/settings.ts). */
    inspection: inspectionSettingsSchema.default(DEFAULT_INSPECTION),
    /**
     * 先审后发 in local editing (npm start): an entry is saved as a draft (草稿 → 待审核 → 待发布) and
     * goes on the site only when published. false: a one-person office publishes on save (still one
     * commit per change). Read by the local CMS server (scripts/serve/cmsWorkflow.mjs).
     */
    reviewBeforePublish: z.boolean().default(true),
  })
  .superRefine(refuseHiddenCharacters);

export type SiteConfig = z.infer<typeof siteSchema>;
