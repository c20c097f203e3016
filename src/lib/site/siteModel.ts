/**
 * The site-wide part of every page's model: what the header and footer show on every page (the
 * site's identity from site.json, the main navigation, the footer's site pages). BaseLayout renders
 * it (loadSiteModel() in sitePages.ts builds it once per build); every page's incremental-build key
 * includes it (src/lib/build/pageModelKey.ts), so renaming 关于我们 re-renders every page that names
 * it in its footer.
 */
import type { SiteConfig } from '../../config/siteSchema';
import { mainNav, type NavItem } from './navigation';

/** A site page as the footer names it: its slug and title only, so editing its text re-renders only its own page. */
export interface FooterPage {
  id: string;
  data: { title: string };
}

export interface SiteModel {
  site: SiteConfig;
  nav: readonly NavItem[];
  /** The fixed site pages (关于我们 …) in footer order. */
  footerPages: FooterPage[];
}

/** The site model from its sources; pure, so tests can build one from any pages. */
export function siteModelOf(config: SiteConfig, pages: readonly { id: string; data: { title: string } }[]): SiteModel {
  return { site: config, nav: mainNav, footerPages: pages.map((p) => ({ id: p.id, data: { title: p.data.title } })) };
}
