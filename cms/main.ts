// Browser entry of /admin/: bundled by esbuild from node_modules into dist/admin/cms.js
// (see cms/integration.ts), so the CMS loads nothing from a CDN.
import CMS from 'decap-cms-app';
import { buildConfig } from './config';
import { registerPreviews } from './previews';
import { ReadonlyControl, ReadonlyPreview } from './widgets/ReadonlyText';
import type { CmsBackend } from './types';

/** Injected at bundle time by cms/integration.ts. */
declare const __CMS_SETTINGS__: {
  backend: CmsBackend;
  publishMode: 'simple' | 'editorial_workflow';
  siteUrl: string;
  /** The site's built CSS: stylesheet URLs and inline <style> text, for previews. */
  previewStyles: { href?: string; css?: string }[];
};

const settings = __CMS_SETTINGS__;

// Decap's types list only its built-in widgets; ours is registered at run time.
(CMS.registerWidget as (name: string, control: unknown, preview?: unknown) => void)('readonly', ReadonlyControl, ReadonlyPreview);

for (const style of settings.previewStyles) {
  if (style.href) CMS.registerPreviewStyle(style.href);
  else if (style.css) (CMS.registerPreviewStyle as (css: string, opts: { raw: boolean }) => void)(style.css, { raw: true });
}
registerPreviews(CMS);

const config = buildConfig({
  backend: settings.backend,
  publishMode: settings.publishMode,
  siteUrl: settings.siteUrl,
  localBackendUrl: new URL('/api/v1', window.location.origin).href,
});

CMS.init({ config: config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
