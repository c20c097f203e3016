// The site's host name, checked where site.json is validated (src/config/siteSchema.ts) and again
// where it is written into the nginx configuration (scripts/deploy/nginxSite.ts): an editor can
// change site.json through the CMS, and `server_name kepu.example;include …` would be nginx syntax.

/** A DNS name (letters, digits, inner hyphens; dots between labels) or an IPv4 address. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/u;

/** True for a host name nginx's server_name can take as a plain word. */
export function isHostName(host: string): boolean {
  return HOST_NAME.test(host);
}

/**
 * Why a base URL is not a plain http(s) site address (scheme, host name, optional port and path,
 * nothing else), or undefined.
 */
export function baseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '不是网址（应如 https://kepu.example.cn）';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '应以 https:// 或 http:// 开头';
  if (!isHostName(url.hostname)) return `主机名“${url.hostname}”只能含字母、数字、连字符和点`;
  if (url.username || url.password || url.search || url.hash) return '只写网站地址，不要带用户名、? 或 # 后的部分';
  if (!/^[A-Za-z0-9._~/-]*$/u.test(url.pathname)) return '路径只能含字母、数字和 . _ ~ / -';
  const written = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  if (value !== written) return `应写成 ${written}（末尾不要加 /）`;
  return undefined;
}
