/**
 * Segment a cleaned document into its parts: 版头, 文号, title, notice part (主送机关, 正文, 署名, 成文日期),
 * the enclosed document (for a 印发通知), appendices (附件, with tables and 注释) and the 版记.
 */
import { parseDocNumber, type DocNumber } from '../docNumber.ts';
import {
  DOC_KIND_END, IMPRINT_FIELD, MASTHEAD, PRINTED_LINE, enclosedTitle, isDateLine, isNoticeTitle,
  looksLikeOrganization, parseChineseDate,
} from './metadata.ts';
import { ImportError } from './normalize.ts';
import { matchMarker } from './headings.ts';
import { isTableLine } from './table.ts';
import { ENDS_SENTENCE, bracketsBalanced, joinWrapped, stripSpaces, tidySpaces } from './text.ts';

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
}

const MAX_TITLE = 120;

function docNumberLine(text: string): { dn: DocNumber; printed: string; signer: string | null } | null {
  const t = text.trim();
  const whole = parseDocNumber(t);
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
  return t.length > 0 && t.length <= MAX_TITLE && !/[，。；,;]$/u.test(t) && !t.includes('\t');
}

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
    const isPrinted = PRINTED_LINE.test(t);
    const isField = IMPRINT_FIELD.test(t);
    const isOffice = looksLikeOrganization(t) && k + 1 === start && PRINTED_LINE.test(after) && isDateLine(after.replace(/印发$/u, ''));
    if (isPrinted || isField || isOffice) start = k;
    else break;
  }
  return start;
}

export function segment(allLines: readonly Line[]): Segments {
  const lines = allLines.filter((l) => l.text !== '');
  if (!lines.length) throw new ImportError('文件没有文字内容');
  let i = 0;
  let masthead: string | null = null;
  let docNumber: DocNumber | null = null;
  let docNumberAsPrinted: string | null = null;
  let signer: string | null = null;

  const takeDocNumber = (): boolean => {
    const found = docNumber ? null : docNumberLine(lines[i]?.raw ?? '');
    if (!found) return false;
    docNumber = found.dn;
    docNumberAsPrinted = found.printed;
    signer = found.signer;
    i++;
    return true;
  };

  for (let guard = 0; guard < 3; guard++) {
    const t = stripSpaces(lines[i]?.text ?? '');
    if (!masthead && MASTHEAD.test(t)) {
      masthead = t;
      i++;
    } else if (!takeDocNumber()) break;
  }

  const first = lines[i];
  if (!first || !isTitleLine(first.text) || isTableLine(first.raw)) throw titleError(first?.text ?? '');
  let title = first.text;
  i++;
  for (;;) {
    const next = lines[i];
    if (!next || !isTitleLine(next.text) || title.length > MAX_TITLE) break;
    const nt = next.text;
    const issuerThenAbout = looksLikeOrganization(title) && !title.includes('关于') && nt.startsWith('关于');
    const unfinishedAbout = title.includes('关于') && !DOC_KIND_END.test(stripSpaces(title)) && !ENDS_SENTENCE.test(title) && nt.length <= 40;
    const parenthetical = /^[（(][^（）()]{1,20}[）)]$/u.test(stripSpaces(nt)) && /年|稿|试行|草案|修订|\d/u.test(nt);
    // 益阳市全民科学素质行动规划纲要 / 实施方案（2021－2025年）: the next line supplies the 文种 ending.
    const completesKind =
      !isNoticeTitle(title) && nt.length <= 30 && !ENDS_SENTENCE.test(nt) && !matchMarker(nt) && DOC_KIND_END.test(stripSpaces(nt));
    if (issuerThenAbout || unfinishedAbout || parenthetical || completesKind || !bracketsBalanced(title)) {
      title = joinWrapped(title, nt);
      i++;
    } else break;
  }
  title = tidySpaces(title);
  takeDocNumber();

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
      documentTitle = tidySpaces(rest.slice(at[0], at[1]).map((l) => l.text).reduce((a, b) => joinWrapped(a, b)));
      body = rest.slice(at[1]);
    } else {
      notice = rest;
      body = [];
    }
  }
  return { masthead, docNumber, docNumberAsPrinted, signer, title, notice, documentTitle, body, imprint };
}

export interface NoticeParts {
  addressee: Line[];
  text: Line[];
  signature: string | null;
  date: { text: string; iso: string } | null;
  after: Line[];
}

/** Split the notice part: 主送机关 (up to the first line ending in ：), text, 署名 and 成文日期. */
export function splitNotice(lines: readonly Line[], issuer: string | null): NoticeParts {
  let addrEnd = 0;
  for (let k = 0; k < Math.min(lines.length, 6); k++) {
    const t = lines[k]?.text ?? '';
    if (/[：:]$/u.test(t)) {
      addrEnd = k + 1;
      break;
    }
    if (/[。；]/u.test(t)) break;
  }
  const addressee = lines.slice(0, addrEnd);
  let tail = lines.length;
  let date: NoticeParts['date'] = null;
  let signature: string | null = null;
  for (let k = lines.length - 1; k >= Math.max(addrEnd, lines.length - 4); k--) {
    const t = lines[k]?.text ?? '';
    if (isDateLine(t)) {
      date = { text: t, iso: parseChineseDate(t) ?? '' };
      tail = k;
      break;
    }
  }
  const after = date ? lines.slice(tail + 1) : [];
  const before = lines[tail - 1];
  const last = date ? before : lines[lines.length - 1];
  if (last && looksLikeOrganization(last.text)) {
    const indented = /^[ \u3000]{4,}/u.test(last.raw);
    if (date || indented || (issuer && stripSpaces(last.text) === stripSpaces(issuer))) {
      signature = last.text;
      tail = date ? tail - 1 : lines.length - 1;
    }
  }
  const text = lines.slice(addrEnd, tail);
  return { addressee, text, signature, date, after };
}
