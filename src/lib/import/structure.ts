/**
 * Segment a cleaned document into its parts: 版头, 文号, title, notice part (主送机关, 正文, 署名, 成文日期),
 * the enclosed document (for a 印发通知), appendices (附件, with tables and 注释) and the 版记.
 */
import { parseDocNumber, type DocNumber } from '../policies/docNumber.ts';
import {
  DOC_KIND_END,
  IMPRINT_FIELD,
  MASTHEAD,
  PRINTED_LINE,
  enclosedTitle,
  isDateLine,
  isNoticeTitle,
  looksLikeOrganization,
  parseChineseDate,
} from './metadata.ts';
import { ImportError } from './rawLines.ts';
import { matchMarker } from './headings.ts';
import { isTableLine } from './table.ts';
import { ENDS_SENTENCE, bracketsBalanced, joinAllWrapped, joinWrapped, stripSpaces, tidySpaces } from './text.ts';

export interface Line {
  /** Line as extracted (artefacts removed). */
  raw: string;
  /** Spaces tidied. */
  text: string;
}

export interface Segments {
  masthead: string | null;
  docNumber: DocNumber | null;
  docNumberAsPrinted: string | null;
  signer: string | null;
  title: string;
  notice: Line[] | null;
  documentTitle: string | null;
  body: Line[];
  imprint: Line[];
  /** 份号, 密级, 紧急程度 lines above the title. */
  preamble: Line[];
}

const MAX_TITLE = 120;

/** `（湘科协发〔2022〕8号）` or `发文字号：湘科协发〔2022〕8号` under a title: the 文号 inside. */
const DOC_NUMBER_WRAP = /^(?:(?:发文字号|文号)[：:][ \u3000]*)?[（(]?[ \u3000]*(.+?)[ \u3000]*[）)]?$/u;

function docNumberLine(text: string): { dn: DocNumber; printed: string; signer: string | null } | null {
  const t = text.trim();
  const whole = parseDocNumber(t) ?? parseDocNumber(DOC_NUMBER_WRAP.exec(t)?.[1] ?? '');
  if (whole) return { dn: whole, printed: t, signer: null };
  // 文号 and 签发人 on one line: 湛府〔2022〕40号   签发人：某某
  const m = /^(.+?号)[ \u3000]+(签发人[：:].+)$/u.exec(t);
  const dn = m ? parseDocNumber(m[1] ?? '') : null;
  return dn && m ? { dn, printed: (m[1] ?? '').trim(), signer: (m[2] ?? '').trim() } : null;
}

function titleError(first: string): ImportError {
  const shown = first.length > 30 ? `${first.slice(0, 30)}…` : first;
  return new ImportError(`找不到可识别的标题：首行“${shown}”不像标题（标题应为不以句号、逗号结尾的短行）`);
}

function isTitleLine(text: string): boolean {
  const t = stripSpaces(text);
  return t.length > 0 && t.length <= MAX_TITLE && !/[，。；：:,;]$/u.test(t) && !t.includes('\t');
}

/** A whole title names a 文种 (…通知, …方案, …要点) or is a 关于… title: otherwise it is not a title. */
function isRecognisableTitle(title: string): boolean {
  const t = stripSpaces(title);
  return DOC_KIND_END.test(t) || /^.{0,40}关于.+/u.test(t) || MASTHEAD.test(t);
}

/** 份号, 密级 and 紧急程度 printed above the title (版头 parts other than the 发文机关标志 and 文号). */
/** The metadata table government websites print above a notice (索引号：…, 发文机关：…, 成文日期：…). */
export const WEB_FIELD =
  /^(索引号|主题分类|分类|发布机构|发文机关|成文日期|发布日期|发文日期|主题词|有效性|时效性|信息来源|来源|公开方式|公开属性)[：:][ \u3000]*(.*)$/u;

/** 签发人 on a line of its own (right of or under the 文号). */
const SIGNER_LINE = /^签发人[：:]/u;

const PREAMBLE_MARK = /^(?:\d{6}|份号[：:]?\d+|(?:绝密|机密|秘密)(?:★.*)?|(?:特急|加急|特提|平急))$/u;

