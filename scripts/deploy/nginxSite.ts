// Writes the site's nginx server block: deploy/nginx/kepu-portal.conf is a template whose
// @SERVER_NAME@ is the host of src/config/site.json's baseUrl, so the site's identity stays in
// site.json alone. Usage: npm run nginx:site [-- --out FILE] (default deploy/nginx/kepu-portal.site.conf).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isHostName } from '../../src/lib/site/hostName.ts';

export const NGINX_TEMPLATE = 'deploy/nginx/kepu-portal.conf';
export const NGINX_SITE_OUT = 'deploy/nginx/kepu-portal.site.conf';
const SITE_JSON = 'src/config/site.json';

/** The template with every placeholder filled from the site's identity; throws naming what is wrong. */
export function renderNginxSite(template: string, site: { baseUrl?: unknown }): string {
  let host: string;
  try {
    const url = new URL(String(site.baseUrl));
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    host = url.hostname;
    // Checked again here: site.json is edited through the CMS, and the host lands in nginx syntax.
    if (!isHostName(host)) throw new Error();
  } catch {
    throw new Error(
      `${SITE_JSON}：字段 baseUrl：“${String(site.baseUrl)}”不是网站地址（应如 https://kepu.example.cn）`,
    );
  }
  if (!template.includes('@SERVER_NAME@')) throw new Error(`${NGINX_TEMPLATE}：缺少占位符 @SERVER_NAME@`);
  const out = template.replaceAll('@SERVER_NAME@', host);
  const left = /@[A-Z_]+@/u.exec(out);
  if (left) throw new Error(`${NGINX_TEMPLATE}：未知的占位符 ${left[0]}`);
  return `# Written by \`npm run nginx:site\` from ${NGINX_TEMPLATE} and ${SITE_JSON}; edit those, not this file.\n${out}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: NGINX_SITE_OUT } } });
  try {
    const site = JSON.parse(readFileSync(SITE_JSON, 'utf8')) as { baseUrl?: unknown };
    writeFileSync(values.out, renderNginxSite(readFileSync(NGINX_TEMPLATE, 'utf8'), site));
    console.log(`已写出 ${values.out}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
