/**
 * Title matching for citations by title alone. Texts quote one document in several ways:
 * 全民科学素质行动规划纲要（2021-2035年）, …纲要2021-2035年）(a bracket lost), …（2021—2035年） (another dash),
 * or the notice that issued it: 国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知. All of them
 * share one key.
 */

/** The document a 印发通知 title names (…关于印发《X》的通知 → X); other titles unchanged. */
export function coreTitle(title: string): string {
  const t = title.replace(/[\s\u3000]+/gu, '');
  const m = /关于(?:印发|转发|颁布)《?(.+?)》?的通知$/u.exec(t);
  return (m?.[1] ?? t).replace(/[《》]/gu, '');
}

/** Key under which two spellings of one title are equal. */
export function titleKey(title: string): string {
  return (
    coreTitle(title)
      // A draft is the same document as the final text it becomes.
      .replace(/[（(](?:征求意见稿|送审稿|草案|讨论稿)[）)]$/u, '')
      .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[（）()〔〕［］[\]【】〈〉“”"'‘’]/gu, '')
      .replace(/[－—–―~～-]/gu, '-')
      .replace(/[○〇Ｏ]/gu, '〇')
  );
}

/** Administrative level a title (or issuer) belongs to, read from its leading place name. */
export type Level = 1 | 2 | 3 | 4;
export const LEVEL_LABEL: Record<Level, string> = { 1: '国家', 2: '省级', 3: '市级', 4: '县（区）级' };

const NATIONAL = /^(?:国务院|中共中央|全国|全民|中华人民共和国|国家)/u;
const PLACE = /^([\p{Script=Han}]{1,8}?)(自治区|省|自治州|市|新区|县|区|旗)/u;

/** The level of a document from its (core) title; null when the title names no place. */
export function levelOfTitle(title: string): Level | null {
  const t = coreTitle(title);
  if (NATIONAL.test(t)) return 1;
  const m = PLACE.exec(t);
  // A place name is short and is not running text (关于…, …的…).
  if (!m || /关于|的|和|加强/u.test(m[1] ?? '')) return null;
  switch (m[2]) {
    case '自治区':
    case '省':
      return 2;
    case '市':
    case '自治州':
      return 3;
    default:
      return 4;
  }
}

/** Level of a 文号 from its 机关代字: 国发/国办发 are national, a province's one-character name is provincial. */
const PROVINCES = new Set([...'京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏桂蒙']);
export function levelOfCode(code: string): Level | null {
  if (code.startsWith('国')) return 1;
  if (PROVINCES.has(code[0] ?? '') && /[政府办委厅]/u.test(code)) return 2;
  return null;
}