/** Find 1–3 consecutive lines that together read `name` (spaces ignored). */
function findTitleLines(lines: readonly Line[], from: number, name: string): [number, number] | null {
  const target = stripSpaces(name);
  for (let k = from; k < lines.length; k++) {
    let joined = '';
    for (let j = k; j < Math.min(lines.length, k + 3); j++) {
      joined += stripSpaces(lines[j]?.text ?? '');
      if (joined === target) return [k, j + 1];
      if (!target.startsWith(joined)) break;
    }
  }
  return null;
}

/** The 版记 block at the end: 公开方式, 抄送, the issuing office and the 印发 date. */
function imprintStart(lines: readonly Line[]): number {
  let start = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    const t = lines[k]?.text ?? '';
    const after = lines[k + 1]?.text ?? '';
    const isPrinted = PRINTED_LINE.test(t) || COPIES_LINE.test(stripSpaces(t));
    const isField = IMPRINT_FIELD.test(t);
    const isOffice =
      looksLikeOrganization(t) &&
      k + 1 === start &&
      PRINTED_LINE.test(after) &&
      isDateLine(after.replace(/印发$/u, ''));
    if (isPrinted || isField || isOffice) {
      start = k;
      continue;
    }
    // A 抄送 list wrapped over several lines: the lines between a field and the block below are its continuation.
    const field = [1, 2, 3].map((j) => k - j + 1).find((j) => j >= 0 && IMPRINT_FIELD.test(lines[j]?.text ?? ''));
    const wrapped =
      field !== undefined &&
      start < lines.length &&
      lines
        .slice(field, k + 1)
        .every((l, n) => n === 0 || (!ENDS_SENTENCE.test(lines[field + n - 1]?.text ?? '') && !matchMarker(l.text)));
    if (wrapped && field !== undefined) {
      start = field;
      k = field;
      continue;
    }
    break;
  }
  return start;
}

/** `（共印50份）` at the foot of the 版记. */
const COPIES_LINE = /^[（(]共印\d+份[）)]$/u;

export function segment(allLines: readonly Line[]): Segments {
  const lines = allLines.filter((l) => l.text !== '');
  if (!lines.length) throw new ImportError('文件没有文字内容');
  let i = 0;
  let masthead: string | null = null;
  let docNumber: DocNumber | null = null;
  let docNumberAsPrinted: string | null = null;
  let signer: string | null = null;
  const preamble: Line[] = [];

  const takeDocNumber = (): boolean => {
    const found = docNumber ? null : docNumberLine(lines[i]?.raw ?? '');
    if (!found) return false;
    docNumber = found.dn;
    docNumberAsPrinted = found.printed;
    signer = found.signer ?? signer;
    i++;
    return true;
  };

  // 版头 in any order: 份号, 密级, 紧急程度, 发文机关标志 (…文件), 文号 (with 签发人).
  for (let guard = 0; guard < 16; guard++) {
    const t = stripSpaces(lines[i]?.text ?? '');
    if (!masthead && MASTHEAD.test(t)) {
      masthead = t;
      i++;
    } else if (SIGNER_LINE.test(t) && !signer) {
      signer = lines[i]?.text ?? null;
      i++;
    } else if (PREAMBLE_MARK.test(t) || WEB_FIELD.test(lines[i]?.text ?? '')) {
      preamble.push(lines[i] as Line);
      i++;
    } else if (!takeDocNumber()) break;
  }

  const first = lines[i];
  if (!first || !isTitleLine(first.text) || isTableLine(first.raw)) throw titleError(first?.text ?? '');
  const titleLines: Line[] = [first];
  let title = first.text;
  i++;
  for (;;) {
    const next = lines[i];
    if (!next || !isTitleLine(next.text) || title.length > MAX_TITLE || docNumberLine(next.raw)) break;
    const nt = next.text;
    const noAbout = !title.includes('关于');
    // 发文机关 lines above 关于… (one per issuer of a joint notice).
    const issuerThenAbout =
      looksLikeOrganization(title) &&
      noAbout &&
      (nt.startsWith('关于') ||
        (looksLikeOrganization(nt) &&
          !DOC_KIND_END.test(stripSpaces(nt)) &&
          (lines[i + 1]?.text ?? '').startsWith('关于')));
    const unfinishedAbout =
      title.includes('关于') && !DOC_KIND_END.test(stripSpaces(title)) && !ENDS_SENTENCE.test(title) && nt.length <= 40;
    const parenthetical = /^[（(][^（）()]{1,20}[）)]$/u.test(stripSpaces(nt)) && /年|稿|试行|草案|修订|\d/u.test(nt);
    // 益阳市全民科学素质行动规划纲要 / 实施方案（2021－2025年）: the next line supplies the 文种 ending.
    const completesKind =
      !isNoticeTitle(title) &&
      nt.length <= 30 &&
      !ENDS_SENTENCE.test(nt) &&
      !matchMarker(nt) &&
      DOC_KIND_END.test(stripSpaces(nt));
    if (issuerThenAbout || unfinishedAbout || parenthetical || completesKind || !bracketsBalanced(title)) {
      titleLines.push(next);
      title = joinWrapped(title, nt);
      i++;
    } else break;
  }
  title = titleText(titleLines);
  if (!isRecognisableTitle(title)) throw titleError(title);
  // 文号 (and a 版头 printed late) under the title.
  for (let guard = 0; guard < 2; guard++) {
    if (!takeDocNumber()) break;
  }

  const end = imprintStart(lines);
  const imprint = lines.slice(Math.max(end, i));
  const rest = lines.slice(i, Math.max(end, i));

  let notice: Line[] | null = null;
  let documentTitle: string | null = null;
  let body = rest;
  if (isNoticeTitle(title)) {
    const enclosed = enclosedTitle(title);
    const at = enclosed ? findTitleLines(rest, 0, enclosed) : null;
    if (at) {
      notice = rest.slice(0, at[0]);
      documentTitle = tidySpaces(joinAllWrapped(rest.slice(at[0], at[1]).map((l) => l.text)));
      body = rest.slice(at[1]);
    } else {
      // A bare notice: its part ends at the 成文日期 (and the 附注 under it); what follows are its 附件 or,
      // for a 印发 notice whose enclosed title is printed differently, the enclosed document under its own title.
      const closing = noticeEnd(rest);
      notice = rest.slice(0, closing);
      body = rest.slice(closing);
      const head = body[0];
      if (
        enclosed &&
        head &&
        closing < rest.length &&
        isTitleLine(head.text) &&
        DOC_KIND_END.test(stripSpaces(head.text)) &&
        !matchMarker(head.text)
      ) {
        documentTitle = head.text;
        body = body.slice(1);
      }
    }
  }
  return { masthead, docNumber, docNumberAsPrinted, signer, title, notice, documentTitle, body, imprint, preamble };
}

