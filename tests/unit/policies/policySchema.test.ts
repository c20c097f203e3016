/** The policy front matter schema: every committed document passes; bad values are named in Chinese. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../src/schemas/policy';
import { parseDocument } from '../../../src/lib/import/document';
import { formatZodIssues } from '../../../src/lib/build/zodErrors';
import { CONTENT_SETS, contentFiles, fixtureContent } from '../../fixtures/site';

const ROOT = join(import.meta.dirname, '../../..');
const files = CONTENT_SETS.flatMap((set) => contentFiles(set, 'policies').map((f) => join(set, 'policies', f)));
const FIXTURE = fixtureContent('policies', 'yiyang-kexie-kepu-yaodian-2023.md');

describe('policy schema', () => {
  it.each(files)('%s is valid', (f) => {
    const { data } = parseDocument(readFileSync(join(ROOT, f), 'utf8'));
    const r = policySchema.safeParse(data);
    expect(r.success, r.success ? '' : formatZodIssues(r.error.issues)).toBe(true);
  });

  const valid = parseDocument(readFileSync(FIXTURE, 'utf8')).data;

  it.each([
    ['docNumber', { docNumber: '益科协[2023]12号' }, /规范文号/u],
    ['issuedDate', { issuedDate: '2023-02-30' }, /不是存在的日期/u],
    ['issuedDate', { issuedDate: '2023年4月7日' }, /YYYY-MM-DD/u],
    ['status', { status: 'published' }, /draft 或 final/u],
    ['slug', { slug: '益阳' }, /小写字母/u],
    ['docNumberIncomplete', { docNumber: '岳南管办发〔2022〕 号', docNumberIncomplete: false }, /docNumberIncomplete/u],
    ['manual.basis', { manual: { issuer: '某市' } }, /./u],
    ['manual.guess', { manual: { basis: 'x', guess: 1 } }, /./u],
  ])('rejects a bad %s and names the field', (field, patch, message) => {
    const r = policySchema.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) {
      const text = formatZodIssues(r.error.issues);
      expect(text).toContain(field.split('.')[0] ?? field);
      expect(text).toMatch(message);
    }
  });

  it('turns an unquoted YAML date (a Date) back into the calendar day', () => {
    const r = policySchema.safeParse({ ...valid, issuedDate: new Date('2023-04-07T00:00:00Z') });
    expect(r.success && r.data.issuedDate).toBe('2023-04-07');
  });
});
