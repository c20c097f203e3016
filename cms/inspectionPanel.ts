// 网站自查 in /admin/: a button opens a dialog listing the findings `npm run inspect` wrote into the
// build (/admin/inspection.json), 单项否决 first, each with a link that opens the entry in the CMS
// (or the built page, or 站点设置). Without a report the dialog says how to make one.
import { findingPlace, REPORT_PATH, type InspectionReport } from '../src/lib/inspect/report';
import { SEVERITY_LABELS, SEVERITY_ORDER, type Finding } from '../src/lib/inspect/types';
import { DOCK_ORDER, dockButton } from './adminDock';

export const INSPECTION_URL = `/${REPORT_PATH}`;

/** Where a finding's link goes: the entry in the CMS, 站点设置, or the built page; null when nowhere. */
export function findingHref(f: Finding, dist: string): { href: string; label: string } | null {
  if (f.entry) return { href: `#/collections/${f.entry.collection}/entries/${f.entry.slug}`, label: '打开条目' };
  if (f.file === 'src/config/site.json') return { href: '#/collections/settings/entries/site', label: '打开站点设置' };
  if (dist && f.file?.startsWith(`${dist}/`)) return { href: f.file.slice(dist.length), label: '查看页面' };
  return null;
}

/** The button's text: the count of 单项否决 and 扣分, or that no report exists. */
export function panelSummary(report: InspectionReport | null): string {
  if (!report) return '网站自查';
  return `网站自查：单项否决 ${report.counts.veto}，扣分 ${report.counts.deduct}`;
}

function renderReport(doc: Document, root: HTMLElement, report: InspectionReport | null): void {
  root.replaceChildren();
  const heading = doc.createElement('h2');
  heading.id = 'kepu-inspection-title';
  heading.textContent = '网站自查';
  root.append(heading);
  const para = (text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    root.append(p);
  };
  if (!report) {
    para('还没有自查报告。在项目文件夹运行 npm run build 后运行 npm run inspect，报告会写入网站并显示在这里。');
    return;
  }
  para(
    `检查时间 ${new Date(report.checkedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}：单项否决 ${report.counts.veto} 项，扣分 ${report.counts.deduct} 项，提示 ${report.counts.hint} 项。${
      report.failed ? '存在单项否决问题，请先改正这些。' : '没有单项否决问题。'
    }`,
  );
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const h3 = doc.createElement('h3');
    h3.textContent = `${SEVERITY_LABELS[severity]}（${group.length}）`;
    const list = doc.createElement('ol');
    for (const f of group) {
      const item = doc.createElement('li');
      const where = doc.createElement('span');
      where.className = 'kepu-inspection-place';
      where.textContent = `[${f.ruleLabel}] ${findingPlace(f)}`;
      const found = doc.createElement('div');
      found.textContent = `发现：${f.text}`;
      const fix = doc.createElement('div');
      fix.textContent = `建议：${f.fix}`;
      item.append(where, found, fix);
      const link = findingHref(f, report.dist);
      if (link) {
        const a = doc.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        if (!link.href.startsWith('#')) a.target = '_blank';
        else a.addEventListener('click', () => (root.closest('dialog') as HTMLDialogElement | null)?.close());
        item.append(a);
      }
      list.append(item);
    }
    root.append(h3, list);
  }
}

const STYLE = `
.kepu-inspection-open{padding:.6rem 1rem;font-size:1rem;background:#fff;color:#1f5f99;border:2px solid #1f5f99;border-radius:4px;cursor:pointer}
.kepu-inspection-open[data-failed="true"]{color:#a4000f;border-color:#a4000f}
.kepu-inspection-open:focus-visible,.kepu-inspection-dialog a:focus-visible,.kepu-inspection-dialog button:focus-visible{outline:3px solid #c05600;outline-offset:2px}
.kepu-inspection-dialog{max-width:52rem;width:calc(100% - 2rem);max-height:calc(100% - 2rem);padding:1.25rem 1.5rem;border:1px solid #667;border-radius:6px;font-size:1rem;line-height:1.6;color:#1b1b1b}
.kepu-inspection-dialog::backdrop{background:rgba(0,0,0,.45)}
.kepu-inspection-dialog li{margin-bottom:.6rem}
.kepu-inspection-place{font-weight:600}
.kepu-inspection-dialog a{color:#1f5f99}
`;

async function loadReport(): Promise<InspectionReport | null> {
  try {
    const res = await fetch(INSPECTION_URL, { cache: 'no-store' });
    if (!res.ok || !res.headers.get('content-type')?.includes('json')) return null;
    const data = (await res.json()) as Partial<InspectionReport>;
    // The build's placeholder ({ inspected: false }) until npm run inspect has run.
    return Array.isArray(data.findings) ? (data as InspectionReport) : null;
  } catch {
    return null;
  }
}

/** Adds the 网站自查 button and its dialog to the CMS page. */
export function mountInspectionPanel(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(style);
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'kepu-inspection-open';
  open.textContent = panelSummary(null);
  const dialog = doc.createElement('dialog');
  dialog.className = 'kepu-inspection-dialog';
  dialog.setAttribute('aria-labelledby', 'kepu-inspection-title');
  const content = doc.createElement('div');
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => dialog.close());
  dialog.append(content, close);
  dockButton(open, DOCK_ORDER.inspection, doc);
  doc.body.append(dialog);
  const refresh = async (): Promise<InspectionReport | null> => {
    const report = await loadReport();
    open.textContent = panelSummary(report);
    open.dataset.failed = String(Boolean(report?.failed));
    return report;
  };
  void refresh();
  open.addEventListener('click', async () => {
    renderReport(doc, content, await refresh());
    dialog.showModal();
  });
  dialog.addEventListener('close', () => open.focus());
}