/** Title lines joined; a space between two 发文机关 of a joint notice (湖南省科协 湖南省教育厅关于…) is kept. */
function titleText(titleLines: readonly Line[]): string {
  const pieces = titleLines.map((l) => {
    const raw = l.raw.trim();
    const about = raw.indexOf('关于');
    if (about <= 0) return tidySpaces(raw);
    return `${joinIssuers(raw.slice(0, about))}${tidySpaces(raw.slice(about))}`;
  });
  // Issuer lines stacked above 关于… are separate issuers too.
  return pieces.reduce((a, b, n) => {
    const prev = pieces[n - 1] ?? '';
    const stacked = isOrgName(prev) && isOrgName(b.split('关于')[0] ?? '') && !b.startsWith('关于');
    return stacked ? `${a} ${b}` : joinWrapped(a, b);
  });
}

/** Last characters of an organisation's name (科学技术协会, 教育厅, 人民政府, 办公室 …). */
const ORG_END = /(?:会|厅|局|委|部|府|室|院|协|办|盟|联|团|社|馆|中心)$/u;

function isOrgName(text: string): boolean {
  const t = stripSpaces(text);
  return t.length >= 3 && looksLikeOrganization(t) && ORG_END.test(t) && !t.includes('关于');
}

/** Issuers before 关于: words separated by spaces stay apart only when each is an organisation's name. */
function joinIssuers(head: string): string {
  const words = head
    .trim()
    .split(/[ \u3000]+/u)
    .filter(Boolean);
  return words.every(isOrgName) ? words.join(' ') : tidySpaces(head);
}

/** Index after the 成文日期 of a bare notice (and the 附注 lines in brackets under it), or the end. */
function noticeEnd(rest: readonly Line[]): number {
  for (let k = 1; k < rest.length; k++) {
    const t = rest[k]?.text ?? '';
    if (!isDateLine(t)) continue;
    const before = rest[k - 1]?.text ?? '';
    if (!looksLikeOrganization(before) && !ENDS_SENTENCE.test(before)) continue;
    let end = k + 1;
    while (end < rest.length && NOTE_LINE.test(stripSpaces(rest[end]?.text ?? ''))) end++;
    return end;
  }
  return rest.length;
}

