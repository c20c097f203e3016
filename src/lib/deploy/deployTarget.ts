// 发布目标 in site settings: where 发布到正式网站 (and `npm run deploy`) puts the site — a folder on
// the web server reached over SSH (user@host:/path) or a folder on this computer (/path).

const PATH = String.raw`(?!.*\/\.\.(?:\/|$))(?!.*\/\/)\/[\w./-]*`;
const REMOTE = String.raw`(?:[a-z_][\w.-]*@)?[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?:${PATH}`;

/** A deploy target (non-empty). */
export const DEPLOY_TARGET_PATTERN = `^(?:${REMOTE}|${PATH})$`;

export const DEPLOY_TARGET_HINT =
  '填写正式网站服务器上的网站目录，如 deploy@web.example.gov.cn:/srv/kepu-portal；网站服务器就是本机时填本机目录，如 /srv/kepu-portal';

/** Why a 发布目标 is not usable, or null; an empty one means 发布到正式网站 is not set up. */
export function deployTargetProblem(target: string): string | null {
  if (!target.trim()) return '尚未设置发布目标';
  return new RegExp(DEPLOY_TARGET_PATTERN, 'iu').test(target)
    ? null
    : `“${target}”不是有效的发布目标：${DEPLOY_TARGET_HINT}`;
}
