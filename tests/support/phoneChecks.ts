// Browser checks for a page on a phone: targets big enough to hit (WCAG 2.2 2.5.8, 适老化 44 px)
// and text that stays legible in every interaction state (hover, focus, active). Used by
// tests/e2e/qualityBrowser.spec.ts over one page of each type.
import type { Page } from '@playwright/test';

/** What a reader can tap: links, buttons, form controls, disclosure summaries. */
const TARGETS = 'a[href], button, select, textarea, input:not([type="hidden"]), summary, [role="button"]';

/**
 * Targets smaller than `min` × `min` CSS px, as "selector「text」 w×h". A checkbox or radio
 * button counts with its label (tapping the label works). Exempt, as WCAG 2.5.8 exempts them: a link
 * inside a sentence (its block holds other words), whose height the line of text decides.
 */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const blockOf = (el: Element): Element => {
        let b: Element = el;
        while (b.parentElement && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
        return b;
      };
      // Words outside links and controls: a link among them sits in running text.
      const inSentence = (el: Element): boolean => {
        if (el.tagName !== 'A') return false;
        const block = blockOf(el.parentElement ?? el);
        const copy = block.cloneNode(true) as Element;
        for (const t of copy.querySelectorAll('a, button, .visually-hidden')) t.remove();
        return /[\p{L}\p{N}]/u.test(copy.textContent ?? '');
      };
      const name = (el: Element): string => {
        const cls =
          typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
        let ctx = el.parentElement;
        while (ctx && !(typeof ctx.className === 'string' && ctx.className.trim()) && !ctx.id) ctx = ctx.parentElement;
        const where = ctx ? ` in ${ctx.id ? `#${ctx.id}` : `.${String(ctx.className).trim().split(/\s+/)[0]}`}` : '';
        return `${el.tagName.toLowerCase()}${cls}「${(el.textContent ?? '').trim().slice(0, 12)}」${where}`;
      };
      const out: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        if (el.closest('[aria-hidden="true"], .visually-hidden')) continue;
        const input = el as HTMLInputElement;
        const box = (
          (input.type === 'checkbox' || input.type === 'radio') && input.labels?.[0] ? input.labels[0] : el
        ).getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
        if (inSentence(el)) continue;
        out.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return out;
    },
    { selector: TARGETS, min },
  );
}

/** The interaction states whose colours are checked. */
export const STATES = ['hover', 'focus', 'focus-visible', 'active'] as const;

/**
 * Targets whose text falls below `ratio` contrast against its background when forced into one of
 * STATES (Chromium DevTools' CSS.forcePseudoState, as the Styles panel's :hov toggles do).
 */
export async function stateContrastFailures(page: Page, ratio = 4.5): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: TARGETS });
  // One visible target per look (tag, classes, parent's classes, colours): sixty task links or the
  // footer's links are styled alike, and checking each would only take time.
  const representatives = await page.evaluate((selector) => {
    const seen = new Set<string>();
    const keep: number[] = [];
    document.querySelectorAll(selector).forEach((el, i) => {
      if (!el.checkVisibility() || el.getBoundingClientRect().width === 0) return;
      const style = getComputedStyle(el);
      const key = [el.tagName, el.className, el.parentElement?.className, style.color, style.backgroundColor].join('|');
      if (seen.has(key)) return;
      seen.add(key);
      keep.push(i);
    });
    return keep;
  }, TARGETS);
  const failures = new Set<string>();
  for (const nodeId of representatives.map((i) => nodeIds[i]!)) {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    for (const state of STATES) {
      await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [state] });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (state, ratio) {
          const parse = (c) => { const m = c.match(/[\\d.]+/g) || []; return m.length >= 3 ? [+m[0], +m[1], +m[2], m[3] === undefined ? 1 : +m[3]] : [0, 0, 0, 0]; };
          const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          // The background the text is drawn on: the first opaque one up the tree, layers blended.
          const layers = [];
          for (let e = this; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
          }
          let bg = [255, 255, 255];
          for (const [r, g, b, a] of layers.reverse()) bg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
          const [r, g, b, a] = parse(getComputedStyle(this).color);
          const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
          const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
          const contrast = (hi + 0.05) / (lo + 0.05);
          if (contrast >= ratio || !(this.innerText || this.value || '').trim()) return null;
          const cls = typeof this.className === 'string' && this.className.trim() ? '.' + this.className.trim().split(/\\s+/)[0] : '';
          return this.tagName.toLowerCase() + cls + '「' + (this.innerText || this.value).trim().slice(0, 12) + '」 :' + state + ' ' + contrast.toFixed(2) + ':1';
        }`,
        arguments: [{ value: state }, { value: ratio }],
        returnByValue: true,
      });
      if (result.value) failures.add(result.value as string);
    }
    await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [] });
  }
  await cdp.detach();
  return [...failures];
}