/** 附注 under the 成文日期: （此件公开发布）, （联系人：…，电话：…）. */
export const NOTE_LINE = /^[（(](?:此件|本件|联系人|联系电话|此文)[^（）()]*[）)]$/u;

export interface NoticeParts {
  addressee: Line[];
  text: Line[];
  /** 附件说明 lines (附件：1．… 2．…) between the text and the 署名. */
  attachmentLines: Line[];
  /** The attachment titles named there, without their numbers. */
  attachments: string[];
  signature: string | null;
  date: { text: string; iso: string } | null;
  after: Line[];
}

const ATTACHMENT_NOTE = /^附[ \u3000]*件[ \u3000]*[：:]/u;
const ATTACHMENT_ITEM = /^(\d{1,2})[ \u3000]*[．.、][ \u3000]*/u;

/** 附件说明 lines → the attachment titles (numbers dropped, wrapped lines joined). */
export function attachmentTitles(lines: readonly Line[]): string[] {
  const items: string[][] = [];
  lines.forEach((l, n) => {
    const t = n === 0 ? l.text.replace(ATTACHMENT_NOTE, '').trim() : l.text;
    if (!t) return;
    const m = ATTACHMENT_ITEM.exec(t);
    if (m || !items.length) items.push([m ? t.slice(m[0].length) : t]);
    else items[items.length - 1]?.push(t);
  });
  return items.map((parts) => stripSpaces(joinAllWrapped(parts)));
}

/** Split the notice part: 主送机关 (up to the first line ending in ：), text, 附件说明, 署名 and 成文日期. */
export function splitNotice(lines: readonly Line[], issuer: string | null): NoticeParts {
  let addrEnd = 0;
  for (let k = 0; k < Math.min(lines.length, 6); k++) {
    const t = lines[k]?.text ?? '';
    if (/[：:]$/u.test(t) && !ATTACHMENT_NOTE.test(t)) {
      addrEnd = k + 1;
      break;
    }
    if (/[。；]/u.test(t)) break;
  }
  const addressee = lines.slice(0, addrEnd);
  let tail = lines.length;
  let date: NoticeParts['date'] = null;
  const signature: string[] = [];
  for (let k = lines.length - 1; k >= Math.max(addrEnd, lines.length - 5); k--) {
    const t = lines[k]?.text ?? '';
    if (isDateLine(t)) {
      date = { text: t, iso: parseChineseDate(t) ?? '' };
      tail = k;
      break;
    }
  }
  const after = date ? lines.slice(tail + 1) : [];
  if (date) {
    // 署名: the organisation lines right above the date (one per issuer of a joint notice).
    while (signature.length < 4 && tail - 1 > addrEnd && isSignatureLine(lines[tail - 1] as Line)) {
      signature.unshift(lines[tail - 1]?.text ?? '');
      tail--;
    }
  } else {
    const last = lines[lines.length - 1];
    if (
      last &&
      looksLikeOrganization(last.text) &&
      (/^[ \u3000]{4,}/u.test(last.raw) || (issuer && stripSpaces(last.text) === stripSpaces(issuer)))
    ) {
      signature.push(last.text);
      tail = lines.length - 1;
    }
  }
  // 附件说明: from a line starting 附件： to the 署名.
  let notes = tail;
  for (let k = tail - 1; k >= addrEnd && k >= tail - 12; k--) {
    if (ATTACHMENT_NOTE.test(lines[k]?.text ?? '')) {
      notes = k;
      break;
    }
  }
  const attachmentLines = lines.slice(notes, tail);
  return {
    addressee,
    text: lines.slice(addrEnd, notes),
    attachmentLines,
    attachments: attachmentTitles(attachmentLines),
    signature: signature.length ? signature.join(' ') : null,
    date,
    after,
  };
}

function isSignatureLine(line: Line): boolean {
  return (
    looksLikeOrganization(line.text) &&
    ORG_END.test(stripSpaces(line.text)) &&
    !ATTACHMENT_ITEM.test(line.text) &&
    !matchMarker(line.text)
  );
}
