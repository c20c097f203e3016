// The state of the site's latest build, shown at the bottom of /admin/ when the CMS runs on the
// local server (`npm start`): 正在更新 / 已更新（time）/ 更新失败 with the file, field and message the
// build printed. Reads the JSON the server gives at /api/build-status (scripts/serve/buildStatus.mjs);
// elsewhere (a git backend on the public host) that path does not answer and nothing is shown.

import { SITE_TIME_ZONE } from '../src/lib/site/calendarDays';
import { errorPlace } from './buildErrorPlace';
import { loadEntryCatalog } from './entryCheck';

export const BUILD_STATUS_PATH = '/api/build-status';
const POLL_MS = 2000;

export interface BuildStatus {
  state: 'idle' | 'building' | 'ok' | 'failed';
  /** While building: 构建页面, 建立索引, 发布 (scripts/serve/buildStatus.mjs). */
  step?: 'pages' | 'index' | 'publish' | null;
  startedAt?: string | null;
  finishedAt: string | null;
  lastSuccessAt: string | null;
  error: { file: string | null; field: string | null; message: string } | null;
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SITE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

const STEPS = { pages: '构建页面', index: '建立索引', publish: '发布' } as const;

/** 正在更新（建立索引，已用 23 秒）: the step and the time since the build started. */
function buildingText(s: BuildStatus, now: Date): string {
  const parts: string[] = [];
  if (s.step) parts.push(`${STEPS[s.step]}${s.step === 'publish' ? '' : '中'}`);
  if (s.startedAt) parts.push(`已用 ${Math.max(0, Math.round((now.getTime() - Date.parse(s.startedAt)) / 1000))} 秒`);
  return `网站正在更新${parts.length ? `（${parts.join('，')}）` : ''}…保存的内容将在构建完成后出现在网站上。`;
}

/** The sentence shown for a status; null when there is nothing to report yet. */
export function statusText(
  s: BuildStatus,
  now: Date = new Date(),
  /** The failed entry and field in the editor's words (cms/buildErrorPlace.ts), when known. */
  place?: string,
): { tone: 'busy' | 'ok' | 'error'; text: string } | null {
  if (s.state === 'building') return { tone: 'busy', text: buildingText(s, now) };
  if (s.state === 'ok' && s.finishedAt)
    return { tone: 'ok', text: `网站已更新（${TIME.format(new Date(s.finishedAt))}）` };
  if (s.state === 'failed') {
    const where =
      place ??
      [s.error?.file ? `文件 ${s.error.file}` : '', s.error?.field ? `字段 ${s.error.field}` : '']
        .filter(Boolean)
        .join('，');
    const kept = s.lastSuccessAt
      ? `网站仍显示 ${TIME.format(new Date(s.lastSuccessAt))} 的版本。`
      : '网站仍显示上一次成功的版本。';
    return {
      tone: 'error',
      text: `网站更新失败：${where ? `${where}：` : ''}${s.error?.message ?? '构建出错'}。请在内容管理中改正后再保存；${kept}`,
    };
  }
  return null;
}

const COLORS = { busy: ['#fff8e1', '#5d4200'], ok: ['#e8f5e9', '#1b5e20'], error: ['#fdecea', '#8a1c14'] } as const;

let placed: { key: string; place: string | undefined } | undefined;
/** A failed build's entry and field in the editor's words; the build's own text goes to the log. */
async function placeOf(status: BuildStatus): Promise<string | undefined> {
  if (status.state !== 'failed' || !status.error?.file) return undefined;
  const key = JSON.stringify(status.error);
  if (placed?.key !== key) {
    console.info('网站更新失败（构建输出）：', status.error);
    placed = { key, place: errorPlace(status.error, await loadEntryCatalog().catch(() => ({}))) };
  }
  return placed.place;
}

/** Adds the status bar to the page and keeps it current; stops if the server has no status. */
export function startBuildStatusBar(doc: Document = document): void {
  const bar = doc.createElement('div');
  bar.id = 'kepu-build-status';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  bar.style.cssText =
    'position:fixed;left:0;right:0;bottom:0;z-index:10000;box-sizing:border-box;min-height:48px;padding:6px 16px;font:14px/1.5 system-ui,sans-serif;border-top:1px solid #ccc;display:none';
  doc.body.append(bar);
  // The row of /admin/ tools (cms/adminDock.ts) stands above the bar, never under it,
  // whatever its height (a long message wraps on a phone).
  new ResizeObserver(() =>
    doc.documentElement.style.setProperty('--kepu-status-height', `${bar.offsetHeight}px`),
  ).observe(bar);
  let last = '';
  const poll = async (): Promise<void> => {
    let status: BuildStatus;
    try {
      const res = await fetch(BUILD_STATUS_PATH, { cache: 'no-store' });
      if (!res.ok || !res.headers.get('content-type')?.includes('json')) return;
      status = (await res.json()) as BuildStatus;
    } catch {
      // The local server is restarting: try again.
      setTimeout(() => void poll(), POLL_MS * 2);
      return;
    }
    const shown = statusText(status, new Date(), await placeOf(status));
    const key = JSON.stringify(shown);
    if (key !== last) {
      last = key;
      bar.style.display = shown ? 'flex' : 'none';
      bar.style.alignItems = 'center';
      if (shown) {
        bar.textContent = shown.text;
        bar.dataset.state = status.state;
        [bar.style.background, bar.style.color] = COLORS[shown.tone];
      }
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}
