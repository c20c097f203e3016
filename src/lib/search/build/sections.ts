// Splits the searchable body of a page into sections: one per heading that has an id, plus the
// part before the first such heading. Each section becomes its own search record, so a hit deep
// in a long 实施方案 links to its clause and the browser only downloads that clause's text.

/** The little of the DOM we need (works with the browser DOM and with linkedom). */
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
  tagName: string;
  id: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

export interface Section {
  /** The heading's id, or null for the text before the first heading with an id. */
  anchor: string | null;
  /** The heading's text ('' for the leading section). */
  heading: string;
  /** Text with one line per block element; whitespace inside a line collapsed. */
  text: string;
}

const ELEMENT = 1;
const TEXT = 3;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM']);
const HEADING = /^H[2-6]$/;
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'RP',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'DEL',
  'INS',
]);

/** True for subtrees that are not part of the indexed text (hidden search metadata, ignored parts, scripts). */
export function isExcluded(el: DomElement): boolean {
  return (
    SKIP_TAGS.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-pagefind-ignore') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

/** Collapse runs of whitespace inside a line; drop empty lines. */
export function tidyText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Text of an element without its excluded parts (e.g. a heading's ignored ¶ permalink). */
export function indexedText(node: DomNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT || isExcluded(node as DomElement)) return '';
  return Array.from(node.childNodes).map(indexedText).join('');
}

/** Split `body` into sections at every h2–h6 that has an id. Nothing is dropped: the sections' text together is the body's text. */
export function splitSections(body: DomElement): Section[] {
  const sections: { anchor: string | null; heading: string; parts: string[] }[] = [
    { anchor: null, heading: '', parts: [] },
  ];
  const current = () => sections[sections.length - 1]!;
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT) {
      current().parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as DomElement;
    if (isExcluded(el)) return;
    const tag = el.tagName.toUpperCase();
    if (HEADING.test(tag) && el.id) {
      sections.push({ anchor: el.id, heading: tidyText(indexedText(el)).replace(/\n/g, ' '), parts: [] });
    }
    const block = !INLINE_TAGS.has(tag);
    if (block) current().parts.push('\n');
    if (tag === 'BR') current().parts.push('\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) current().parts.push('\n');
  };
  for (const child of Array.from(body.childNodes)) walk(child);
  return sections
    .map((s) => ({ anchor: s.anchor, heading: s.heading, text: tidyText(s.parts.join('')) }))
    .filter((s, i) => i > 0 || s.text.length > 0);
}

/** Split one over-long line after sentence ends (。！？；), hard-cutting only a sentence longer than `max`. */
export function splitLongLine(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const sentences = line.match(/[^。！？；!?;]*[。！？；!?;]+|[^。！？；!?;]+$/gu) ?? [line];
  const out: string[] = [];
  let buf = '';
  for (const sentence of sentences) {
    if (buf && buf.length + sentence.length > max) {
      out.push(buf);
      buf = '';
    }
    buf += sentence;
    while (buf.length > max) {
      out.push(buf.slice(0, max));
      buf = buf.slice(max);
    }
  }
  if (buf) out.push(buf);
  return out;
}

/**
 * Split a long section into parts of at most `maxChars` at line (then sentence) boundaries,
 * so one search hit never costs the download of a whole document.
 */
export function chunkLines(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let buf = '';
  for (const line of text.split('\n').flatMap((l) => splitLongLine(l, maxChars))) {
    if (buf && buf.length + 1 + line.length > maxChars) {
      chunks.push(buf);
      buf = line;
    } else buf = buf ? `${buf}\n${line}` : line;
  }
  if (buf) chunks.push(buf);
  return chunks;
}
