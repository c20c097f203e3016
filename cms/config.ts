// The whole Decap CMS configuration, built in TypeScript and passed to CMS.init({ config }).
// Collections are hand-written (labels and widgets need a human) and tests/unit/cms/cms.test.ts
// checks each one against the Zod schema the build uses.
import type { CmsBackend, CmsCollection, CmsConfig } from './types';
import { ILLUSTRATIONS_DIR } from './media';
import { collections } from './collections';

export interface ConfigOptions {
  backend: CmsBackend;
  publishMode: 'simple' | 'editorial_workflow';
  /** Public site URL, for 查看网站 links. */
  siteUrl: string;
  /** decap-server endpoint on this origin (`npm start` proxies /api/v1 to it). */
  localBackendUrl: string;
}

export function buildConfig(options: ConfigOptions, list: readonly CmsCollection[] = collections): CmsConfig {
  return {
    load_config_file: false,
    backend: options.backend,
    // Only used when the page runs on localhost and decap-server answers (Decap checks both).
    local_backend: { url: options.localBackendUrl },
    publish_mode: options.publishMode,
    locale: 'zh_Hans',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: ILLUSTRATIONS_DIR,
    public_folder: `/${ILLUSTRATIONS_DIR}`,
    // File names must be ASCII: entries take their name from the 网址名 field.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...list],
  };
}
