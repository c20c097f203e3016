import { site } from '../../config/site';

/** Absolute URL on the public site, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string, base: string = site.baseUrl): string {
  return new URL(path, `${base}/`).toString();
}
