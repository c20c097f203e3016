// Preview templates: the editor's right-hand pane shows an entry with the site's own CSS
// (registered in main.ts from the built pages' stylesheets).
import { ArticlePreview } from './ArticlePreview';
import { EventPreview } from './EventPreview';
import { setPreviewScopes } from './previewHelpers';

type RegisterPreview = (collection: string, component: unknown) => void;

/** `scopes`: class → Astro's scoping attribute in the built pages (cms/previewStyles.ts extractScopes). */
export function registerPreviews(cms: { registerPreviewTemplate: unknown }, scopes: Record<string, string> = {}): void {
  const register = cms.registerPreviewTemplate as RegisterPreview;
  setPreviewScopes(scopes);
  register('articles', ArticlePreview);
  register('events', EventPreview);
}
