/** Recognisers for the metadata lines of an official document: 版头, 文号, title, dates, issuer, type. */
import { chineseNumeral } from './headings.ts';
import { stripSpaces } from './text.ts';

/** 版头 (masthead), e.g. 益阳市科学技术协会文件, 湛江市人民政府文件. */
export const MASTHEAD = /^[\u4e00-\u9fff（）()]{2,40}(?:文件|公报|简报|通报)$/u;

const CN_NUM = '[〇○零一二三四五六七八九十]';
const DATE_RE = new RegExp(
  `^((?:19|20)\\d{2}|${CN_NUM}{4})年(\\d{1,2}|${CN_NUM}{1,3})月(\\d{1,2}|${CN_NUM}{1,4})日`,
  'u',
);

function numberOf(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  // 二〇二三 is read digit by digit; 十二 / 二十七 as numerals.
  if (text.length === 4 && !text.includes('十'))
    return Number([...text].map((c) => String(chineseNumeral(c.replace('○', '〇')))).join(''));
  return chineseNumeral(text);
}

/** `2023年 4月 7日` / `二〇二三年四月七日` at the start of a text → `2023-04-07`; null if none or impossible. */
export function parseChineseDate(text: string): string | null {
  const m = DATE_RE.exec(stripSpaces(text));
  if (!m) return null;
  const y = numberOf(m[1] ?? '');
  const mo = numberOf(m[2] ?? '');
  const d = numberOf(m[3] ?? '');
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is only a date (成文日期 under a signature). */
export function isDateLine(line: string): boolean {
  const t = stripSpaces(line);
  const m = DATE_RE.exec(t);
  return Boolean(m && m[0] === t && parseChineseDate(t));
}

/** 版记 date line: `2022年6月2日印发`, possibly after the issuing office on the same line. */
export const PRINTED_LINE =
  /((?:19|20)\d{2}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日)[ \u3000]*印发$/u;

/** Lines of the 版记 block at the end of a document. */
export const IMPRINT_FIELD = /^(?:抄送|主送|分送|报送|公开方式|公开属性|信息公开选项)[：:]/u;

/** Words that end the title of an official document (文种). */
export const DOC_KIND_END =
  /(?:通知|通报|通告|公告|公示|决定|意见|批复|函|复函|答复|报告|请示|议案|提案|建议|纪要|命令|令|办法|规定|细则|规则|条例|章程|方案|实施方案|要点|工作要点|计划|规划|纲要|指南|指引|须知|标准|总结|倡议书|名单|清单)(?:[（(][^（）()]{1,12}[）)])*$/u;

/** The title of a notice: the issuer leads it or stands on the line above it, then 关于…的通知. */
export function isNoticeTitle(title: string): boolean {
  return /关于/u.test(title) && /(?:通知|通报|决定|意见|批复|函|公告|通告)$/u.test(title);
}

/** 《…》 named in a 印发/转发 notice title: the enclosed document. */
export function enclosedTitle(title: string): string | null {
  const m = /(?:印发|转发|颁发|发布)[^《]*《(.+)》/u.exec(title);
  if (m) return m[1] ?? null;
  // Without 《》 (国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知): what stands between 印发 and 的通知.
  const bare = /关于(?:印发|转发|颁发|发布)(.{4,}?)的(?:通知|决定)$/u.exec(title);
  return bare?.[1] ?? null;
}

/** The 发文机关 leading a notice title (`湛江市人民政府关于印发…` → 湛江市人民政府). */
export function issuerFromTitle(title: string): string | null {
  const m = /^(.{2,40}?)关于/u.exec(title);
  return m?.[1] ?? null;
}

/** A short line that can be an organisation name (signature, issuer line): no sentence punctuation. */
export function looksLikeOrganization(line: string): boolean {
  const t = stripSpaces(line);
  return t.length >= 2 && t.length <= 40 && !/[，。；：:,!！？?“”《》]/u.test(t) && !/^\d/u.test(t);
}

/** 类型 of a document (the policy schema's enum): proposed from the title by docTypeOf, an editor may change it. */
export const POLICY_DOC_TYPES = ['规划实施方案', '工作要点', '意见', '办法', '决定', '通知'] as const;
export type DocType = (typeof POLICY_DOC_TYPES)[number];

/** 文种 endings of the substantive document, first match wins. */
const DOC_TYPE_ENDINGS: [RegExp, DocType][] = [
  [/要点$/u, '工作要点'],
  [/(?:方案|规划|纲要|计划)$/u, '规划实施方案'],
  [/意见$/u, '意见'],
  [/(?:办法|细则|规定|规则|条例|章程)$/u, '办法'],
  [/决定$/u, '决定'],
];

/**
 * 类型 by rule, from the substantive document (the enclosed one for a 印发通知, or what a 印发 notice
 * without 《》 names: 关于印发2024年度工作要点的通知 → 工作要点): …要点 → 工作要点; …方案 / 规划 /
 * 纲要 / 计划 → 规划实施方案; …意见 → 意见; …办法 / 细则 / 规定 → 办法; …决定 → 决定; else 通知.
 * A proposal: the import dialog and the CMS let the editor change it.
 */
export function docTypeOf(title: string): DocType {
  const subject = enclosedTitle(title) ?? title;
  const core = subject.replace(/(?:[（(][^（）()]*[）)])+$/u, '');
  return DOC_TYPE_ENDINGS.find(([ending]) => ending.test(core))?.[1] ?? '通知';
}

/** 征求意见稿 / 送审稿 / 讨论稿 mark a draft. */
export function isDraft(title: string): boolean {
  return /(?:征求意见稿|送审稿|讨论稿|草案|试行草案)/u.test(title);
}
