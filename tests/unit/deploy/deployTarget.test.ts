// 发布目标 in site settings: a folder on the web server (user@host:/path) or on this computer; the
// schema, the CMS field and 发布到正式网站 use the one rule.
import { describe, expect, it } from 'vitest';
import raw from '../../../src/config/site.json';
import { siteSchema } from '../../../src/config/siteSchema';
import { siteSettingsFields } from '../../../cms/collections/siteSettings';
import { deployTargetProblem } from '../../../src/lib/deploy/deployTarget';

const GOOD = ['deploy@web.example.gov.cn:/srv/kepu-portal', 'web01:/var/www/kepu', '/srv/kepu-portal'];
const BAD = [
  'deploy@web;reboot:/srv',
  '-oProxyCommand=sh:/x',
  'deploy@web.example.gov.cn:/srv/../etc',
  '/srv/kepu portal',
  'srv/kepu',
  'https://web.example.gov.cn/',
];

describe('发布目标', () => {
  it.each(GOOD)('accepts %s', (target) => {
    expect(deployTargetProblem(target)).toBeNull();
    expect(siteSchema.safeParse({ ...raw, deployTarget: target }).success).toBe(true);
  });

  it.each(BAD)('refuses %s in site.json, naming the field', (target) => {
    expect(deployTargetProblem(target)).toContain(`“${target}”不是有效的发布目标`);
    const result = siteSchema.safeParse({ ...raw, deployTarget: target });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['deployTarget']);
  });

  it('empty means not set up, and is valid in site.json', () => {
    expect(deployTargetProblem('')).toBe('尚未设置发布目标');
    expect(siteSchema.parse({ ...raw, deployTarget: '' }).deployTarget).toBe('');
  });

  it('the CMS field takes the same targets', () => {
    const field = siteSettingsFields.find((f) => f.name === 'deployTarget')!;
    const pattern = new RegExp((field.pattern as [string, string])[0]);
    for (const target of [...GOOD, '']) expect(pattern.test(target), target).toBe(true);
    for (const target of BAD) expect(pattern.test(target), target).toBe(false);
  });
});
