/**
 * `npm run inspect -- --external`: asks each external link once (HEAD, then GET when HEAD is
 * refused), a few at a time. A link that answers with an error is 扣分; when no link can be reached
 * at all the network is taken to be closed and one 提示 says so — the check never fails offline.
 */
import type { InspectionReport } from '../../src/lib/inspect/report.ts';
import type { Finding } from '../../src/lib/inspect/types.ts';

const TIMEOUT_MS = 10_000;
const PARALLEL = 4;

async function ask(url: string): Promise<string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
      await res.body?.cancel();
      if (res.ok) return String(res.status);
      if (method === 'GET' || ![403, 405, 501].includes(res.status)) return String(res.status);
    } catch (error) {
      if (method === 'GET') return `无法连接（${(error as Error).message}）`;
    }
  }
  return '无法连接';
}

export async function checkExternalLinks(links: InspectionReport['externalLinks'], dist: string): Promise<Finding[]> {
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const link = links[next++]!;
      link.status = await ask(link.url);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, links.length) }, worker));
  const answered = links.filter((l) => /^\d+$/u.test(l.status ?? ''));
  if (links.length > 0 && answered.length === 0)
    return [
      {
        severity: 'hint',
        rule: 'external-link',
        ruleLabel: '外部链接',
        text: `${links.length} 个外部链接都无法连接，可能当前网络不通外网，未作判断`,
        fix: '在能访问外网的机器上运行 npm run inspect -- --external',
      },
    ];
  return links
    .filter((l) => !/^[23]\d\d$/u.test(l.status ?? ''))
    .map((l) => ({
      severity: 'deduct' as const,
      rule: 'external-link',
      ruleLabel: '外部链接不可用',
      file: `${dist}${l.page}`,
      text: `${l.url}：${l.status}`,
      fix: '改正或删除这个外部链接',
    }));
}
