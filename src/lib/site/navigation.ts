/** One entry of the main navigation. */
export interface NavItem {
  label: string;
  href: string;
}

/** The main navigation, in the order residents see it. */
export const mainNav: readonly NavItem[] = [
  { label: '首页', href: '/' },
  { label: '政策文件', href: '/policies/' },
  { label: '专题', href: '/topics/' },
  { label: '活动日历', href: '/events/' },
  { label: '搜索', href: '/search/' },
];

/**
 * Whether a nav item is the current section: the home item only on `/`,
 * any other item on its own path and everything under it.
 */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (itemHref === '/') return path === '/';
  return path.startsWith(itemHref);
}
