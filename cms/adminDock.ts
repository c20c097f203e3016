// The buttons /admin/ adds beside Decap's own screens (网站自查, 署名与修订记录, 发布到正式网站,
// 导入政策文件) stand in one row at the bottom right, above the build status bar: each panel mounts
// on its own (some after a request), and buttons fixed each at their own spot covered one another.
const DOCK_ID = 'kepu-admin-dock';

/** Where a button stands in the row, left to right. */
export const DOCK_ORDER = { inspection: 1, history: 2, publish: 3, import: 4 } as const;

/** Puts `button` into the row (created on first use) at its place. */
export function dockButton(button: HTMLElement, order: number, doc: Document = document): void {
  let dock = doc.getElementById(DOCK_ID);
  if (!dock) {
    dock = doc.createElement('div');
    dock.id = DOCK_ID;
    dock.setAttribute('role', 'group');
    dock.setAttribute('aria-label', '网站工具');
    dock.style.cssText =
      'position:fixed;left:1rem;right:1rem;bottom:calc(var(--kepu-status-height, 0px) + .75rem);z-index:10001;display:flex;flex-wrap:wrap;justify-content:flex-end;align-items:center;gap:.5rem;pointer-events:none';
    doc.body.append(dock);
    // The page scrolls past the row and the bar, whatever their height (the row wraps on a phone).
    const root = doc.documentElement;
    new ResizeObserver(() => root.style.setProperty('--kepu-dock-height', `${dock!.offsetHeight}px`)).observe(dock);
    doc.body.style.paddingBottom = 'calc(var(--kepu-status-height, 0px) + var(--kepu-dock-height, 0px) + 1.5rem)';
  }
  button.style.order = String(order);
  button.style.pointerEvents = 'auto';
  dock.append(button);
}
