/**
 * Personal data that must not be published (《个人信息保护法》): an 18-digit 居民身份证号码 whose
 * check digit is right (GB 11643-1999), a mainland mobile number, a bank card number that passes
 * the Luhn check. Each hit carries the masked form to publish instead; a number that only looks
 * like one (a wrong check digit, a longer run of digits, part of a code) is not reported.
 */
import type { TextHit } from '../textHit.ts';

export type PersonalDataKind = '身份证号' | '手机号码' | '银行卡号';

export interface PersonalDataHit extends TextHit {
  kind: PersonalDataKind;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Whether an 18-character 身份证号 has a real birth date and the right check character. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/u.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return idCheckCharacter(id.slice(0, 17)) === id[17]!.toUpperCase();
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// No letter, digit or hyphen-joined digit may touch a number: it would be part of a longer code.
const ID = /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/gu;
const MOBILE = /(?<![0-9A-Za-z+\-.])(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9A-Za-z\-.])/gu;
const CARD = /(?<![0-9A-Za-z\-.])(?:\d{4}[ -]?){3}\d{4,7}(?![0-9A-Za-z\-.])/gu;

function mask(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

export function personalDataHits(text: string, allow: readonly string[] = []): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken: [number, number][] = [];
  const allowed = new Set(allow.map((a) => a.replace(/[\s-]/gu, '')));
  const push = (hit: PersonalDataHit, raw: string) => {
    if (allowed.has(raw.replace(/[\s-]/gu, ''))) return;
    if (taken.some(([s, e]) => hit.start < e && s < hit.end)) return;
    taken.push([hit.start, hit.end]);
    hits.push(hit);
  };
  for (const m of text.matchAll(ID)) {
    if (!isValidIdNumber(m[0])) continue;
    const masked = mask(m[0], 6, 4);
    push(
      {
        kind: '身份证号',
        start: m.index,
        end: m.index + m[0].length,
        found: masked,
        word: m[0],
        fix: `删除身份证号，确需公开时写成 ${masked}`,
      },
      m[0],
    );
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/gu, '');
    if (digits.length < 16 || digits.length > 19 || !/^[3-6]/u.test(digits) || !passesLuhn(digits)) continue;
    if (digits.length === 18 && isValidIdNumber(digits)) continue;
    const masked = mask(digits, 4, 4);
    push(
      {
        kind: '银行卡号',
        start: m.index,
        end: m.index + m[0].length,
        found: masked,
        word: m[0],
        fix: `删除银行卡号，确需公开时写成 ${masked}`,
      },
      m[0],
    );
  }
  for (const m of text.matchAll(MOBILE)) {
    const number = `${m[1]}${m[2]}${m[3]}`;
    const masked = mask(number, 3, 4);
    push(
      {
        kind: '手机号码',
        start: m.index,
        end: m.index + m[0].length,
        found: masked,
        word: m[0],
        fix: `删除个人手机号码，改用单位办公电话；确需公开时写成 ${masked}`,
      },
      m[0],
    );
  }
  return hits.sort((a, b) => a.start - b.start);
}
