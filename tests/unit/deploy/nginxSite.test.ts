// The nginx server block is written from site.json: the template names no host of its own, and
// `npm run nginx:site` fills in the host of whichever identity the site has.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../src/config/site.json';
import { NGINX_TEMPLATE, renderNginxSite } from '../../../scripts/deploy/nginxSite';

const template = readFileSync(NGINX_TEMPLATE, 'utf8');
const serverNames = (conf: string) =>
  [...conf.replace(/#.*$/gmu, '').matchAll(/^\s*server_name\s+([^;]+);/gmu)].map((m) => m[1]);

describe('nginx site from site.json', () => {
  it('the template names no host: every server_name is the placeholder', () => {
    expect(serverNames(template).length).toBeGreaterThan(0);
    expect(new Set(serverNames(template))).toEqual(new Set(['@SERVER_NAME@']));
  });

  it('another identity gets its own host in every server block, and nothing is left unfilled', () => {
    const conf = renderNginxSite(template, { baseUrl: 'https://kepu.city-b.example.cn' });
    expect(new Set(serverNames(conf))).toEqual(new Set(['kepu.city-b.example.cn']));
    expect(serverNames(conf)).toHaveLength(serverNames(template).length);
    expect(conf).not.toMatch(/@[A-Z_]+@/u);
  });

  it('refuses a baseUrl that is no web address, naming the field', () => {
    expect(() => renderNginxSite(template, { baseUrl: 'kepu.example.cn' })).toThrow(/site\.json：字段 baseUrl/u);
    expect(() => renderNginxSite('server { server_name x; }', { baseUrl: 'https://a.example.cn' })).toThrow(
      /@SERVER_NAME@/u,
    );
  });

  it("npm run nginx:site writes the committed identity's host", () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kepu-nginx-')), 'site.conf');
    execFileSync(process.execPath, ['scripts/deploy/nginxSite.ts', '--out', out], { stdio: 'pipe' });
    expect(new Set(serverNames(readFileSync(out, 'utf8')))).toEqual(new Set([new URL(raw.baseUrl).hostname]));
  });
});
