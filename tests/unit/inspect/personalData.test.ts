import { describe, expect, it } from 'vitest';
import { isValidIdNumber, passesLuhn, personalDataHits } from '../../../src/lib/inspect/rules/personalData';

// GB 11643-1999's own example of a 公民身份号码, and the same with a wrong check character.
const VALID_ID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';

describe('个人信息', () => {
  it('checks the GB 11643 check character and the birth date', () => {
    expect(isValidIdNumber(VALID_ID)).toBe(true);
    expect(isValidIdNumber(VALID_ID.toLowerCase())).toBe(true);
    expect(isValidIdNumber(WRONG_CHECK)).toBe(false);
    // Right shape, impossible birth date (2 月 30 日).
    expect(isValidIdNumber('110105194902300025')).toBe(false);
  });

  it('reports a valid 身份证号 with its masked form, and not one with a wrong check digit', () => {
    const hits = personalDataHits(`报名人：张三，身份证号 ${VALID_ID}；李四 ${WRONG_CHECK}。`);
    expect(hits.map((h) => [h.kind, h.found])).toEqual([['身份证号', '110105********002X']]);
    expect(hits[0]!.fix).toContain('110105********002X');
  });

  it('does not read part of a longer number or code as one', () => {
    expect(personalDataHits(`编号 9${VALID_ID}`)).toEqual([]);
    expect(personalDataHits(`sha256: a${VALID_ID.slice(0, 17)}0b`)).toEqual([]);
  });

  it('reports mobile numbers, written together or grouped', () => {
    const hits = personalDataHits('联系人手机 13800138000，或 139-0013-9000；办公电话 0737-4221234。');
    expect(hits.map((h) => [h.kind, h.found])).toEqual([
      ['手机号码', '138****8000'],
      ['手机号码', '139****9000'],
    ]);
  });

  it('reports a bank card number only when it passes Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    const hits = personalDataHits('汇款账号 4111 1111 1111 1111，错误的 4111 1111 1111 1112。');
    expect(hits.map((h) => [h.kind, h.found])).toEqual([['银行卡号', '4111********1111']]);
  });

  it('does not report a number the entry allows', () => {
    expect(personalDataHits('热线 13800138000', ['138-0013-8000'])).toEqual([]);
  });
});
