/**
 * 政策文件 (policy document) front matter. Written by the importer (`npm run import`), validated at
 * build time; a bad value stops the build with the file and the field named. Facts the source text
 * does not state may be added by hand under `manual:` only, so that imported and hand-added facts
 * stay distinguishable (see README, 政策文件库).
 */
import { z } from 'astro/zod';
import { inspectAllowSchema } from './inspectAllow';
import { normalizeDocNumber } from '../lib/policies/docNumber';
import { POLICY_DOC_TYPES } from '../lib/import/metadata';
import { exampleDocNumber } from '../config/site';
import { refuseHiddenCharacters } from './plainText';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A calendar day: `YYYY-MM-DD` (YAML may hand over a Date for an unquoted date; it is turned back into the day). */
const day = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: '应为日期 YYYY-MM-DD' })
    .regex(ISO_DAY, { error: '日期格式应为 YYYY-MM-DD，例如 2023-04-07' })
    .refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
      },
      { error: '不是存在的日期' },
    ),
);

/** A 文号 already in the canonical 〔〕 form (益科协〔2023〕12号); the message's example is the site's own. */
const docNumber = z.string({ error: '文号应为文字' }).refine((s) => normalizeDocNumber(s) === s, {
  error: `不是规范文号（应为“机关代字〔年份〕序号号”，如 ${exampleDocNumber()}）`,
});

/** One table rebuilt from a tab-separated appendix (e.g. 湛江 工作任务清单). */
export const policyTableSchema = z.object({
  /** The appendix title the table stands under (shown as the table caption), or null. */
  caption: z.string().nullable(),
  /** Header rows as printed: the first, then each repeated header that starts a new group (五大提升行动 / 六大重点工程). */
  headers: z.array(z.array(z.string())).min(1, { error: '表格至少要有一行表头' }),
  /** Data rows in source order. */
  rows: z.array(
    z.object({
      /** Index into `headers`: the header row this row stands under. */
      group: z.number().int().min(0),
      /** Cell texts; leading cells that were blank in the source (“同上”) are filled from the row above. */
      cells: z.array(z.string()),
      /** Columns filled from the row above (blank in the source). */
      inherited: z.array(z.number().int().min(0)).optional(),
      /** Cells the source continued on a later line (page break): column and character offset. */
      breaks: z.array(z.object({ column: z.number().int().min(0), at: z.number().int().min(0) })).optional(),
    }),
  ),
});

/** Facts added by hand because the text does not state them. Shown on the page as 编者补充. */
export const policyManualSchema = z
  .object({
    /** 发文机关 when the text names none (e.g. 益阳市 for the 益阳 plan, per seeds/README.md). */
    issuer: z.string().min(1).optional(),
    /** 成文日期 when the text states none. Never guessed: only from a reliable published source. */
    issuedDate: day.optional(),
    /** 发布日期: when the document was made public (on a government website). */
    publishedDate: day.optional(),
    /** 主题分类 (e.g. 科技、教育\科学普及). */
    subject: z.string().min(1).optional(),
    /** Where the hand-added facts come from (a URL or a note); required so every added fact is traceable. */
    basis: z.string().min(1, { error: '请注明编者补充信息的依据' }),
  })
  .strict();

export const policySchema = z
  .object({
    /** The document's own title (for a 印发通知, the notice title), PDF spaces removed. */
    title: z.string({ error: '缺少标题' }).min(1, { error: '标题不能为空' }),
    /** Stable ASCII slug: the page is /policies/<slug>/. Never change it once published. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'slug 只能用小写字母、数字和连字符' }),
    /** 类型, derived by rule from the (enclosed) document's title. */
    docType: z.enum(POLICY_DOC_TYPES, { error: `类型应为 ${POLICY_DOC_TYPES.join(' / ')}` }),
    /** 发文字号, normalized to 〔〕; null when the text has none. */
    docNumber: docNumber.nullable(),
    /** The 文号 exactly as printed, when it differs from the normalized form. */
    docNumberAsPrinted: z.string().optional(),
    /** True when the source leaves the serial blank (岳南管办发〔2022〕 号); never filled in. */
    docNumberIncomplete: z.boolean().default(false),
    /** 发文机关 as the text names it, or null. */
    issuer: z.string().min(1).nullable(),
    /** 成文日期 (the date under the signature), or null. */
    issuedDate: day.nullable(),
    /** 印发日期 from the 版记 (…办公室 2022年6月2日印发), or null. */
    printedDate: day.nullable().default(null),
    /** draft for a 征求意见稿 (or other draft), else final. */
    status: z.enum(['draft', 'final'], { error: '状态应为 draft 或 final' }),
    /** 版头 as printed (湛江市人民政府文件). */
    masthead: z.string().optional(),
    /** 签发人 line, when printed next to the 文号. */
    signer: z.string().optional(),
    /** Title of the enclosed document of a 印发通知 (the plan itself), or null. */
    documentTitle: z.string().nullable().default(null),
    /** Attachment titles: the 附件说明 items under the notice text (numbers dropped), else the titles of the 附件 in the text. */
    attachments: z.array(z.string()).default([]),
    /** Tables rebuilt from tab-separated appendices; the body marks where each one goes. */
    tables: z.array(policyTableSchema).default([]),
    /** The source file name in seeds/ (the untouched .txt or Word .docx the importer kept). */
    source: z
      .string()
      .regex(/^[^/\\]+\.(?:txt|docx)$/u, { error: '应为原文文件名（.txt 或 .docx），例如 004_0ef9af080690b7b8.txt' }),
    /** SHA-256 of the source file, to prove the page was built from that exact file. */
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/u, { error: '应为 64 位十六进制 SHA-256' }),
    /** 网站自查允许的词语 (src/schemas/inspectAllow.ts). */
    inspectAllow: inspectAllowSchema,
    /** Hand-added facts (see policyManualSchema). */
    manual: policyManualSchema.optional(),
  })
  .strict()
  .refine((d) => d.docNumberIncomplete === Boolean(d.docNumber?.endsWith('〕 号')), {
    error: '文号序号空白时 docNumberIncomplete 应为 true，否则为 false',
    path: ['docNumberIncomplete'],
  })
  .superRefine(refuseHiddenCharacters);

export type PolicyData = z.infer<typeof policySchema>;
export type PolicyTable = z.infer<typeof policyTableSchema>;
