/** Builds the elements the browser scripts draw (filtered lists, pagers, search results, the month grid). */

/** `<tag attr="…">children</tag>`: attributes as written in HTML (class, aria-*, data-*). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
