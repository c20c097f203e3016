// 发布到正式网站 in /admin/ when the CMS runs on the local server (`npm start`, an office without
// CI): a button opening a dialog that publishes the production build to the 发布目标 of site
// settings, or switches the public site back to the previous release, with progress and the result.
// Talks to /api/publish (scripts/serve/publishApi.mjs); where that does not answer, nothing is shown.
import { DOCK_ORDER, dockButton } from './adminDock';

export const PUBLISH_API_PATH = '/api/publish';
const POLL_MS = 1000;

export interface PublishJob {
  state: 'idle' | 'running' | 'done' | 'failed';
  action: 'publish' | 'rollback' | null;
  target: string | null;
  log: string[];
  release: string | null;
  error: string | null;
  configuredTarget: string | null;
  targetProblem: string | null;
}

/** The sentence shown for a job's state; null before anything ran. */
export function publishResultText(job: PublishJob): { tone: 'busy' | 'ok' | 'error'; text: string } | null {
  const what = job.action === 'rollback' ? '退回上一版' : '发布';
  if (job.state === 'running') return { tone: 'busy', text: `正在${what}到 ${job.target}…请不要关闭本页。` };
  if (job.state === 'done')
    return {
      tone: 'ok',
      text:
        job.action === 'rollback'
          ? `已退回上一版：正式网站（${job.target}）现在是 ${job.release} 版。`
          : `发布完成：正式网站（${job.target}）现在是 ${job.release} 版。`,
    };
  if (job.state === 'failed')
    return { tone: 'error', text: `${what}失败：${job.error}。正式网站仍是原来的版本，没有改动。` };
  return null;
}

async function readJob(): Promise<PublishJob | null> {
  const res = await fetch(PUBLISH_API_PATH, { cache: 'no-store' });
  if (!res.ok || !res.headers.get('content-type')?.includes('json')) return null;
  return (await res.json()) as PublishJob;
}

const COLORS = { busy: '#5d4200', ok: '#1b5e20', error: '#8a1c14' } as const;

function button(doc: Document, text: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.style.cssText = 'font:inherit;padding:6px 14px;margin:0 8px 0 0;border:1px solid #1f4e79;border-radius:4px;';
  return b;
}

/** Adds the button and dialog when the local server offers publishing. */
export async function mountPublishPanel(doc: Document = document): Promise<void> {
  let job: PublishJob | null;
  try {
    job = await readJob();
  } catch {
    return;
  }
  if (!job) return;
  const open = button(doc, '发布到正式网站');
  open.id = 'kepu-publish-open';
  open.style.cssText += 'background:#1f4e79;color:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)';
  const dialog = doc.createElement('dialog');
  dialog.id = 'kepu-publish';
  dialog.setAttribute('aria-labelledby', 'kepu-publish-title');
  dialog.style.cssText = 'max-width:40rem;width:90vw;font:15px/1.6 system-ui,sans-serif;color:#1a1a1a';
  const title = doc.createElement('h2');
  title.id = 'kepu-publish-title';
  title.textContent = '发布到正式网站';
  title.style.cssText = 'font-size:1.25rem;margin:0 0 8px';
  const about = doc.createElement('p');
  const publish = button(doc, '发布到正式网站');
  publish.style.background = '#1f4e79';
  publish.style.color = '#fff';
  const back = button(doc, '退回上一版');
  const close = button(doc, '关闭');
  const result = doc.createElement('p');
  result.setAttribute('role', 'status');
  result.style.fontWeight = 'bold';
  const log = doc.createElement('pre');
  log.setAttribute('aria-label', '发布过程');
  log.style.cssText =
    'max-height:14rem;overflow:auto;background:#f5f5f5;padding:8px;white-space:pre-wrap;font:13px/1.5 monospace';
  const actions = doc.createElement('p');
  actions.append(publish, back, close);
  dialog.append(title, about, actions, result, log);
  dockButton(open, DOCK_ORDER.publish, doc);
  doc.body.append(dialog);

  const show = (j: PublishJob) => {
    job = j;
    about.textContent = j.configuredTarget
      ? `把网站构建为正式版本（不含示例内容），发布到 ${j.configuredTarget}。发布前会检查新版本是否完整；出错时正式网站保持原样。`
      : `${j.targetProblem ?? '尚未设置发布目标'}`;
    const running = j.state === 'running';
    publish.disabled = running || !j.configuredTarget;
    back.disabled = running || !j.configuredTarget;
    const shown = publishResultText(j);
    result.textContent = shown?.text ?? '';
    result.style.color = shown ? COLORS[shown.tone] : '';
    log.textContent = j.log.join('\n');
    log.hidden = j.log.length === 0;
  };

  const poll = async (): Promise<void> => {
    const j = await readJob().catch(() => null);
    if (j) show(j);
    if (!j || j.state === 'running') setTimeout(() => void poll(), POLL_MS);
  };

  const start = async (action: 'publish' | 'rollback', question: string): Promise<void> => {
    if (!window.confirm(question)) return;
    const res = await fetch(PUBLISH_API_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action }),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    if (!res.ok) {
      result.textContent = body.error ?? `请求失败（${res.status}）`;
      result.style.color = COLORS.error;
      return;
    }
    await poll();
  };

  open.addEventListener('click', () => {
    show(job!);
    dialog.showModal();
    void poll();
  });
  close.addEventListener('click', () => dialog.close());
  publish.addEventListener('click', () => {
    void start('publish', `把当前网站内容发布到正式网站（${job?.configuredTarget}）？`);
  });
  back.addEventListener('click', () => {
    void start('rollback', `把正式网站（${job?.configuredTarget}）退回上一次发布的版本？`);
  });
}
