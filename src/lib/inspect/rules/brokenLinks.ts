/**
 * 链接不可用: an internal link or image that leads to no file of the built site. One finding per
 * missing target, naming the first page that links to it and how many do.
 */
import type { Finding } from '../types.ts';

export interface BrokenLink {
  target: string;
  pages: string[];
}

export function brokenLinkFindings(broken: readonly BrokenLink[], distName: string): Finding[] {
  return broken.map((b) => ({
    severity: 'deduct' as const,
    rule: 'broken-link',
    ruleLabel: '链接不可用',
    file: `${distName}${b.pages[0]}`,
    text: `链接 ${b.target} 打不开${b.pages.length > 1 ? `（共 ${b.pages.length} 个页面链接到它）` : ''}`,
    fix: '改正链接地址，或补上它指向的页面或文件',
  }));
}
